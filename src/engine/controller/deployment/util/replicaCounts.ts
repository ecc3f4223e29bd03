// Mirrors pkg/controller/deployment/util/deployment_util.go: Get*ReplicaCountForReplicaSets — the sums over
// ReplicaSets that make up a Deployment's status (spec §1.1, §3.6). Missing (nil) entries are skipped.
import type { ReplicaSet } from '../../../api/types';

type MaybeRS = ReplicaSet | undefined | null;

function sum(rsList: readonly MaybeRS[], pick: (rs: ReplicaSet) => number | undefined): number {
  let total = 0;
  for (const rs of rsList) if (rs) total += pick(rs) ?? 0;
  return total;
}

/** getReplicaCountForReplicaSets: Σ spec.replicas (what the controller asked for). */
export function getReplicaCountForReplicaSets(rsList: readonly MaybeRS[]): number {
  return sum(rsList, (rs) => rs.spec.replicas ?? 1);
}

/** getActualReplicaCountForReplicaSets: Σ status.replicas (non-terminating pods that exist). */
export function getActualReplicaCountForReplicaSets(rsList: readonly MaybeRS[]): number {
  return sum(rsList, (rs) => rs.status.replicas);
}

/** getReadyReplicaCountForReplicaSets: Σ status.readyReplicas. */
export function getReadyReplicaCountForReplicaSets(rsList: readonly MaybeRS[]): number {
  return sum(rsList, (rs) => rs.status.readyReplicas);
}

/** getAvailableReplicaCountForReplicaSets: Σ status.availableReplicas. */
export function getAvailableReplicaCountForReplicaSets(rsList: readonly MaybeRS[]): number {
  return sum(rsList, (rs) => rs.status.availableReplicas);
}

/**
 * getTerminatingReplicaCountForReplicaSets: Σ status.terminatingReplicas, or undefined ("unknown") as soon as an
 * observed ReplicaSet has no value. A ReplicaSet never observed by its controller (observedGeneration 0) and
 * without a value is skipped — it cannot have terminating pods yet.
 * Example: rs1 {observed 1, terminating 3} + rs3 {observed 0, unset} → 3; adding rs4 {observed 1, unset} → undefined.
 */
export function getTerminatingReplicaCountForReplicaSets(rsList: readonly MaybeRS[]): number | undefined {
  let total = 0;
  for (const rs of rsList) {
    if (!rs) continue;
    const t = rs.status.terminatingReplicas;
    if (t === undefined || t === null) {
      if ((rs.status.observedGeneration ?? 0) === 0) continue;
      return undefined;
    }
    total += t;
  }
  return total;
}
