// Acting while the playhead is in the past: the worker holds the command and asks. A modal alert dialog —
// focus moves into it, Tab stays inside, Escape keeps the future — discards the future or keeps it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../format/time';
import { useApp, useClient } from '../store/context';

export function BranchDialog() {
  const { t } = useTranslation();
  const client = useClient();
  const prompt = useApp((s) => s.branchPrompt);
  const box = useRef<HTMLDivElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const open = prompt !== undefined;

  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    safe.current?.focus();
    return () => before?.focus();
  }, [open]);

  if (!prompt) return null;
  const answer = (choice: 'discard' | 'keep') => client.send({ type: 'branch', choice });
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      answer('keep');
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...(box.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  const at = formatClock(prompt.at);
  return (
    <div className="tl-modal" role="presentation">
      <div
        ref={box}
        className="tl-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="tl-branch-title"
        aria-describedby="tl-branch-body"
        onKeyDown={onKeyDown}
      >
        <h2 id="tl-branch-title" className="tl-dialog__title">
          {t('timeline.branch.title')}
        </h2>
        <p id="tl-branch-body">{t('timeline.branch.body', { at, head: formatClock(prompt.head) })}</p>
        <p className="tl-dialog__label">{t('timeline.branch.commands', { count: prompt.lines.length })}</p>
        <ul className="tl-dialog__commands">
          {prompt.lines.map((line, i) => (
            <li key={i}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
        <p className="tl-dialog__note">{t('timeline.branch.undoNote')}</p>
        <div className="tl-dialog__actions">
          <button type="button" className="tl-dialog__discard" onClick={() => answer('discard')}>
            {t('timeline.branch.discard')}
          </button>
          {/* the safe answer has the focus: Enter or Escape keeps the future */}
          <button ref={safe} type="button" onClick={() => answer('keep')}>
            {t('timeline.branch.keep')}
          </button>
        </div>
      </div>
    </div>
  );
}
