// Mirrors calculateStatus of pkg/controller/deployment/sync.go (spec §3.6) and the reflect.DeepEqual check the
// controller makes before writing a status.
import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet } from '../../../api/types';
import {
  MinimumReplicasAvailable,
  MinimumReplicasUnavailable,
  conditionMessages,
  newDeploymentCondition,
  setDeploymentCondition,
} from './conditions';
import { deploymentReplicas, maxUnavailable } from './fenceposts';
import {
  getActualReplicaCountForReplicaSets,
  getAvailableReplicaCountForReplicaSets,
  getReadyReplicaCountForReplicaSets,
  getReplicaCountForReplicaSets,
  getTerminatingReplicaCountForReplicaSets,
} from './replicaCounts';

/**
 * calculateStatus: the Deployment status implied by its ReplicaSets (pure; `d` is not modified).
 * replicas = Σ status.replicas, updatedReplicas = new RS status.replicas, readyReplicas / availableReplicas = sums,
 * unavailableReplicas = max(0, Σ spec.replicas − available), terminatingReplicas = sum or unknown
 * (DeploymentReplicaSetTerminatingReplicas, on by default since 1.35), observedGeneration = generation,
 * collisionCount carried over, existing conditions copied, then Available set:
 * available ≥ replicas − maxUnavailable → True/MinimumReplicasAvailable, else False/MinimumReplicasUnavailable
 * (Recreate has maxUnavailable 0, so it is unavailable until every replica is).
 * `now` (sim ms) stamps a new or changed Available condition. All counters are written explicitly (also zeros).
 */
export function calculateStatus(
  allRSs: readonly (ReplicaSet | undefined | null)[],
  newRS: ReplicaSet | undefined | null,
  d: Deployment,
  now: number,
): DeploymentStatus {
  const availableReplicas = getAvailableReplicaCountForReplicaSets(allRSs);
  const totalReplicas = getReplicaCountForReplicaSets(allRSs);
  // More available than wanted (e.g. while scaling down) is not "negative unavailability".
  const unavailableReplicas = Math.max(0, totalReplicas - availableReplicas);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation ?? 0,
    replicas: getActualReplicaCountForReplicaSets(allRSs),
    updatedReplicas: getActualReplicaCountForReplicaSets([newRS]),
    readyReplicas: getReadyReplicaCountForReplicaSets(allRSs),
    availableReplicas,
    unavailableReplicas,
  };
  const terminating = getTerminatingReplicaCountForReplicaSets(allRSs);
  if (terminating !== undefined) status.terminatingReplicas = terminating;
  if (d.status.collisionCount !== undefined && d.status.collisionCount !== null) {
    status.collisionCount = d.status.collisionCount;
  }
  if (d.status.conditions && d.status.conditions.length > 0) {
    status.conditions = d.status.conditions.map((c) => ({ ...c }));
  }
  const available = availableReplicas >= deploymentReplicas(d) - maxUnavailable(d);
  setDeploymentCondition(
    status,
    available
      ? newDeploymentCondition(
          'Available',
          'True',
          MinimumReplicasAvailable,
          conditionMessages.minimumAvailable,
          now,
        )
      : newDeploymentCondition(
          'Available',
          'False',
          MinimumReplicasUnavailable,
          conditionMessages.minimumUnavailable,
          now,
        ),
  );
  return status;
}

function conditionEqual(a: DeploymentCondition, b: DeploymentCondition): boolean {
  return (
    a.type === b.type &&
    a.status === b.status &&
    (a.reason ?? '') === (b.reason ?? '') &&
    (a.message ?? '') === (b.message ?? '') &&
    (a.lastUpdateTime ?? '') === (b.lastUpdateTime ?? '') &&
    (a.lastTransitionTime ?? '') === (b.lastTransitionTime ?? '')
  );
}

/**
 * deploymentStatusEqual: upstream's reflect.DeepEqual(d.Status, newStatus) on our optional-field objects.
 * Plain counters treat absent as 0; the pointer fields (terminatingReplicas, collisionCount) distinguish absent
 * from 0; conditions compare in order, field by field.
 */
export function deploymentStatusEqual(a: DeploymentStatus, b: DeploymentStatus): boolean {
  const counters = [
    'observedGeneration',
    'replicas',
    'updatedReplicas',
    'readyReplicas',
    'availableReplicas',
    'unavailableReplicas',
  ] as const;
  for (const k of counters) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  if ((a.terminatingReplicas ?? null) !== (b.terminatingReplicas ?? null)) return false;
  if ((a.collisionCount ?? null) !== (b.collisionCount ?? null)) return false;
  const ca = a.conditions ?? [];
  const cb = b.conditions ?? [];
  return ca.length === cb.length && ca.every((c, i) => conditionEqual(c, cb[i] as DeploymentCondition));
}
