// Share: build a link to this run at this instant (and lesson step), copy it, and show it for manual copying
// where the clipboard is not available (file://, insecure origins).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classroom } from '../persist/classroom';
import { shareUrl } from './link';

type Shared = { url: string; copied: boolean } | { tooLong: true };

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareButton({ classroom }: { classroom: Classroom }) {
  const { t } = useTranslation();
  const [shared, setShared] = useState<Shared | undefined>();
  const open = async () => {
    if (shared) return setShared(undefined);
    const l = classroom.store.getState().lesson;
    const run = classroom.session.capture(true, l ? { id: l.id, step: l.step } : undefined);
    const res = shareUrl(classroom.href(), run);
    if (!res.ok) return setShared({ tooLong: true });
    setShared({ url: res.url, copied: false });
    const copied = await copy(res.url);
    setShared((s) => (s && 'url' in s && s.url === res.url ? { url: res.url, copied } : s));
  };
  return (
    <div className="popover-anchor">
      <button type="button" aria-expanded={shared !== undefined} onClick={() => void open()}>
        {t('classroom.share')}
      </button>
      {shared && (
        <div className="popover popover--wide" role="group" aria-label={t('classroom.shareTitle')}>
          {'tooLong' in shared ? (
            <p role="status">{t('classroom.shareTooLong')}</p>
          ) : (
            <>
              <p role="status">
                {shared.copied ? t('classroom.shareCopied') : t('classroom.shareCopyFailed')}
              </p>
              <input
                className="share__url"
                readOnly
                aria-label={t('classroom.shareLink')}
                value={shared.url}
                onFocus={(e) => e.currentTarget.select()}
              />
            </>
          )}
          <div className="popover__actions">
            <button type="button" onClick={() => setShared(undefined)}>
              {t('classroom.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
