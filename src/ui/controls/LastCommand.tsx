// Echo of the last command a control ran, with kubectl's output (errors word for word).
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/context';
import { selectLastControlEntry } from '../store/selectors';

export function LastCommand() {
  const { t } = useTranslation();
  const entry = useApp(selectLastControlEntry);
  return (
    <div className="last-command" role="status" aria-label={t('controls.lastCommand')}>
      {entry && (
        <>
          <code className="last-command__line">$ {entry.line}</code>
          {entry.result.chunks.map((c, i) => (
            <pre key={i} className={`last-command__out last-command__out--${c.stream}`}>
              {c.text}
            </pre>
          ))}
        </>
      )}
    </div>
  );
}
