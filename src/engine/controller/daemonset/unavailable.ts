// Mirrors SurgeCount / UnavailableCount of pkg/controller/daemon/util/daemonset_util.go and
// updatedDesiredNodeCounts of pkg/controller/daemon/update.go: a DaemonSet's rolling-update budget (spec §15).
import type { IntOrString, Pod } from '../../api/types';
import { getScaledValueFromIntOrPercent } from '../../api/intstr';
import type { Fallible } from '../deployment/util/result';

/** The part of a DaemonSet these functions read (apps/v1 DaemonSetUpdateStrategy). */
export interface DaemonSetStrategyHolder {
  spec: {
    updateStrategy?: {
      type?: 'RollingUpdate' | 'OnDelete' | string;
      rollingUpdate?: { maxUnavailable?: IntOrString; maxSurge?: IntOrString };
    };
  };
}

/** surgeCount: maxSurge of `numberToSchedule`, percentages rounded UP; 0 unless RollingUpdate with maxSurge set. */
export function surgeCount(ds: DaemonSetStrategyHolder, numberToSchedule: number): Fallible<number> {
  const s = ds.spec.updateStrategy;
  if (s?.type !== 'RollingUpdate' || !s.rollingUpdate || s.rollingUpdate.maxSurge === undefined)
    return { value: 0 };
  return toFallible(getScaledValueFromIntOrPercent(s.rollingUpdate.maxSurge, numberToSchedule, true));
}

/**
 * unavailableCount: maxUnavailable of `numberToSchedule`, percentages rounded UP (unlike Deployments, which
 * round down); 0 unless RollingUpdate. Example: 3 nodes × "50%" → ceil(1.5) = 2.
 */
export function unavailableCount(ds: DaemonSetStrategyHolder, numberToSchedule: number): Fallible<number> {
  const s = ds.spec.updateStrategy;
  if (s?.type !== 'RollingUpdate' || !s.rollingUpdate) return { value: 0 };
  return toFallible(getScaledValueFromIntOrPercent(s.rollingUpdate.maxUnavailable, numberToSchedule, true));
}

function toFallible(v: { value?: number; error?: string }): Fallible<number> {
  return v.error !== undefined ? { error: v.error } : { value: v.value ?? 0 };
}

/** Result of updatedDesiredNodeCounts. */
export interface DesiredNodeCounts {
  maxSurge: number;
  maxUnavailable: number;
  /** Nodes that should run a daemon pod. */
  desiredNumberScheduled: number;
  /** The input map plus an empty entry for each eligible node that has no daemon pod yet (a new Map). */
  nodeToDaemonPods: Map<string, Pod[]>;
}

/**
 * updatedDesiredNodeCounts: the rolling-update budget over the nodes that should run the daemon pod
 * (`eligibleNodeNames`; the scheduling predicates are the caller's business). When there are such nodes and
 * both budgets resolve to 0, maxUnavailable becomes 1 so the update can progress. Terminating pods still
 * occupy their node.
 */
export function updatedDesiredNodeCounts(
  ds: DaemonSetStrategyHolder,
  eligibleNodeNames: readonly string[],
  nodeToDaemonPods: ReadonlyMap<string, readonly Pod[]>,
): Fallible<DesiredNodeCounts> {
  const map = new Map<string, Pod[]>();
  for (const [node, pods] of nodeToDaemonPods) map.set(node, [...pods]);
  for (const node of eligibleNodeNames) if (!map.has(node)) map.set(node, []);
  const desiredNumberScheduled = eligibleNodeNames.length;
  const unavailable = unavailableCount(ds, desiredNumberScheduled);
  if (unavailable.error !== undefined)
    return { error: `invalid value for MaxUnavailable: ${unavailable.error}` };
  const surge = surgeCount(ds, desiredNumberScheduled);
  if (surge.error !== undefined) return { error: `invalid value for MaxSurge: ${surge.error}` };
  let maxUnavailable = unavailable.value;
  if (desiredNumberScheduled > 0 && maxUnavailable === 0 && surge.value === 0) maxUnavailable = 1;
  return {
    value: { maxSurge: surge.value, maxUnavailable, desiredNumberScheduled, nodeToDaemonPods: map },
  };
}
