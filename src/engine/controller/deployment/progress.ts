// Mirrors pkg/controller/deployment/progress.go: syncRolloutStatus writes the status with the Progressing
// condition (complete / progressing / timed out) and re-queues a stuck rollout for the deadline re-check.
import type { Deployment, ReplicaSet } from '../../api/types';
import type { DeploymentController } from './deploymentController';
import { getDeploymentCondition, requeueStuckDeployment, syncRolloutStatusCompute } from './util';

/** Delay of the rate-limited immediate re-queue (client-go's per-item limiter starts at 5 ms). */
const RATE_LIMITED_REQUEUE_MS = 5;

/** syncRolloutStatus: compute, write if changed, else schedule the progress-deadline re-check. */
export function syncRolloutStatus(
  dc: DeploymentController,
  allRSs: (ReplicaSet | undefined)[],
  newRS: ReplicaSet | undefined,
  d: Deployment,
): void {
  const before = getDeploymentCondition(d.status, 'Progressing');
  const result = syncRolloutStatusCompute(d, allRSs, newRS, dc.now());
  if (!result.changed) {
    const after = requeueStuckDeployment(d, result.status, dc.now());
    if (after === 0) dc.enqueueAfter(d, RATE_LIMITED_REQUEUE_MS);
    else if (after > 0) dc.enqueueAfter(d, after + 1000); // upstream adds a second against ms skew
    return;
  }
  d.status = result.status;
  dc.updateStatus(d);
  const cond = getDeploymentCondition(d.status, 'Progressing');
  if (cond && (cond.reason !== before?.reason || cond.status !== before?.status)) {
    const deadline = d.spec.progressDeadlineSeconds;
    dc.decide(d, {
      func: 'syncRolloutStatus',
      rule: `progress.${cond.reason}`,
      text:
        cond.reason === 'NewReplicaSetAvailable'
          ? `Rollout complete: all ${d.spec.replicas ?? 1} replicas are updated and available (Progressing=True, NewReplicaSetAvailable).`
          : cond.reason === 'ProgressDeadlineExceeded'
            ? `No progress for ${deadline} s (progressDeadlineSeconds): Progressing=False, ProgressDeadlineExceeded. Kubernetes does not roll back by itself — the rollout just stays stuck.`
            : `${cond.message ?? ''} (Progressing=${cond.status}, ${cond.reason}).`,
      params: { reason: cond.reason ?? '', status: cond.status },
      category: 'condition',
    });
  }
}
