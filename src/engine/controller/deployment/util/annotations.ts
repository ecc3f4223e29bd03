// Mirrors pkg/controller/deployment/util/deployment_util.go: the annotation keys, which Deployment annotations
// are copied to ReplicaSets, and the desired-replicas / max-replicas bookkeeping annotations (spec §1.5, §3.3).
import type { Deployment, ReplicaSet } from '../../../api/types';
import type { Fallible } from './result';
import { MAX_INT32 } from './result';

/** Rollout sequence number of a Deployment and of each of its ReplicaSets (decimal string). */
export const RevisionAnnotation = 'deployment.kubernetes.io/revision';
/** Comma-separated earlier revisions a re-used ReplicaSet has held. */
export const RevisionHistoryAnnotation = 'deployment.kubernetes.io/revision-history';
/** The Deployment's `spec.replicas` when the controller last scaled this ReplicaSet. */
export const DesiredReplicasAnnotation = 'deployment.kubernetes.io/desired-replicas';
/** `spec.replicas + maxSurge` at that time; the base of proportional scaling. */
export const MaxReplicasAnnotation = 'deployment.kubernetes.io/max-replicas';
/** Free text shown by `kubectl rollout history`; copied from the Deployment to its new ReplicaSet. */
export const ChangeCauseAnnotation = 'kubernetes.io/change-cause';
/** Legacy server-side rollback trigger (apps.DeprecatedRollbackTo). */
export const RollbackToAnnotation = 'deprecated.deployment.rollback.to';
/** kubectl apply bookkeeping; never copied to ReplicaSets. */
export const LastAppliedConfigAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';

/** Annotations that are never copied Deployment → ReplicaSet (nor back on rollback). */
export const annotationsToSkip: readonly string[] = [
  LastAppliedConfigAnnotation,
  RevisionAnnotation,
  RevisionHistoryAnnotation,
  DesiredReplicasAnnotation,
  MaxReplicasAnnotation,
  RollbackToAnnotation,
];

/** skipCopyAnnotation: true for the keys the controller manages itself (see annotationsToSkip). */
export function skipCopyAnnotation(key: string): boolean {
  return annotationsToSkip.includes(key);
}

/**
 * copyDeploymentAnnotationsToReplicaSet copies every copyable Deployment annotation onto `rs` (which the caller has
 * already cloned; it is changed in place) and reports whether anything changed. RS annotations the Deployment
 * does not have are kept.
 */
export function copyDeploymentAnnotationsToReplicaSet(d: Deployment, rs: ReplicaSet): boolean {
  const next = { ...(rs.metadata.annotations ?? {}) };
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (skipCopyAnnotation(k) || next[k] === v) continue;
    next[k] = v;
    changed = true;
  }
  rs.metadata.annotations = next;
  return changed;
}

/**
 * setDeploymentAnnotationsTo (rollback): the Deployment keeps only its own controller-managed annotations and
 * takes every copyable annotation of the ReplicaSet it rolls back to (so change-cause follows the rollback).
 * `d` is the caller's clone and is changed in place.
 */
export function setDeploymentAnnotationsTo(d: Deployment, rollbackToRS: ReplicaSet): void {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (skipCopyAnnotation(k)) next[k] = v;
  for (const [k, v] of Object.entries(rollbackToRS.metadata.annotations ?? {}))
    if (!skipCopyAnnotation(k)) next[k] = v;
  d.metadata.annotations = next;
}

/** Outcome of getNonNegativeInt32FromAnnotation: `valid` false means "absent or unusable" (value 0). */
export interface AnnotationInt {
  value: number;
  valid: boolean;
  /** Go error text when the annotation exists but does not parse (absent annotations give no error). */
  error?: string;
}

const MAX_UINT32 = 4_294_967_295;

/**
 * parseUint32 mirrors strconv.ParseUint(s, 10, 32): decimal digits only (no sign, no spaces); an empty string or
 * any other character is a syntax error, more than 2^32−1 is a range error.
 */
function parseUint32(s: string): Fallible<number> {
  if (s.length === 0) return { error: `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax` };
  let n = 0;
  for (const ch of s) {
    if (ch < '0' || ch > '9')
      return { error: `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax` };
    n = n * 10 + (ch.charCodeAt(0) - 48);
    // Go reports the range error as soon as the accumulated value overflows, before looking further.
    if (n > MAX_UINT32)
      return { error: `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range` };
  }
  return { value: n };
}

/**
 * getNonNegativeInt32FromAnnotation reads `key` as a non-negative int32 (v1.33+ behaviour, PR #128535):
 * absent → {0, false}; "-1" or "invalid" → {0, false, syntax error}; "2147483648" → {0, false, out of range};
 * "0".."2147483647" → {n, true}.
 */
export function getNonNegativeInt32FromAnnotation(rs: ReplicaSet, key: string): AnnotationInt {
  const raw = rs.metadata.annotations?.[key];
  if (raw === undefined) return { value: 0, valid: false };
  const parsed = parseUint32(raw);
  if (parsed.error !== undefined) return { value: 0, valid: false, error: parsed.error };
  if (parsed.value > MAX_INT32) {
    return {
      value: 0,
      valid: false,
      error: `value ${parsed.value} is out of range (higher than ${MAX_INT32})`,
    };
  }
  return { value: parsed.value, valid: true };
}

/** getDesiredReplicasAnnotation: the parsed `desired-replicas` annotation, or undefined when absent/invalid. */
export function getDesiredReplicasAnnotation(rs: ReplicaSet): number | undefined {
  const r = getNonNegativeInt32FromAnnotation(rs, DesiredReplicasAnnotation);
  return r.valid ? r.value : undefined;
}

/** getMaxReplicasAnnotation: the parsed `max-replicas` annotation, or undefined when absent/invalid. */
export function getMaxReplicasAnnotation(rs: ReplicaSet): number | undefined {
  const r = getNonNegativeInt32FromAnnotation(rs, MaxReplicasAnnotation);
  return r.valid ? r.value : undefined;
}

/**
 * replicasAnnotationsNeedUpdate: true when `rs` has no annotations at all, or its desired-replicas /
 * max-replicas annotations are not exactly the decimal strings of `desiredReplicas` / `maxReplicas`.
 */
export function replicasAnnotationsNeedUpdate(
  rs: ReplicaSet,
  desiredReplicas: number,
  maxReplicas: number,
): boolean {
  const a = rs.metadata.annotations;
  if (a === undefined) return true;
  return (
    a[DesiredReplicasAnnotation] !== String(desiredReplicas) ||
    a[MaxReplicasAnnotation] !== String(maxReplicas)
  );
}

/**
 * setReplicasAnnotations writes desired-replicas / max-replicas onto `rs` (the caller's clone, changed in place)
 * and reports whether either changed. Example: (rs, 10, 13) after a scale to 10 replicas with surge 3.
 */
export function setReplicasAnnotations(
  rs: ReplicaSet,
  desiredReplicas: number,
  maxReplicas: number,
): boolean {
  const next = { ...(rs.metadata.annotations ?? {}) };
  let changed = false;
  if (next[DesiredReplicasAnnotation] !== String(desiredReplicas)) {
    next[DesiredReplicasAnnotation] = String(desiredReplicas);
    changed = true;
  }
  if (next[MaxReplicasAnnotation] !== String(maxReplicas)) {
    next[MaxReplicasAnnotation] = String(maxReplicas);
    changed = true;
  }
  rs.metadata.annotations = next;
  return changed;
}
