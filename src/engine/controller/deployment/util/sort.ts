// Mirrors the ReplicaSet orderings of pkg/controller/controller_utils.go (ReplicaSetsByCreationTimestamp,
// ReplicaSetsBySizeOlder, ReplicaSetsBySizeNewer) and deployment_util.go (ReplicaSetsByRevision).
// Each export is a comparator for Array.prototype.sort: negative = `a` comes first.
import type { ReplicaSet } from '../../../api/types';
import { parseEpochMs } from '../../../sim/clock';
import { revision } from './revision';

/** A comparator built from a Go-style Less: -1 when less(a,b), 1 when less(b,a), else 0. */
export function fromLess<T>(less: (a: T, b: T) => boolean): (a: T, b: T) => number {
  return (a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0);
}

/**
 * creationMs: the creation instant in epoch ms; an unset timestamp is Go's zero time (year 1), i.e. older than
 * everything, hence -Infinity.
 */
export function creationMs(obj: { metadata: { creationTimestamp?: string } }): number {
  const t = obj.metadata.creationTimestamp;
  if (t === undefined || t === '') return -Infinity;
  return parseEpochMs(t) ?? -Infinity;
}

function specReplicas(rs: ReplicaSet): number {
  return rs.spec.replicas ?? 1;
}

function createdBefore(a: ReplicaSet, b: ReplicaSet): boolean {
  const ta = creationMs(a);
  const tb = creationMs(b);
  if (ta === tb) return a.metadata.name < b.metadata.name;
  return ta < tb;
}

/** replicaSetsByCreationTimestamp: oldest first, ties broken by name. */
export const replicaSetsByCreationTimestamp = fromLess(createdBefore);

/** replicaSetsBySizeOlder: larger spec.replicas first; equal sizes oldest first (used when scaling down). */
export const replicaSetsBySizeOlder = fromLess<ReplicaSet>((a, b) =>
  specReplicas(a) === specReplicas(b) ? createdBefore(a, b) : specReplicas(a) > specReplicas(b),
);

/** replicaSetsBySizeNewer: larger spec.replicas first; equal sizes newest first (used when scaling up). */
export const replicaSetsBySizeNewer = fromLess<ReplicaSet>((a, b) =>
  specReplicas(a) === specReplicas(b) ? createdBefore(b, a) : specReplicas(a) > specReplicas(b),
);

/**
 * replicaSetsByRevision (cleanup order): lowest revision first, a missing revision counting as 0; equal or
 * unparsable revisions fall back to creation time, then name.
 */
export const replicaSetsByRevision = fromLess<ReplicaSet>((a, b) => {
  const ra = revision(a);
  const rb = revision(b);
  if (ra.error !== undefined || rb.error !== undefined || ra.value === rb.value) return createdBefore(a, b);
  return ra.value < rb.value;
});
