// The selected pod's `kubectl describe pod` text (opened by clicking a pod tile).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, useClient } from '../store/context';

export function PodDetails() {
  const { t } = useTranslation();
  const client = useClient();
  const name = useApp((s) => s.selectedPod);
  const select = useApp((s) => s.selectPod);
  const seq = useApp((s) => s.seq);
  const [text, setText] = useState<{ name: string; text: string }>();
  // Refresh about twice a second of frames: describe text is large, frames come every animation tick.
  const bucket = Math.floor(seq / 30);
  useEffect(() => {
    if (!name) return;
    let live = true;
    void client.describePod(name).then((out) => {
      if (live) setText({ name, text: out });
    });
    return () => {
      live = false;
    };
  }, [client, name, bucket]);
  if (!name) return null;
  return (
    <section className="pod-details" aria-labelledby="pod-details-title">
      <div className="panel-title">
        <h2 id="pod-details-title">{t('inspect.pod', { name })}</h2>
        <button type="button" onClick={() => select(undefined)}>
          {t('inspect.close')}
        </button>
      </div>
      {/* focusable so keyboard users can scroll a long describe (axe: scrollable-region-focusable) */}
      <pre className="pod-details__text" tabIndex={0}>
        {text?.name === name ? text.text : ''}
      </pre>
    </section>
  );
}
