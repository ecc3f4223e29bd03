// Dragging the playhead: the pointer's instant shows at once (store.scrub), and at most one seek per animation
// frame goes to the worker (which also coalesces: only the latest seek is computed). Playback pauses while
// dragging and resumes on release.
import { useCallback, useEffect, useRef } from 'react';
import { useApp, useClient } from '../store/context';

/** Pointer handlers for the slider; `timeAt(clientX)` maps the pointer to an instant. */
export function useDrag(timeAt: (clientX: number) => number) {
  const client = useClient();
  const setScrub = useApp((s) => s.setScrub);
  const endScrub = useApp((s) => s.endScrub);
  const requestPlayback = useApp((s) => s.requestPlayback);
  const playing = useApp((s) => s.playing);
  const state = useRef<
    { latest: number; sent: number; frame: number | undefined; resume: boolean } | undefined
  >(undefined);

  const flush = useCallback(() => {
    const d = state.current;
    if (!d) return;
    d.frame = undefined;
    if (d.latest === d.sent) return;
    d.sent = d.latest;
    client.send({ type: 'seek', at: d.latest });
  }, [client]);

  const move = useCallback(
    (clientX: number) => {
      const d = state.current;
      if (!d) return;
      d.latest = timeAt(clientX);
      setScrub(d.latest, true);
      d.frame ??= requestAnimationFrame(flush);
    },
    [timeAt, setScrub, flush],
  );

  useEffect(
    () => () => {
      const f = state.current?.frame;
      if (f !== undefined) cancelAnimationFrame(f);
    },
    [],
  );

  const onPointerDown = (e: React.PointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.focus();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    if (playing) {
      client.send({ type: 'pause' });
      requestPlayback({ playing: false }, client.sent);
    }
    state.current = { latest: -1, sent: -1, frame: undefined, resume: playing };
    move(e.clientX);
  };

  const onPointerMove = (e: React.PointerEvent<HTMLElement>) => {
    if (state.current) move(e.clientX);
  };

  const finish = (e: React.PointerEvent<HTMLElement>) => {
    const d = state.current;
    if (!d) return;
    state.current = undefined;
    if (d.frame !== undefined) cancelAnimationFrame(d.frame);
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    if (d.latest !== d.sent) client.send({ type: 'seek', at: d.latest });
    endScrub(d.latest, client.sent);
    if (d.resume) {
      client.send({ type: 'play' });
      requestPlayback({ playing: true }, client.sent);
    }
  };

  return { onPointerDown, onPointerMove, onPointerUp: finish, onPointerCancel: finish };
}
