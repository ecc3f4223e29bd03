// The rolling-update guarantee, drawn live: available ≥ replicas − maxUnavailable, and pods counted by the
// ReplicaSets ≤ replicas + maxSurge. Terminating pods are drawn beyond the line: the controller does not count
// them, so real clusters overshoot (spec §16).
import { useTranslation } from 'react-i18next';
import type { BudgetFrame } from '../../worker/protocol';
import { useApp } from '../store/context';
import { selectBudget } from '../store/selectors';

interface Segment {
  kind: string;
  units: number;
}

/** One bar: segments laid out in units of pods, with a limit marker at `limit`. */
function Track({
  segments,
  scale,
  limit,
  limitLabel,
}: {
  segments: Segment[];
  scale: number;
  limit: number;
  limitLabel: string;
}) {
  const pct = (n: number) => `${(n / scale) * 100}%`;
  return (
    <div className="budget__track" style={{ ['--units' as string]: scale }} aria-hidden="true">
      {segments
        .filter((s) => s.units > 0)
        .map((s) => (
          <span
            key={s.kind}
            className={`budget__seg budget__seg--${s.kind}`}
            style={{ width: pct(s.units) }}
          />
        ))}
      <span
        className={`budget__limit${limit / scale > 0.75 ? ' budget__limit--end' : ''}`}
        style={{ left: pct(limit) }}
      >
        <span className="budget__limit-label">{limitLabel}</span>
      </span>
    </div>
  );
}

/** How many pod-units the bars span: the limits and everything that exists, plus one unit of room beyond. */
export function budgetScale(b: BudgetFrame): number {
  return Math.max(1, b.maxPods, b.replicas, Math.max(b.specTotal, b.current) + b.terminating) + 1;
}

export function BudgetBar() {
  const { t } = useTranslation();
  const b = useApp(selectBudget);
  if (!b) return null;
  const scale = budgetScale(b);
  const notYetAvailable = Math.max(0, b.current - b.available);
  const requested = Math.max(0, b.specTotal - b.current);
  const availableOk = b.available >= b.minAvailable;
  const podsOk = b.specTotal <= b.maxPods;
  return (
    <figure className="budget" aria-labelledby="budget-caption">
      <figcaption id="budget-caption" className="budget__caption">
        <strong>{b.strategy === 'Recreate' ? t('budget.titleRecreate') : t('budget.title')}</strong>{' '}
        <span className="budget__rule">{b.arithmetic.join(' · ')}</span>
      </figcaption>
      <div className="budget__row">
        <span className={`budget__text${availableOk ? '' : ' budget__text--warn'}`}>
          {t('budget.available', { available: b.available, min: b.minAvailable })}
        </span>
        <Track
          scale={scale}
          limit={b.minAvailable}
          limitLabel={t('budget.minMarker', { min: b.minAvailable })}
          segments={[
            { kind: 'available', units: b.available },
            { kind: 'unavailable', units: notYetAvailable },
          ]}
        />
      </div>
      <div className="budget__row">
        <span className={`budget__text${podsOk ? '' : ' budget__text--warn'}`}>
          {t('budget.pods', { pods: b.specTotal, max: b.maxPods })}
        </span>
        <Track
          scale={scale}
          limit={b.maxPods}
          limitLabel={t('budget.maxMarker', { max: b.maxPods })}
          segments={[
            { kind: 'current', units: b.current },
            { kind: 'requested', units: requested },
            { kind: 'terminating', units: b.terminating },
          ]}
        />
      </div>
      {b.terminating > 0 && (
        <p className="budget__overshoot">
          {b.strategy === 'Recreate'
            ? t('budget.recreateWaits', { count: b.terminating })
            : t('budget.overshoot', { count: b.terminating })}
        </p>
      )}
    </figure>
  );
}
