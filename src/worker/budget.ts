// The budget bar's numbers: the rolling-update fenceposts (resolved by the engine's mirror of
// pkg/controller/deployment/util: ResolveFenceposts, MaxSurge, MaxUnavailable) next to the live counts they constrain.
import type { Deployment, IntOrString, ReplicaSet } from '../engine';
import { maxSurge, maxUnavailable, resolveFenceposts } from '../engine';
import type { BudgetFrame } from './protocol';

/** Pods of a ReplicaSet: spec, non-terminating status and terminating counts. */
export interface LaneCounts {
  spec: number;
  current: number;
  available: number;
  terminating: number;
}

/** How a fencepost was written, e.g. `ceil(25% × 3)` for a percentage, `2` for an int. */
function how(v: IntOrString | undefined, total: number, rounding: 'ceil' | 'floor'): string {
  return typeof v === 'string' ? `${rounding}(${v} × ${total})` : String(v ?? 0);
}

/** `maxSurge = ceil(25% × 3) = 1`, or `maxSurge = 1` when written as an int. */
function line(name: string, written: string, value: number): string {
  return written === String(value) ? `${name} = ${value}` : `${name} = ${written} = ${value}`;
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
  const surge = maxSurge(d);
  const unavailable = maxUnavailable(d);
  // The values before the both-zero rule and the cap: resolving each one against a non-zero partner
  // never triggers the rule (e.g. 0%/0% of 10 → raw surge 0, raw unavailable 0, then unavailable 1).
  const rawUnavailable = resolveFenceposts(1, ru.maxUnavailable, replicas).unavailable ?? 0;
  const arithmetic = [
    line('maxSurge', how(ru.maxSurge, replicas, 'ceil'), surge),
    line('maxUnavailable', how(ru.maxUnavailable, replicas, 'floor'), rawUnavailable),
  ];
  if (surge === 0 && rawUnavailable === 0 && replicas > 0) {
    arithmetic.push('both are 0, so maxUnavailable = 1 (a rollout must be able to progress)');
  } else if (rawUnavailable > replicas) {
    arithmetic.push(`maxUnavailable = min(${rawUnavailable}, ${replicas}) = ${unavailable}`);
  }
  const minAvailable = replicas - unavailable;
  const maxPods = replicas + surge;
  arithmetic.push(`available ≥ ${replicas} − ${unavailable} = ${minAvailable}`);
  arithmetic.push(`pods ≤ ${replicas} + ${surge} = ${maxPods}`);
  return {
    strategy: 'RollingUpdate',
    replicas,
    maxSurge: surge,
    maxUnavailable: unavailable,
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
