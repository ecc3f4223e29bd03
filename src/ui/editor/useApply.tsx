// Apply from the editor: `kubectl apply -f -` with the editor's text as standard input, sent like any command
// (it shows in the terminal), and kubectl's answer — the API server's messages word for word — for the editor.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nextRequestId } from '../app/requestIds';
import { useInspectStore } from '../inspect/inspectStore';
import { useClient } from '../store/context';

/** `apply(text)`; kubectl's answer lands in the inspect store's `outcome` once the worker ran it. */
export function useApply(): (text: string) => void {
  const client = useClient();
  const store = useInspectStore();
  const pending = useRef<number | undefined>(undefined);
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type !== 'frame' || pending.current === undefined) return;
        const entry = event.frame.terminal.find((e) => e.requestId === pending.current);
        if (!entry) return;
        pending.current = undefined;
        const text = entry.result.chunks.map((c) => c.text).join('');
        store.getState().setOutcome({ ok: entry.result.exitCode === 0, text });
      }),
    [client, store],
  );
  return (text: string) => {
    const id = nextRequestId();
    pending.current = id;
    store.getState().setOutcome(undefined);
    client.send({ type: 'kubectl', argv: ['apply', '-f', '-'], stdin: text, source: 'editor', id });
  };
}

/** kubectl's answer under the editor: a status when it worked, an alert with the errors when it did not. */
export function ServerResponse({ ok, text }: { ok: boolean; text: string }) {
  const { t } = useTranslation();
  return (
    <section
      className={`yaml-editor__response yaml-editor__response--${ok ? 'ok' : 'error'}`}
      role={ok ? 'status' : 'alert'}
      aria-label={t('editor.serverErrors')}
    >
      <pre>{text}</pre>
    </section>
  );
}
