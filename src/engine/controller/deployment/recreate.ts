// Mirrors pkg/controller/deployment/recreate.go: scale every old ReplicaSet to 0, wait until no old pod is
// left (terminating ones count), then create/scale the new ReplicaSet to the full size.
import type { Deployment, Pod, ReplicaSet } from '../../api/types';
import type { DeploymentController } from './deploymentController';
import { getAllReplicaSetsAndSyncRevision } from './newReplicaSet';
import { syncRolloutStatus } from './progress';
import { cleanupDeployment, scaleReplicaSetAndRecordEvent } from './sync';
import { deploymentComplete, filterActiveReplicaSets, getActualReplicaCountForReplicaSets } from './util';

/** rolloutRecreate: one Recreate sync. */
export function rolloutRecreate(
  dc: DeploymentController,
  d: Deployment,
  rsList: ReplicaSet[],
  podMap: Map<string, Pod[]>,
): void {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  let allRSs: (ReplicaSet | undefined)[] = [...oldRSs, newRS];
  if (scaleDownOldReplicaSetsForRecreate(dc, filterActiveReplicaSets(oldRSs), d)) {
    syncRolloutStatus(dc, allRSs, newRS, d);
    return;
  }
  if (oldPodsRunning(newRS, oldRSs, podMap)) {
    const left = countOldPods(newRS, podMap);
    dc.decide(d, {
      func: 'rolloutRecreate',
      rule: 'recreate.waitOldPods',
      text: `Recreate waits until every old pod is gone — ${left} still exist${left === 1 ? 's' : ''} (terminating pods count) — before the new ReplicaSet gets any pod.`,
      params: { left },
      waitingFor: 'the old pods to finish terminating',
      category: 'wait',
    });
    syncRolloutStatus(dc, allRSs, newRS, d);
    return;
  }
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true));
    allRSs = [...oldRSs, newRS];
    if (!newRS) return;
  }
  scaleReplicaSetAndRecordEvent(dc, newRS, d.spec.replicas ?? 1, d);
  if (deploymentComplete(d, d.status)) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}

/** scaleDownOldReplicaSetsForRecreate: every active old RS straight to 0. */
function scaleDownOldReplicaSetsForRecreate(
  dc: DeploymentController,
  oldRSs: ReplicaSet[],
  d: Deployment,
): boolean {
  let scaled = false;
  for (const rs of oldRSs) {
    if ((rs.spec.replicas ?? 1) === 0) continue;
    const from = rs.spec.replicas ?? 1;
    if (scaleReplicaSetAndRecordEvent(dc, rs, 0, d).scaled) {
      scaled = true;
      dc.decide(d, {
        func: 'scaleDownOldReplicaSetsForRecreate',
        rule: 'recreate.scaleDownOld',
        text: `Recreate strategy: old ReplicaSet ${rs.metadata.name} is scaled from ${from} to 0 at once; the application will be unavailable until the new pods are ready.`,
        params: { rs: rs.metadata.name, from },
        category: 'scale',
      });
    }
  }
  return scaled;
}

function countOldPods(newRS: ReplicaSet | undefined, podMap: Map<string, Pod[]>): number {
  let n = 0;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata.uid === uid) continue;
    n += pods.filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed').length;
  }
  return n;
}

/** oldPodsRunning: old RSs still report pods, or any non-terminal pod of an old RS exists. */
export function oldPodsRunning(
  newRS: ReplicaSet | undefined,
  oldRSs: ReplicaSet[],
  podMap: Map<string, Pod[]>,
): boolean {
  if (getActualReplicaCountForReplicaSets(oldRSs) > 0) return true;
  return countOldPods(newRS, podMap) > 0;
}
