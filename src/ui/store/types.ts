// The whole UI store's shape: one store built from slices (zustand slices pattern).
import type { FrameSlice } from './frameSlice';
import type { LogSlice } from './logSlice';
import type { SessionSlice } from './sessionSlice';

export type AppState = FrameSlice & LogSlice & SessionSlice;
