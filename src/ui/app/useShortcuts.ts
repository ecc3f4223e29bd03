// Keyboard shortcuts that do not steal keys from controls: Space toggles play/pause and Home/End jump to the
// start/end of the run when nothing is focused.
import { useEffect } from 'react';
import { useTimelineActions } from '../playback/actions';
import { useApp, useClient } from '../store/context';

export function useShortcuts(): void {
  const client = useClient();
  const playing = useApp((s) => s.playing);
  const request = useApp((s) => s.requestPlayback);
  const timeline = useTimelineActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Home / End: the run's start and end (the timeline slider handles its own keys when focused)
      if ((e.key === 'Home' || e.key === 'End') && e.target === document.body && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        if (e.key === 'Home') timeline.jumpStart();
        else timeline.jumpEnd();
        return;
      }
      if (e.key !== ' ' || e.target !== document.body || e.repeat) return;
      e.preventDefault();
      client.send({ type: playing ? 'pause' : 'play' });
      request({ playing: !playing }, client.sent);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client, playing, request, timeline]);
}
