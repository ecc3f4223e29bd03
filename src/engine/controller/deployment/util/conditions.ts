// Mirrors pkg/controller/deployment/util/deployment_util.go: condition reasons, NewDeploymentCondition,
// Get/Set/RemoveDeploymentCondition, ReplicaSetToDeploymentCondition, HasProgressDeadline (spec §3.6, §10.3).
import type {
  ConditionStatus,
  Deployment,
  DeploymentCondition,
  DeploymentConditionType,
  DeploymentStatus,
  ReplicaSetCondition,
} from '../../../api/types';
import { toTime } from '../../../sim/clock';
import { MAX_INT32 } from './result';

// Progressing reasons.
/** One of the Deployment's ReplicaSets was updated as part of the rollout (progress was made). */
export const ReplicaSetUpdatedReason = 'ReplicaSetUpdated';
/** The new ReplicaSet could not be created. */
export const FailedRSCreateReason = 'ReplicaSetCreateError';
/** The controller created the new ReplicaSet. */
export const NewReplicaSetReason = 'NewReplicaSetCreated';
/** The controller adopted an existing ReplicaSet as the new one. */
export const FoundNewRSReason = 'FoundNewReplicaSet';
/** The rollout is complete: all replicas updated and available. */
export const NewRSAvailableReason = 'NewReplicaSetAvailable';
/** No progress within progressDeadlineSeconds. */
export const TimedOutReason = 'ProgressDeadlineExceeded';
/** The Deployment is paused; progress is not estimated. */
export const PausedDeployReason = 'DeploymentPaused';
/** The Deployment was resumed; the deadline clock restarts. */
export const ResumedDeployReason = 'DeploymentResumed';
// Available reasons.
/** At least replicas − maxUnavailable pods are available. */
export const MinimumReplicasAvailable = 'MinimumReplicasAvailable';
/** Fewer than replicas − maxUnavailable pods are available. */
export const MinimumReplicasUnavailable = 'MinimumReplicasUnavailable';
// Legacy rollback event reasons.
/** Event reason: the rollback revision does not exist. */
export const RollbackRevisionNotFound = 'DeploymentRollbackRevisionNotFound';
/** Event reason: the rollback template equals the current one. */
export const RollbackTemplateUnchanged = 'DeploymentRollbackTemplateUnchanged';
/** Event reason: rolled back. */
export const RollbackDone = 'DeploymentRollback';

/** Go's %q for the simple names used in messages (DNS labels need no escaping beyond quotes). */
const q = (s: string): string => JSON.stringify(s);

/** Exact condition messages of spec §10.3. `rsName` undefined selects the Deployment-level wording. */
export const conditionMessages = {
  newReplicaSetCreated: (rsName: string): string => `Created new replica set ${q(rsName)}`,
  foundNewReplicaSet: (rsName: string): string => `Found new replica set ${q(rsName)}`,
  failedRSCreate: (rsName: string, err: string): string =>
    `Failed to create new replica set ${q(rsName)}: ${err}`,
  progressing: (dName: string, rsName?: string): string =>
    rsName !== undefined
      ? `ReplicaSet ${q(rsName)} is progressing.`
      : `Deployment ${q(dName)} is progressing.`,
  successfullyProgressed: (dName: string, rsName?: string): string =>
    rsName !== undefined
      ? `ReplicaSet ${q(rsName)} has successfully progressed.`
      : `Deployment ${q(dName)} has successfully progressed.`,
  timedOut: (dName: string, rsName?: string): string =>
    rsName !== undefined
      ? `ReplicaSet ${q(rsName)} has timed out progressing.`
      : `Deployment ${q(dName)} has timed out progressing.`,
  paused: 'Deployment is paused',
  resumed: 'Deployment is resumed',
  minimumAvailable: 'Deployment has minimum availability.',
  minimumUnavailable: 'Deployment does not have minimum availability.',
} as const;

/** newDeploymentCondition: a condition whose lastUpdateTime and lastTransitionTime are both `now` (sim ms). */
export function newDeploymentCondition(
  type: DeploymentConditionType,
  status: ConditionStatus,
  reason: string,
  message: string,
  now: number,
): DeploymentCondition {
  const t = toTime(now);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

/** getDeploymentCondition: the condition of that type, or undefined. Treat the result as read-only. */
export function getDeploymentCondition(
  status: DeploymentStatus,
  type: DeploymentConditionType,
): DeploymentCondition | undefined {
  return status.conditions?.find((c) => c.type === type);
}

/** filterOutCondition: the conditions without those of `type`; undefined when none remain (Go's nil slice). */
function filterOutCondition(
  conditions: readonly DeploymentCondition[] | undefined,
  type: DeploymentConditionType,
): DeploymentCondition[] | undefined {
  const rest = (conditions ?? []).filter((c) => c.type !== type);
  return rest.length > 0 ? rest : undefined;
}

/**
 * setDeploymentCondition puts `condition` into `status` (the caller's clone; `status.conditions` is replaced by a
 * new array). If a condition of that type already has the same status and reason nothing changes — not even
 * lastUpdateTime. Otherwise the old one is removed and the new one appended at the END (why a finished Deployment
 * lists Available before Progressing); lastTransitionTime is kept when the status did not change.
 * Returns true when the conditions changed.
 */
export function setDeploymentCondition(status: DeploymentStatus, condition: DeploymentCondition): boolean {
  const current = getDeploymentCondition(status, condition.type);
  if (current && current.status === condition.status && (current.reason ?? '') === (condition.reason ?? '')) {
    return false;
  }
  const next = { ...condition };
  if (current && current.status === condition.status) {
    if (current.lastTransitionTime === undefined) delete next.lastTransitionTime;
    else next.lastTransitionTime = current.lastTransitionTime;
  }
  status.conditions = [...(filterOutCondition(status.conditions, condition.type) ?? []), next];
  return true;
}

/** removeDeploymentCondition drops the condition of `type` from `status` (the caller's clone). */
export function removeDeploymentCondition(status: DeploymentStatus, type: DeploymentConditionType): void {
  const rest = filterOutCondition(status.conditions, type);
  if (rest === undefined) delete status.conditions;
  else status.conditions = rest;
}

/**
 * replicaSetToDeploymentCondition promotes a ReplicaSet condition (ReplicaFailure) to a Deployment condition;
 * both of its times are the RS condition's lastTransitionTime.
 */
export function replicaSetToDeploymentCondition(cond: ReplicaSetCondition): DeploymentCondition {
  const out: DeploymentCondition = { type: cond.type as DeploymentConditionType, status: cond.status };
  if (cond.lastTransitionTime !== undefined) {
    out.lastUpdateTime = cond.lastTransitionTime;
    out.lastTransitionTime = cond.lastTransitionTime;
  }
  if (cond.reason !== undefined) out.reason = cond.reason;
  if (cond.message !== undefined) out.message = cond.message;
  return out;
}

/** hasProgressDeadline: progressDeadlineSeconds is set and not MaxInt32 (which means "no deadline"). */
export function hasProgressDeadline(d: Deployment): boolean {
  const pds = d.spec.progressDeadlineSeconds;
  return pds !== undefined && pds !== null && pds !== MAX_INT32;
}

/** hasRevisionHistoryLimit: revisionHistoryLimit is set and not MaxInt32 (which keeps every old ReplicaSet). */
export function hasRevisionHistoryLimit(d: Deployment): boolean {
  const limit = d.spec.revisionHistoryLimit;
  return limit !== undefined && limit !== null && limit !== MAX_INT32;
}
