// Every timeline operation defined once (the action registry): play/pause, step, seek, jump, speed, follow
// live. Buttons, the slider's keys and shortcuts all call these; each maps onto one protocol command.
import { useMemo } from 'react';
import type { Speed, StepUnit } from '../../worker/protocol';
import { useApp, useAppShallow, useClient } from '../store/context';

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
export function shownNow(s: { scrub: number | undefined; now: number }): number {
  return s.scrub ?? s.now;
}

export function useTimelineActions(): TimelineActions {
  const client = useClient();
  const { playing, now, head, stepUnit, live } = useAppShallow((s) => ({
    playing: s.playing,
    now: shownNow(s),
    head: s.head,
    stepUnit: s.stepUnit,
    live: s.playing && s.now >= s.head && s.scrub === undefined,
  }));
  const requestPlayback = useApp((s) => s.requestPlayback);
  const endScrub = useApp((s) => s.endScrub);
  return useMemo(() => {
    const setPlaying = (p: boolean) => {
      client.send({ type: p ? 'play' : 'pause' });
      requestPlayback({ playing: p }, client.sent);
    };
    const seek = (at: number) => {
      const t = Math.max(0, Math.round(at));
      client.send({ type: 'seek', at: t });
      endScrub(t, client.sent);
    };
    return {
      togglePlay: () => setPlaying(!playing),
      setPlaying,
      step: (direction, unit = stepUnit) => {
        client.send({ type: 'step', direction, unit });
        requestPlayback({ playing: false }, client.sent);
      },
      seek,
      nudge: (deltaMs) => seek(Math.min(head, Math.max(0, now + deltaMs))),
      jumpStart: () => seek(0),
      jumpEnd: () => seek(head),
      setSpeed: (speed) => {
        client.send({ type: 'setSpeed', speed });
        requestPlayback({ speed }, client.sent);
      },
      toggleLive: () => {
        if (live) return setPlaying(false);
        seek(head);
        setPlaying(true);
      },
    };
  }, [client, playing, now, head, stepUnit, live, requestPlayback, endScrub]);
}
