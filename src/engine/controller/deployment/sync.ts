// Mirrors pkg/controller/deployment/sync.go: sync (paused Deployments and scaling events), proportional scale,
// scaleReplicaSet, isScalingEvent, checkPausedConditions, cleanupDeployment and syncDeploymentStatus.
import type { Deployment, ReplicaSet } from '../../api/types';
import { deepClone } from '../../api/clone';
import { deploymentStatusEqual } from './util/status';
import type { DeploymentController } from './deploymentController';
import { getAllReplicaSetsAndSyncRevision } from './newReplicaSet';
import { getRollbackTo } from './rollback';
import {
  PausedDeployReason,
  ResumedDeployReason,
  TimedOutReason,
  calculateStatus,
  filterActiveReplicaSets,
  findActiveOrLatest,
  getDeploymentCondition,
  getDesiredReplicasAnnotation,
  getProportion,
  getReplicaCountForReplicaSets,
  hasProgressDeadline,
  hasRevisionHistoryLimit,
  isRollingUpdate,
  isSaturated,
  maxSurge,
  newDeploymentCondition,
  replicaSetsByRevision,
  replicaSetsBySizeNewer,
  replicaSetsBySizeOlder,
  replicasAnnotationsNeedUpdate,
  setDeploymentCondition,
  setReplicasAnnotations,
} from './util';

const replicasOf = (rs: ReplicaSet): number => rs.spec.replicas ?? 1;

/** sync: for paused Deployments and scaling events — proportional scale, cleanup when paused, status. */
export function sync(dc: DeploymentController, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  scale(dc, d, newRS, oldRSs);
  // Fix (spec §3.4 step 3): only when no legacy rollback is pending — a paused Deployment keeps the rollback
  // annotation until it is resumed, and the RS to roll back to must survive. Test: sync.unit.test.ts.
  if (d.spec.paused && getRollbackTo(d) === undefined) cleanupDeployment(dc, oldRSs, d);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}

/** syncStatusOnly: a Deployment being deleted only gets its status recomputed. */
export function syncStatusOnly(dc: DeploymentController, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}

/**
 * isScalingEvent: some active RS was last scaled for a different Deployment size (its desired-replicas
 * annotation differs from spec.replicas) — then `kubectl scale` happened and proportional scaling runs.
 */
