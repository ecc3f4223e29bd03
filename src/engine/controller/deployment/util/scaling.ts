// Mirrors pkg/controller/deployment/util/deployment_util.go: NewRSNewReplicas, IsSaturated, GetProportion and
// getReplicaSetFraction (spec §4.1, §7; v1.33 fraction guards from PR #128535).
import type { Deployment, ReplicaSet } from '../../../api/types';
import { getScaledValueFromIntOrPercent } from '../../../api/intstr';
import type { Fallible } from './result';
import { getDesiredReplicasAnnotation, getMaxReplicasAnnotation } from './annotations';
import { deploymentReplicas, maxSurge } from './fenceposts';
import { getReplicaCountForReplicaSets } from './replicaCounts';

/**
 * newRSNewReplicas: the size the new ReplicaSet should have after this sync.
 * RollingUpdate: with `current` = Σ spec.replicas of `allRSs` and `maxTotal` = replicas + surge, keep the new RS
 * as is when current ≥ maxTotal, else grow it by min(maxTotal − current, replicas − newRS.spec.replicas).
 * Worked example: 10 replicas, surge 3, old RS 10, new RS 0 → current 10 < 13 → 0 + min(3, 10) = 3.
 * Recreate: always spec.replicas. Other strategy types are an error.
 * Counts are spec replicas, so terminating pods are invisible here (spec §16).
 */
export function newRSNewReplicas(
  d: Deployment,
  allRSs: readonly ReplicaSet[],
  newRS: ReplicaSet,
): Fallible<number> {
  const replicas = deploymentReplicas(d);
  const newRSReplicas = newRS.spec.replicas ?? 1;
  switch (d.spec.strategy?.type) {
    case 'RollingUpdate': {
      const surge = getScaledValueFromIntOrPercent(d.spec.strategy.rollingUpdate?.maxSurge, replicas, true);
      if (surge.error !== undefined) return { error: surge.error };
      const current = getReplicaCountForReplicaSets(allRSs);
      const maxTotal = replicas + surge.value;
      if (current >= maxTotal) return { value: newRSReplicas };
      const scaleUpCount = Math.min(maxTotal - current, replicas - newRSReplicas);
      return { value: newRSReplicas + scaleUpCount };
    }
    case 'Recreate':
      return { value: replicas };
    default:
      return { error: `deployment type ${d.spec.strategy?.type ?? ''} isn't supported` };
  }
}

/**
 * isSaturated: the new RS owns all desired replicas — its spec.replicas and its desired-replicas annotation both
 * equal the Deployment's replicas, and that many of its pods are available.
 */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined | null): boolean {
  if (!rs) return false;
  const desired = getDesiredReplicasAnnotation(rs);
  if (desired === undefined) return false;
  const replicas = deploymentReplicas(d);
  return (
    (rs.spec.replicas ?? 1) === replicas &&
    desired === replicas &&
    (rs.status.availableReplicas ?? 0) === replicas
  );
}

/** Go's math.Round: halves round away from zero (2.5 → 3, −2.5 → −3), unlike Math.round (−2.5 → −2). */
export function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * getReplicaSetFraction: how many replicas `rs` should gain (or lose, negative) in a proportional scale.
 * Scaling to 0 → −rs.spec. Otherwise round(rs.spec × (replicas + maxSurge) / base) − rs.spec, where base is the
 * RS's max-replicas annotation; if that is missing, invalid or 0, `d.status.replicas`; if that is also 0 the RS
 * is left alone (0).
 * Worked example: rs 8, annotation 13, scaling to 15 with surge 3 → round(8 × 18 / 13) = round(11.08) = 11 → +3.
 */
export function getReplicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  const rsReplicas = rs.spec.replicas ?? 1;
  const replicas = deploymentReplicas(d);
  if (replicas === 0) return -rsReplicas;
  const deploymentMaxReplicas = replicas + maxSurge(d);
  let base = getMaxReplicasAnnotation(rs) ?? 0;
  if (base === 0) base = d.status.replicas ?? 0;
  if (base === 0) return 0;
  return roundHalfAwayFromZero((rsReplicas * deploymentMaxReplicas) / base) - rsReplicas;
}

/**
 * getProportion: the share of `deploymentReplicasToAdd` that `rs` receives, given that `deploymentReplicasAdded`
 * were already handed out: its fraction, capped by what is left (min when growing, max when shrinking).
 * 0 for a missing or empty RS and when nothing is (left) to distribute.
 */
export function getProportion(
  rs: ReplicaSet | undefined | null,
  d: Deployment,
  deploymentReplicasToAdd: number,
  deploymentReplicasAdded: number,
): number {
  if (!rs || (rs.spec.replicas ?? 1) === 0) return 0;
  if (deploymentReplicasToAdd === 0 || deploymentReplicasToAdd === deploymentReplicasAdded) return 0;
  const fraction = getReplicaSetFraction(rs, d);
  const allowed = deploymentReplicasToAdd - deploymentReplicasAdded;
  return deploymentReplicasToAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/** getReplicaSetProportion: newer upstream name of getProportion. */
export const getReplicaSetProportion = getProportion;
