// Every timeline operation defined once (the action registry): play/pause, step, seek, jump, speed, follow
// live. Buttons, the slider's keys and shortcuts all call these; each maps onto one protocol command. The
// actions read the latest state when they run, so they stay the same functions from frame to frame.
import { useMemo } from 'react';
import type { Speed, StepUnit } from '../../worker/protocol';
import { useAppStore, useClient } from '../store/context';
import type { AppState } from '../store/types';

/** Simulated ms that Shift+←/→ move (the same as the presenter keys). */
export const SCRUB_MS = 5000;
/** Simulated ms that PageUp/PageDown move on the slider. */
export const PAGE_MS = 30_000;
/** Keys 1–5: slow motion to fast forward (the same speeds as the presenter keys). */
export const SPEED_KEYS: Readonly<Record<string, Speed>> = { '1': 0.5, '2': 1, '3': 2, '4': 4, '5': 16 };

export interface TimelineActions {
  togglePlay(): void;
  setPlaying(playing: boolean): void;
  step(direction: 'back' | 'forward', unit?: StepUnit): void;
  /** move the playhead; the frame follows (shown at once) */
  seek(at: number): void;
  /** move by `deltaMs` from the playhead shown */
  nudge(deltaMs: number): void;
  jumpStart(): void;
  jumpEnd(): void;
  setSpeed(speed: Speed): void;
  /** jump to the end and play (or, when already following, pause) */
  toggleLive(): void;
}

/** The playhead as shown: the drag position while dragging, else the frame's instant. */
export function shownNow(s: Pick<AppState, 'scrub' | 'now'>): number {
  return s.scrub ?? s.now;
}

/** Following live: playing with the playhead at the newest instant. */
export function isLive(s: Pick<AppState, 'playing' | 'now' | 'head' | 'scrub'>): boolean {
  return s.playing && s.now >= s.head && s.scrub === undefined;
}

export function useTimelineActions(): TimelineActions {
  const client = useClient();
  const store = useAppStore();
  return useMemo(() => {
    const state = () => store.getState();
    const setPlaying = (p: boolean) => {
      client.send({ type: p ? 'play' : 'pause' });
      state().requestPlayback({ playing: p }, client.sent);
    };
    const seek = (at: number) => {
      const t = Math.max(0, Math.round(at));
      client.send({ type: 'seek', at: t });
      state().endScrub(t, client.sent);
    };
    return {
      togglePlay: () => setPlaying(!state().playing),
      setPlaying,
      step: (direction, unit) => {
        client.send({ type: 'step', direction, unit: unit ?? state().stepUnit });
        state().requestPlayback({ playing: false }, client.sent);
      },
      seek,
      nudge: (deltaMs) => {
        const s = state();
        seek(Math.min(s.head, Math.max(0, shownNow(s) + deltaMs)));
      },
      jumpStart: () => seek(0),
      jumpEnd: () => seek(state().head),
      setSpeed: (speed) => {
        client.send({ type: 'setSpeed', speed });
        state().requestPlayback({ speed }, client.sent);
      },
      toggleLive: () => {
        if (isLive(state())) return setPlaying(false);
        seek(state().head);
        setPlaying(true);
      },
    };
  }, [client, store]);
}
