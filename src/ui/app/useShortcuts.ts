// Keyboard shortcuts that do not steal keys from controls: Space toggles play/pause when nothing is focused.
import { useEffect } from 'react';
import { useApp, useClient } from '../store/context';

export function useShortcuts(): void {
  const client = useClient();
  const playing = useApp((s) => s.playing);
  const request = useApp((s) => s.requestPlayback);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.target !== document.body || e.repeat) return;
      e.preventDefault();
      client.send({ type: playing ? 'pause' : 'play' });
      request({ playing: !playing }, client.sent);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client, playing, request]);
}
