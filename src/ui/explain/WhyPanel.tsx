// "Why?" for the instant under the playhead: the decision (or kubelet transition) at or before it — the rule
// in plain words, the numbers, the outcome, what comes next, the upstream function it mirrors — and the few
// decisions before it. It follows the playhead whether the run plays, steps or is scrubbed.
import { useTranslation } from 'react-i18next';
import type { DecisionFrame } from '../../worker/protocol';
import { formatClock } from '../format/time';
import { shownNow } from '../playback/actions';
import { useApp } from '../store/context';
import type { Explanation } from './explanation';
import { useExplanation } from './useExplanation';
import './explain.css';

const EARLIER = 5;

function Earlier({ before }: { before: number }) {
  const { t } = useTranslation();
  const decisions = useApp((s) => s.decisions);
  const earlier = decisions
    .filter((d: DecisionFrame) => d.seq < before && d.actor !== 'default-scheduler')
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

function Body({ e }: { e: Explanation }) {
  const { t } = useTranslation();
  const decisions = useApp((s) => s.decisions);
  const next = decisions.at(-1)?.seq ?? 0;
  return (
    <article className="why__decision" data-kind={e.kind}>
      <p className="why__meta">
        <time>{formatClock(e.at)}</time> · {e.actor} · <span className="why__object">{e.object}</span> ·{' '}
        <code title={t('timeline.why.mirrors', { func: e.func })}>{e.func}</code>
      </p>
      {e.rule && (
        <p className="why__rule">
          <strong>{t('timeline.why.rule')}:</strong> {e.rule}
        </p>
      )}
      <p className="why__text">{e.text}</p>
      {e.arithmetic.length > 0 && (
        <pre className="why__arithmetic" aria-label={t('explain.arithmetic')}>
          {e.arithmetic.join('\n')}
        </pre>
      )}
      {e.waitingFor && <p className="why__waiting">{t('explain.waitingFor', { what: e.waitingFor })}</p>}
      <Earlier before={e.kind === 'decision' ? Number(e.key.slice(1)) : next + 1} />
    </article>
  );
}

/** The instant explained (its own component: it changes every frame, the rest rarely). */
function ExplainedAt() {
  const { t } = useTranslation();
  const now = useApp(shownNow);
  return <span className="why__at">{t('timeline.why.at', { time: formatClock(now) })}</span>;
}

export function WhyPanel() {
  const { t } = useTranslation();
  const e = useExplanation();
  return (
    <section className="why" aria-labelledby="why-title">
      <div className="why__head">
        <h2 id="why-title" className="panel-title">
          {t('explain.title')}
        </h2>
        <ExplainedAt />
      </div>
      {!e ? <p className="why__empty">{t('explain.none')}</p> : <Body e={e} />}
    </section>
  );
}
