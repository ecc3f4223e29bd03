// Mirrors the progress predicates of pkg/controller/deployment/util/deployment_util.go (DeploymentComplete,
// DeploymentProgressing, DeploymentTimedOut) and the pure part of pkg/controller/deployment/progress.go
// (syncRolloutStatus, getReplicaFailures, requeueStuckDeployment) — spec §10.
import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet } from '../../../api/types';
import { fromTime } from '../../../sim/clock';
import {
  NewRSAvailableReason,
  ReplicaSetUpdatedReason,
  TimedOutReason,
  conditionMessages,
  getDeploymentCondition,
  hasProgressDeadline,
  newDeploymentCondition,
  removeDeploymentCondition,
  replicaSetToDeploymentCondition,
  setDeploymentCondition,
} from './conditions';
import { deploymentReplicas } from './fenceposts';
import { calculateStatus, deploymentStatusEqual } from './status';

/**
 * deploymentComplete: every desired replica is updated and available, no old pods remain, and the status
 * describes the current generation.
 */
export function deploymentComplete(d: Deployment, newStatus: DeploymentStatus): boolean {
  const replicas = deploymentReplicas(d);
  return (
    (newStatus.updatedReplicas ?? 0) === replicas &&
    (newStatus.replicas ?? 0) === replicas &&
    (newStatus.availableReplicas ?? 0) === replicas &&
    (newStatus.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}

/**
 * deploymentProgressing: compared with the Deployment's current status, more updated replicas, fewer old replicas
 * (replicas − updated), more ready or more available replicas. Example: 10/4 updated → 8/4 (two old pods gone)
 * is progress; 10/7 → 10/6 is not.
 */
export function deploymentProgressing(d: Deployment, newStatus: DeploymentStatus): boolean {
  const old = d.status;
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (newStatus.replicas ?? 0) - (newStatus.updatedReplicas ?? 0);
  return (
    (newStatus.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (newStatus.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (newStatus.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

/** The Progressing condition's lastUpdateTime in sim ms; unset is Go's zero time (long past). */
function lastUpdateMs(cond: DeploymentCondition): number {
  return cond.lastUpdateTime ? fromTime(cond.lastUpdateTime) : -Infinity;
}

/**
 * deploymentTimedOut: false without a deadline or without a Progressing condition in `newStatus`, false when it
 * says NewReplicaSetAvailable, true when it already says ProgressDeadlineExceeded; otherwise true iff
 * lastUpdateTime + progressDeadlineSeconds is strictly before `now` (sim ms).
 * Example: last update 00:01:09, deadline 10 s → timed out at 00:01:20 (11 s), not at 00:01:19.
 */
export function deploymentTimedOut(d: Deployment, newStatus: DeploymentStatus, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const cond = getDeploymentCondition(newStatus, 'Progressing');
  if (!cond) return false;
  if (cond.reason === NewRSAvailableReason) return false;
  if (cond.reason === TimedOutReason) return true;
  return lastUpdateMs(cond) + (d.spec.progressDeadlineSeconds ?? 0) * 1000 < now;
}

/**
 * requeueStuckDeployment: when a stuck rollout must be looked at again so its deadline is noticed.
 * Returns -1 (never: no deadline, no Progressing condition in the CURRENT status, complete per `newStatus`, or
 * already ProgressDeadlineExceeded), 0 (less than a second left or overdue: re-queue now, rate limited), or the
 * milliseconds left until the deadline, `after` = lastUpdateTime + deadline − now. Upstream then enqueues after
 * `after + 1 s` (the extra second absorbs clock skew).
 * Example: last update 18:49:00, deadline 60 s, now 18:49:30 → 30 000 (re-check at 18:50:01).
 */
export function requeueStuckDeployment(d: Deployment, newStatus: DeploymentStatus, now: number): number {
  const cond = getDeploymentCondition(d.status, 'Progressing');
  if (!hasProgressDeadline(d) || !cond) return -1;
  if (deploymentComplete(d, newStatus) || cond.reason === TimedOutReason) return -1;
  const after = lastUpdateMs(cond) + (d.spec.progressDeadlineSeconds ?? 0) * 1000 - now;
  if (after < 1000) return 0;
  return after;
}

/**
 * getReplicaFailures: the ReplicaFailure conditions of the new RS promoted to Deployment conditions; if it has
 * none, those of all ReplicaSets in `allRSs` order.
 */
export function getReplicaFailures(
  allRSs: readonly (ReplicaSet | undefined | null)[],
  newRS: ReplicaSet | undefined | null,
): DeploymentCondition[] {
  const fromRS = (rs: ReplicaSet): DeploymentCondition[] =>
    (rs.status.conditions ?? [])
      .filter((c) => c.type === 'ReplicaFailure')
      .map(replicaSetToDeploymentCondition);
  const mine = newRS ? fromRS(newRS) : [];
  if (mine.length > 0) return mine;
  return allRSs.flatMap((rs) => (rs ? fromRS(rs) : []));
}

/** Outcome of syncRolloutStatusCompute. */
export interface RolloutStatusResult {
  /** The status the controller would write. */
  status: DeploymentStatus;
  /** False when `status` equals the current status: upstream then skips the write (and may re-queue). */
  changed: boolean;
  /**
   * Only when unchanged: re-sync after this many ms (0 = now, rate limited; otherwise deadline − now + 1 s),
   * undefined = no re-queue needed.
   */
  requeueAfterMs: number | undefined;
}

/**
 * syncRolloutStatusCompute: the status syncRolloutStatus writes (spec §10.2), without the write.
 * 1. calculateStatus; 2. no deadline → drop Progressing; 3. a finished rollout (current reason
 * NewReplicaSetAvailable and replicas == updated) is not re-estimated; 4. otherwise, first match wins:
 * complete → True/NewReplicaSetAvailable; progressing → True/ReplicaSetUpdated, always re-stamped (refreshes
 * lastUpdateTime = restarts the deadline; lastTransitionTime kept if it was True); timed out →
 * False/ProgressDeadlineExceeded; 5. ReplicaFailure copied from the ReplicaSets or removed; 6. if nothing
 * changed, compute the re-queue delay.
 */
export function syncRolloutStatusCompute(
  d: Deployment,
  allRSs: readonly (ReplicaSet | undefined | null)[],
  newRS: ReplicaSet | undefined | null,
  now: number,
): RolloutStatusResult {
  const newStatus = calculateStatus(allRSs, newRS, d, now);
  if (!hasProgressDeadline(d)) removeDeploymentCondition(newStatus, 'Progressing');
  const currentCond = getDeploymentCondition(d.status, 'Progressing');
  const isCompleteDeployment =
    newStatus.replicas === newStatus.updatedReplicas && currentCond?.reason === NewRSAvailableReason;
  if (hasProgressDeadline(d) && !isCompleteDeployment) {
    const dName = d.metadata.name;
    const rsName = newRS ? newRS.metadata.name : undefined;
    if (deploymentComplete(d, newStatus)) {
      const msg = conditionMessages.successfullyProgressed(dName, rsName);
      setDeploymentCondition(
        newStatus,
        newDeploymentCondition('Progressing', 'True', NewRSAvailableReason, msg, now),
      );
    } else if (deploymentProgressing(d, newStatus)) {
      const msg = conditionMessages.progressing(dName, rsName);
      const cond = newDeploymentCondition('Progressing', 'True', ReplicaSetUpdatedReason, msg, now);
      // Same reason would be a no-op for setDeploymentCondition, but progress must refresh lastUpdateTime.
      if (currentCond) {
        if (currentCond.status === 'True') {
          if (currentCond.lastTransitionTime === undefined) delete cond.lastTransitionTime;
          else cond.lastTransitionTime = currentCond.lastTransitionTime;
        }
        removeDeploymentCondition(newStatus, 'Progressing');
      }
      setDeploymentCondition(newStatus, cond);
    } else if (deploymentTimedOut(d, newStatus, now)) {
      const msg = conditionMessages.timedOut(dName, rsName);
      setDeploymentCondition(
        newStatus,
        newDeploymentCondition('Progressing', 'False', TimedOutReason, msg, now),
      );
    }
  }
  const failures = getReplicaFailures(allRSs, newRS);
  const firstFailure = failures[0];
  if (firstFailure) setDeploymentCondition(newStatus, firstFailure);
  else removeDeploymentCondition(newStatus, 'ReplicaFailure');

  if (deploymentStatusEqual(d.status, newStatus)) {
    const after = requeueStuckDeployment(d, newStatus, now);
    return {
      status: newStatus,
      changed: false,
      requeueAfterMs: after < 0 ? undefined : after === 0 ? 0 : after + 1000,
    };
  }
  return { status: newStatus, changed: true, requeueAfterMs: undefined };
}
