// The Deployment's conditions as chips: type with a status symbol (✓ True, ✗ False, ? Unknown), the reason,
// and the message (visible on hover/focus and to screen readers).
import { useTranslation } from 'react-i18next';
import type { ConditionFrame } from '../../worker/protocol';

const SYMBOL: Record<ConditionFrame['status'], string> = { True: '✓', False: '✗', Unknown: '?' };

export function ConditionChips({ conditions }: { conditions: ConditionFrame[] }) {
  const { t } = useTranslation();
  return (
    <ul className="chips" aria-label={t('header.conditions')}>
      {conditions.map((c) => (
        <li key={c.type} className={`chip chip--${c.status.toLowerCase()}`} tabIndex={0} title={c.message}>
          <span className="chip__type">
            {c.type} <span aria-hidden="true">{SYMBOL[c.status]}</span>
            <span className="sr-only">{t(`header.status.${c.status}`)}</span>
          </span>
          <span className="chip__reason">{c.reason}</span>
          <span className="chip__message">{c.message}</span>
        </li>
      ))}
    </ul>
  );
}
