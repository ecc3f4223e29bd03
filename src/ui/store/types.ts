// The whole UI store's shape: one store built from slices (zustand slices pattern).
import type { FrameSlice } from './frameSlice';
import type { LogSlice } from './logSlice';
import type { SessionSlice } from './sessionSlice';
import type { TimelineSlice } from './timelineSlice';

export type AppState = FrameSlice & LogSlice & SessionSlice & TimelineSlice;
