// The budget bar's numbers: the rolling-update fenceposts (as pkg/controller/deployment/util resolves them:
// ResolveFenceposts, MaxSurge, MaxUnavailable) next to the live counts they constrain.
import type { Deployment, IntOrString, ReplicaSet } from '../engine';
import type { BudgetFrame } from './protocol';

/** Pods of a ReplicaSet: spec, non-terminating status and terminating counts. */
export interface LaneCounts {
  spec: number;
  current: number;
  available: number;
  terminating: number;
}

/**
 * scaledValue: an int as is; `N%` of `total` rounded up (surge) or down (unavailable); anything else 0
 * (the API server rejects such values before they get here). Example: 25% of 10 → ceil 2.5 = 3, floor = 2.
 */
function scaledValue(
  v: IntOrString | undefined,
  total: number,
  roundUp: boolean,
): { value: number; how: string } {
  if (v === undefined) return { value: 0, how: '0' };
  if (typeof v === 'number') return { value: v, how: String(v) };
  const m = /^(\d+)%$/.exec(v);
  if (!m) return { value: 0, how: '0' };
  const exact = (Number(m[1]) * total) / 100;
  const value = roundUp ? Math.ceil(exact) : Math.floor(exact);
  return { value, how: `${roundUp ? 'ceil' : 'floor'}(${v} × ${total})` };
}

/**
 * deploymentBudget: for RollingUpdate, maxSurge rounds up and maxUnavailable down; both 0 → unavailable 1
 * (progress guaranteed); unavailable is capped at replicas. Worked example, 3 replicas at 25%/25%:
 * surge ceil(0.75) = 1, unavailable floor(0.75) = 0 → at least 3 available, at most 4 pods.
 * Recreate: no surge, and minAvailable is 0 (all old pods go before new ones come).
 */
export function deploymentBudget(d: Deployment, lanes: readonly LaneCounts[]): BudgetFrame {
  const replicas = d.spec.replicas ?? 1;
  const recreate = d.spec.strategy?.type === 'Recreate';
  const sum = (f: (l: LaneCounts) => number) => lanes.reduce((n, l) => n + f(l), 0);
  const live = {
    available: sum((l) => l.available),
    specTotal: sum((l) => l.spec),
    current: sum((l) => l.current),
    terminating: sum((l) => l.terminating),
  };
  if (recreate) {
    return {
      strategy: 'Recreate',
      replicas,
      maxSurge: 0,
      maxUnavailable: replicas,
      arithmetic: ['Recreate: every old pod is removed before new pods are created'],
      minAvailable: 0,
      maxPods: replicas,
      ...live,
    };
  }
  const ru = d.spec.strategy?.rollingUpdate ?? {};
  const surge = scaledValue(ru.maxSurge, replicas, true);
  const unavail = scaledValue(ru.maxUnavailable, replicas, false);
  const arithmetic = [
    `maxSurge = ${surge.how === String(surge.value) ? '' : `${surge.how} = `}${surge.value}`,
  ];
  arithmetic.push(
    `maxUnavailable = ${unavail.how === String(unavail.value) ? '' : `${unavail.how} = `}${unavail.value}`,
  );
  let maxUnavailable = unavail.value;
  if (surge.value === 0 && maxUnavailable === 0) {
    maxUnavailable = 1;
    arithmetic.push('both are 0, so maxUnavailable = 1 (a rollout must be able to progress)');
  }
  if (replicas === 0) maxUnavailable = 0;
  else if (maxUnavailable > replicas) {
    arithmetic.push(`maxUnavailable = min(${maxUnavailable}, ${replicas}) = ${replicas}`);
    maxUnavailable = replicas;
  }
  const minAvailable = replicas - maxUnavailable;
  const maxPods = replicas + surge.value;
  arithmetic.push(`available ≥ ${replicas} − ${maxUnavailable} = ${minAvailable}`);
  arithmetic.push(`pods ≤ ${replicas} + ${surge.value} = ${maxPods}`);
  return {
    strategy: 'RollingUpdate',
    replicas,
    maxSurge: surge.value,
    maxUnavailable,
    arithmetic,
    minAvailable,
    maxPods,
    ...live,
  };
}

/** The counts of one ReplicaSet for the budget (terminating pods are counted by the frame builder). */
export function laneCounts(rs: ReplicaSet, terminating: number): LaneCounts {
  return {
    spec: rs.spec.replicas ?? 1,
    current: rs.status?.replicas ?? 0,
    available: rs.status?.availableReplicas ?? 0,
    terminating,
  };
}
