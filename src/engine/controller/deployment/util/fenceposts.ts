// Mirrors pkg/controller/deployment/util/deployment_util.go: ResolveFenceposts, MaxSurge, MaxUnavailable,
// MinAvailable, IsRollingUpdate (spec §4.0).
import type { Deployment, IntOrString } from '../../../api/types';
import { getScaledValueFromIntOrPercent } from '../../../api/intstr';

/** The two resolved fenceposts of a rolling update, or the error that made resolution fail. */
export type Fenceposts =
  | { surge: number; unavailable: number; error?: undefined }
  | { surge?: undefined; unavailable?: undefined; error: string };

/**
 * deploymentReplicas: `spec.replicas`, defaulted to 1 when unset (apps/v1 defaulting). Upstream dereferences the
 * pointer, which the API server has always filled in by the time a controller sees the object.
 */
export function deploymentReplicas(d: Deployment): number {
  return d.spec.replicas ?? 1;
}

/** isRollingUpdate: true when the strategy type is exactly `RollingUpdate`. */
export function isRollingUpdate(d: Deployment): boolean {
  return d.spec.strategy?.type === 'RollingUpdate';
}

/**
 * resolveFenceposts resolves maxSurge and maxUnavailable together against `desired` replicas.
 * An unset value counts as 0. Surge percentages round UP, unavailable percentages round DOWN, and when both
 * end up 0 the unavailable fencepost becomes 1 so that a rollout can always make progress.
 *
 * Worked example: desired 10, "25%"/"25%" → surge ceil(2.5) = 3, unavailable floor(2.5) = 2 (at most 13 pods,
 * at least 8 available). Desired 3 → surge ceil(0.75) = 1, unavailable floor(0.75) = 0.
 * "0%"/"0%" with desired 10 → 0/0 → unavailable forced to 1.
 */
export function resolveFenceposts(
  maxSurge: IntOrString | undefined | null,
  maxUnavailable: IntOrString | undefined | null,
  desired: number,
): Fenceposts {
  const surge = getScaledValueFromIntOrPercent(maxSurge ?? 0, desired, true);
  if (surge.error !== undefined) return { error: surge.error };
  const unavailable = getScaledValueFromIntOrPercent(maxUnavailable ?? 0, desired, false);
  if (unavailable.error !== undefined) return { error: unavailable.error };
  if (surge.value === 0 && unavailable.value === 0) return { surge: 0, unavailable: 1 };
  return { surge: surge.value, unavailable: unavailable.value };
}

/**
 * maxSurge: how many pods above `spec.replicas` a rolling update may create (0 for Recreate).
 * Invalid values are rejected by validation; should one slip through, the surge counts as 0 (upstream ignores
 * the error and uses the zero value).
 */
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  const f = resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, deploymentReplicas(d));
  return f.error === undefined ? f.surge : 0;
}

/**
 * maxUnavailable: how many of the desired pods may be unavailable during a rolling update, capped at
 * `spec.replicas`; 0 for Recreate and for 0 replicas.
 * Example: replicas 5, maxUnavailable 10 → 5; replicas 10, "50%" → 5; replicas 0 → 0 (although
 * resolveFenceposts alone would force 1).
 */
export function maxUnavailable(d: Deployment): number {
  const replicas = deploymentReplicas(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  const f = resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, replicas);
  const unavailable = f.error === undefined ? f.unavailable : 0;
  return Math.min(unavailable, replicas);
}

/**
 * minAvailable: the number of pods that must stay available during a rolling update
 * (`spec.replicas − maxUnavailable`); 0 for Recreate. Example: 10 replicas, "60%" → 10 − 6 = 4.
 */
export function minAvailable(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  return deploymentReplicas(d) - maxUnavailable(d);
}
