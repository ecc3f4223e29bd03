// Mirrors pkg/controller/deployment/util/deployment_util.go: Revision, MaxRevision, LastRevision,
// SetDeploymentRevision and SetNewReplicaSetAnnotations (spec §3.2, §9.1).
import type { Deployment, ReplicaSet } from '../../../api/types';
import type { Fallible } from './result';
import {
  RevisionAnnotation,
  RevisionHistoryAnnotation,
  copyDeploymentAnnotationsToReplicaSet,
  setReplicasAnnotations,
} from './annotations';
import { deploymentReplicas, maxSurge } from './fenceposts';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * parseInt64 mirrors strconv.ParseInt(s, 10, 64): optional sign, decimal digits, int64 range. Values beyond
 * 2^53 lose precision in a JS number; revisions never get that large.
 */
export function parseInt64(s: string): Fallible<number> {
  if (!/^[+-]?[0-9]+$/.test(s))
    return { error: `strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax` };
  const big = BigInt(s);
  if (big < INT64_MIN || big > INT64_MAX) {
    return { error: `strconv.ParseInt: parsing ${JSON.stringify(s)}: value out of range` };
  }
  return { value: Number(big) };
}

/**
 * revision: the `deployment.kubernetes.io/revision` annotation of a Deployment or ReplicaSet as a number.
 * A missing annotation is revision 0; an unparsable one is an error (callers skip such objects).
 */
export function revision(obj: { metadata: { annotations?: Record<string, string> } }): Fallible<number> {
  const v = obj.metadata.annotations?.[RevisionAnnotation];
  if (v === undefined) return { value: 0 };
  return parseInt64(v);
}

/** maxRevision: the highest parsable revision among the ReplicaSets (0 when none). */
export function maxRevision(allRSs: readonly ReplicaSet[]): number {
  let max = 0;
  for (const rs of allRSs) {
    const r = revision(rs);
    if (r.error === undefined && r.value > max) max = r.value;
  }
  return max;
}

/**
 * lastRevision: the second-highest revision (the one `rollout undo` without --to-revision targets).
 * Example: revisions 1, 3, 4 → 3. Equal maxima count twice: 4, 4 → 4.
 */
export function lastRevision(allRSs: readonly ReplicaSet[]): number {
  let max = 0;
  let secMax = 0;
  for (const rs of allRSs) {
    const r = revision(rs);
    if (r.error !== undefined) continue;
    if (r.value >= max) {
      secMax = max;
      max = r.value;
    } else if (r.value > secMax) {
      secMax = r.value;
    }
  }
  return secMax;
}

/** setDeploymentRevision writes the revision annotation on `d` (the caller's clone); true when it changed. */
export function setDeploymentRevision(d: Deployment, rev: string): boolean {
  const annotations = { ...(d.metadata.annotations ?? {}) };
  const changed = annotations[RevisionAnnotation] !== rev;
  annotations[RevisionAnnotation] = rev;
  d.metadata.annotations = annotations;
  return changed;
}

/**
 * setNewReplicaSetAnnotations brings the new ReplicaSet's annotations up to date (on `newRS`, the caller's clone,
 * changed in place) and reports whether anything changed:
 * 1. copies the Deployment's copyable annotations (change-cause etc.);
 * 2. raises the revision to `newRevision` when the RS's current revision is numerically lower (never lowers it);
 * 3. when an existing revision was raised (a rollback re-using this RS), appends the old number to
 *    revision-history, dropping the oldest entries so the annotation stays within `revHistoryLimitInChars`
 *    (e.g. limit 5: "11,12" + 13 → "12,13");
 * 4. for an RS about to be created (`exists` false), sets desired-replicas / max-replicas.
 * As upstream, an unparsable current or new revision aborts with `false` (even if step 1 changed something).
 */
export function setNewReplicaSetAnnotations(
  d: Deployment,
  newRS: ReplicaSet,
  newRevision: string,
  exists: boolean,
  revHistoryLimitInChars = 2000,
): boolean {
  let changed = copyDeploymentAnnotationsToReplicaSet(d, newRS);
  const annotations = { ...(newRS.metadata.annotations ?? {}) };
  newRS.metadata.annotations = annotations;
  const oldRevision = annotations[RevisionAnnotation];
  const hadRevision = oldRevision !== undefined;
  let oldRevisionInt = 0;
  const parsedOld = parseInt64(oldRevision ?? '');
  if (parsedOld.error === undefined) oldRevisionInt = parsedOld.value;
  else if ((oldRevision ?? '') !== '') return false; // upstream: "OldRevision not int"
  const parsedNew = parseInt64(newRevision);
  if (parsedNew.error !== undefined) return false; // upstream: "NewRevision not int"
  const raised = oldRevisionInt < parsedNew.value;
  if (raised) {
    annotations[RevisionAnnotation] = newRevision;
    changed = true;
  }
  if (hadRevision && raised) {
    appendRevisionHistory(annotations, oldRevision ?? '', revHistoryLimitInChars);
  }
  if (!exists && setReplicasAnnotations(newRS, deploymentReplicas(d), deploymentReplicas(d) + maxSurge(d))) {
    changed = true;
  }
  return changed;
}

/**
 * appendRevisionHistory appends `oldRevision` to the comma-separated history, trimming entries from the front
 * while the result would exceed `limit` characters. If even dropping every entry is not enough, the history is
 * left unchanged (upstream logs "Not appending revision due to length limit").
 * Worked example, limit 5: history "11,12", old "13" → total 5+2+1 = 8 > 5 → drop "11" (8−3 = 5) → "12,13".
 */
function appendRevisionHistory(
  annotations: Record<string, string>,
  oldRevision: string,
  limit: number,
): void {
  const history = annotations[RevisionHistoryAnnotation] ?? '';
  const entries = history.split(',');
  if ((entries[0] ?? '').length === 0) {
    annotations[RevisionHistoryAnnotation] = oldRevision;
    return;
  }
  let totalLen = history.length + oldRevision.length + 1;
  let start = 0;
  while (totalLen > limit && start < entries.length) {
    totalLen -= (entries[start] ?? '').length + 1;
    start++;
  }
  if (totalLen <= limit)
    annotations[RevisionHistoryAnnotation] = [...entries.slice(start), oldRevision].join(',');
}