export function isScalingEvent(dc: DeploymentController, d: Deployment, rsList: ReplicaSet[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  for (const rs of filterActiveReplicaSets([...oldRSs, newRS])) {
    const desired = getDesiredReplicasAnnotation(rs);
    if (desired === undefined) continue;
    if (desired !== (d.spec.replicas ?? 1)) return true;
  }
  return false;
}

/** checkPausedConditions: Progressing=Unknown DeploymentPaused / DeploymentResumed (never over a timeout). */
export function checkPausedConditions(dc: DeploymentController, d: Deployment): void {
  if (!hasProgressDeadline(d)) return;
  const cond = getDeploymentCondition(d.status, 'Progressing');
  if (cond?.reason === TimedOutReason) return;
  const pausedCondExists = cond?.reason === PausedDeployReason;
  let needsUpdate = false;
  if (d.spec.paused && !pausedCondExists) {
    setDeploymentCondition(
      d.status,
      newDeploymentCondition('Progressing', 'Unknown', PausedDeployReason, 'Deployment is paused', dc.now()),
    );
    needsUpdate = true;
  } else if (!d.spec.paused && pausedCondExists) {
    setDeploymentCondition(
      d.status,
      newDeploymentCondition(
        'Progressing',
        'Unknown',
        ResumedDeployReason,
        'Deployment is resumed',
        dc.now(),
      ),
    );
    needsUpdate = true;
  }
  if (needsUpdate) {
    dc.updateStatus(d);
    dc.decide(d, {
      func: 'checkPausedConditions',
      rule: d.spec.paused ? 'pause.paused' : 'pause.resumed',
      text: d.spec.paused
        ? 'The Deployment is paused: no new ReplicaSet will be created and template edits accumulate until it is resumed.'
        : 'The Deployment is resumed: the accumulated template changes roll out as one new revision.',
      category: 'condition',
    });
  }
}

/**
 * scaleReplicaSet: write a new size together with the desired-replicas / max-replicas annotations; an event
 * only when the size changed (`Scaled up replica set x from 1 to 2`, up/down decided per ReplicaSet).
 */
export function scaleReplicaSet(
  dc: DeploymentController,
  rs: ReplicaSet,
  newScale: number,
  d: Deployment,
): { scaled: boolean; rs: ReplicaSet } {
  const replicas = d.spec.replicas ?? 1;
  const max = replicas + maxSurge(d);
  const sizeNeedsUpdate = replicasOf(rs) !== newScale;
  const annotationsNeedUpdate = replicasAnnotationsNeedUpdate(rs, replicas, max);
  if (!sizeNeedsUpdate && !annotationsNeedUpdate) return { scaled: false, rs };
  const oldScale = replicasOf(rs);
  const copy = deepClone(rs);
  copy.spec.replicas = newScale;
  setReplicasAnnotations(copy, replicas, max);
  const written = dc.ctx.write.update(copy);
  if (sizeNeedsUpdate) {
    dc.event(
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${oldScale < newScale ? 'up' : 'down'} replica set ${rs.metadata.name} from ${oldScale} to ${newScale}`,
    );
  }
  return { scaled: sizeNeedsUpdate, rs: written };
}

/** scaleReplicaSetAndRecordEvent: like scaleReplicaSet, but nothing at all when the size is already right. */
export function scaleReplicaSetAndRecordEvent(
  dc: DeploymentController,
  rs: ReplicaSet,
  newScale: number,
  d: Deployment,
): { scaled: boolean; rs: ReplicaSet } {
  if (replicasOf(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(dc, rs, newScale, d);
}

/**
 * scale: proportional scaling. Worked example (docs): 10 replicas, surge 3, stuck at old 8 / new 5 (13 pods,
 * max-replicas 13). Scaling to 15 allows 18 pods: +5 to distribute; old gets round(8×18/13) − 8 = +3, new
 * round(5×18/13) − 5 = +2 → 11 / 7.
 */
export function scale(
  dc: DeploymentController,
  d: Deployment,
  newRS: ReplicaSet | undefined,
  oldRSs: ReplicaSet[],
): void {
  const replicas = d.spec.replicas ?? 1;
  const single = findActiveOrLatest(newRS, oldRSs);
  if (single) {
    if (replicasOf(single) === replicas) return;
    const from = replicasOf(single);
    scaleReplicaSetAndRecordEvent(dc, single, replicas, d);
    dc.decide(d, {
      func: 'scale',
      rule: 'scale.single',
      text: `Only ReplicaSet ${single.metadata.name} is active, so it is scaled straight to the Deployment's ${replicas} replicas (from ${from}).`,
      params: { rs: single.metadata.name, from, to: replicas },
      category: 'scale',
    });
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActiveReplicaSets(oldRSs)) scaleReplicaSetAndRecordEvent(dc, old, 0, d);
    dc.decide(d, {
      func: 'scale',
      rule: 'scale.saturated',
      text: `The new ReplicaSet already runs all ${replicas} replicas available, so every old ReplicaSet is scaled to 0.`,
      category: 'scale',
    });
    return;
  }
  if (!isRollingUpdate(d)) return;
  const all = filterActiveReplicaSets([...oldRSs, newRS]);
  const total = getReplicaCountForReplicaSets(all);
  const allowed = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowed - total;
  if (toAdd > 0) all.sort(replicaSetsBySizeNewer);
  else if (toAdd < 0) all.sort(replicaSetsBySizeOlder);
  const nameToSize = new Map<string, number>();
  let added = 0;
  for (const rs of all) {
    if (toAdd !== 0) {
      const proportion = getProportion(rs, d, toAdd, added);
      nameToSize.set(rs.metadata.name, replicasOf(rs) + proportion);
      added += proportion;
    } else nameToSize.set(rs.metadata.name, replicasOf(rs));
  }
  const lines = [
    `allowed = ${replicas} replicas + maxSurge ${maxSurge(d)} = ${allowed}; ReplicaSets hold ${total}; to distribute: ${toAdd}`,
  ];
  all.forEach((rs, i) => {
    if (i === 0 && toAdd !== 0) {
      // Leftovers from rounding go to the largest ReplicaSet.
      nameToSize.set(rs.metadata.name, Math.max(0, nameToSize.get(rs.metadata.name)! + toAdd - added));
    }
    lines.push(`${rs.metadata.name}: ${replicasOf(rs)} → ${nameToSize.get(rs.metadata.name)}`);
    scaleReplicaSet(dc, rs, nameToSize.get(rs.metadata.name)!, d);
  });
  if (toAdd !== 0) {
    dc.decide(d, {
      func: 'scale',
      rule: 'scale.proportional',
      text: `The Deployment was resized during a rollout: ${toAdd > 0 ? 'added' : 'removed'} replicas are shared among the ReplicaSets in proportion to their sizes (largest first).`,
      arithmetic: lines,
      params: { toAdd, allowed, total },
      category: 'scale',
    });
  }
}

/**
 * cleanupDeployment: keep at most revisionHistoryLimit old ReplicaSets, deleting the lowest revisions first —
 * but only idle ones (0 desired, 0 current, status observed); busy candidates are skipped, not replaced.
 */
export function cleanupDeployment(dc: DeploymentController, oldRSs: ReplicaSet[], d: Deployment): void {
  if (!hasRevisionHistoryLimit(d)) return;
  const cleanable = oldRSs.filter((rs) => rs && !rs.metadata.deletionTimestamp);
  const limit = d.spec.revisionHistoryLimit ?? 10;
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  cleanable.sort(replicaSetsByRevision);
  for (let i = 0; i < diff; i++) {
    const rs = cleanable[i]!;
    if (
      rs.status.replicas !== 0 ||
      replicasOf(rs) !== 0 ||
      (rs.metadata.generation ?? 0) > (rs.status.observedGeneration ?? 0) ||
      rs.metadata.deletionTimestamp
    )
      continue;
    dc.ctx.write.delete(rs);
    dc.decide(d, {
      func: 'cleanupDeployment',
      rule: 'cleanup.delete',
      text: `revisionHistoryLimit is ${limit} and ${cleanable.length} old ReplicaSets exist: the oldest idle one, ${rs.metadata.name} (revision ${rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '?'}), is deleted — it can no longer be rolled back to.`,
      params: { limit, old: cleanable.length, rs: rs.metadata.name },
      category: 'cleanup',
    });
  }
}

/** syncDeploymentStatus: recompute the status (no progress estimation) and write it if it changed. */
export function syncDeploymentStatus(
  dc: DeploymentController,
  allRSs: (ReplicaSet | undefined)[],
  newRS: ReplicaSet | undefined,
  d: Deployment,
): void {
  const newStatus = calculateStatus(allRSs, newRS, d, dc.now());
  if (deploymentStatusEqual(d.status, newStatus)) return;
  d.status = newStatus;
  dc.updateStatus(d);
}
