// "Why?": the latest controller decision — the rule (upstream function), the numbers, the outcome and what
// it waits for — and the few decisions before it.
import { useTranslation } from 'react-i18next';
import type { DecisionFrame } from '../../worker/protocol';
import { formatClock } from '../format/time';
import { useApp } from '../store/context';
import { selectLatestDecision } from '../store/selectors';

const EARLIER = 5;

function Earlier({ latest }: { latest: DecisionFrame }) {
  const { t } = useTranslation();
  const decisions = useApp((s) => s.decisions);
  const earlier = decisions
    .filter((d) => d.seq < latest.seq && d.actor !== 'default-scheduler')
    .slice(-EARLIER)
    .reverse();
  if (earlier.length === 0) return null;
  return (
    <details className="why__earlier">
      <summary>{t('explain.earlier', { count: earlier.length })}</summary>
      <ol>
        {earlier.map((d) => (
          <li key={d.seq}>
            <time>{formatClock(d.at)}</time> {d.text}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function WhyPanel() {
  const { t } = useTranslation();
  const d = useApp(selectLatestDecision);
  return (
    <section className="why" aria-labelledby="why-title">
      <h2 id="why-title" className="panel-title">
        {t('explain.title')}
      </h2>
      {!d ? (
        <p className="why__empty">{t('explain.none')}</p>
      ) : (
        <article className="why__decision">
          <p className="why__meta">
            <time>{formatClock(d.at)}</time> · {d.actor} · <code>{d.func}</code>
          </p>
          <p className="why__text">{d.text}</p>
          {d.arithmetic.length > 0 && (
            <pre className="why__arithmetic" aria-label={t('explain.arithmetic')}>
              {d.arithmetic.join('\n')}
            </pre>
          )}
          {d.waitingFor && <p className="why__waiting">{t('explain.waitingFor', { what: d.waitingFor })}</p>}
          <Earlier latest={d} />
        </article>
      )}
    </section>
  );
}
