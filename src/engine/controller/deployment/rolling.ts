// Mirrors pkg/controller/deployment/rolling.go: rolloutRolling, reconcileNewReplicaSet, reconcileOldReplicaSets,
// cleanupUnhealthyReplicas and scaleDownOldReplicaSetsForRollingUpdate.
import type { Deployment, ReplicaSet } from '../../api/types';
import type { DeploymentController } from './deploymentController';
import { getAllReplicaSetsAndSyncRevision } from './newReplicaSet';
import { syncRolloutStatus } from './progress';
import { cleanupDeployment, scaleReplicaSetAndRecordEvent } from './sync';
import {
  deploymentComplete,
  filterActiveReplicaSets,
  getAvailableReplicaCountForReplicaSets,
  getReplicaCountForReplicaSets,
  maxSurge,
  maxUnavailable,
  newRSNewReplicas,
  replicaSetsByCreationTimestamp,
} from './util';

const replicasOf = (rs: ReplicaSet): number => rs.spec.replicas ?? 1;
const name = (rs: ReplicaSet): string => rs.metadata.name;

/** How the fenceposts were resolved, for the Why? panel: `maxSurge = ceil(25% × 10) = 3`. */
export function fencepostLines(d: Deployment): string[] {
  const replicas = d.spec.replicas ?? 1;
  const ru = d.spec.strategy?.rollingUpdate;
  const show = (v: number | string | undefined, round: 'ceil' | 'floor', value: number): string =>
    typeof v === 'string' && v.endsWith('%') ? `${round}(${v} × ${replicas}) = ${value}` : `${value}`;
  const surge = maxSurge(d);
  const unavailable = maxUnavailable(d);
  return [
    `maxSurge = ${show(ru?.maxSurge, 'ceil', surge)} → at most ${replicas + surge} pods`,
    `maxUnavailable = ${show(ru?.maxUnavailable, 'floor', unavailable)} → at least ${replicas - unavailable} available`,
  ];
}

/** rolloutRolling: one RollingUpdate sync — grow the new RS if allowed, else shrink old RSs, then status. */
export function rolloutRolling(dc: DeploymentController, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true);
  if (!newRS) return; // creation failed (e.g. a hash collision); the Deployment is re-queued
  const allRSs = [...oldRSs, newRS];
  if (reconcileNewReplicaSet(dc, allRSs, newRS, d)) {
    syncRolloutStatus(dc, allRSs, newRS, d);
    return;
  }
  if (reconcileOldReplicaSets(dc, allRSs, filterActiveReplicaSets(oldRSs), newRS, d)) {
    syncRolloutStatus(dc, allRSs, newRS, d);
    return;
  }
  if (deploymentComplete(d, d.status)) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}

/**
 * reconcileNewReplicaSet: scale the new RS toward spec.replicas within maxSurge.
 * Example: 10 replicas, surge 3, old 8 + new 3 = 11 < 13 → new grows by min(13 − 11, 10 − 3) = 2 → 5.
 */
export function reconcileNewReplicaSet(
  dc: DeploymentController,
  allRSs: ReplicaSet[],
  newRS: ReplicaSet,
  d: Deployment,
): boolean {
  const replicas = d.spec.replicas ?? 1;
  const current = replicasOf(newRS);
  if (current === replicas) return false;
  if (current > replicas) {
    const { scaled } = scaleReplicaSetAndRecordEvent(dc, newRS, replicas, d);
    dc.decide(d, {
      func: 'reconcileNewReplicaSet',
      rule: 'rolling.newRS.scaleDown',
      text: `The new ReplicaSet ${name(newRS)} has ${current} replicas but the Deployment wants ${replicas}: it is scaled down.`,
      params: { rs: name(newRS), from: current, to: replicas },
      category: 'scale',
    });
    return scaled;
  }
  const sized = newRSNewReplicas(d, allRSs, newRS);
  if (sized.error !== undefined) return false;
  const target = sized.value;
  const total = getReplicaCountForReplicaSets(allRSs);
  const maxTotal = replicas + maxSurge(d);
  const { scaled } = scaleReplicaSetAndRecordEvent(dc, newRS, target, d);
  const arithmetic = [...fencepostLines(d), `all ReplicaSets hold ${total} of at most ${maxTotal}`];
  if (scaled) {
    arithmetic.push(`new = ${current} + min(${maxTotal} − ${total}, ${replicas} − ${current}) = ${target}`);
    dc.decide(d, {
      func: 'reconcileNewReplicaSet',
      rule: 'rolling.newRS.scaleUp',
      text: `There is room under the surge limit: the new ReplicaSet ${name(newRS)} grows from ${current} to ${target}.`,
      arithmetic,
      params: { rs: name(newRS), from: current, to: target, total, maxTotal },
      waitingFor: `the new pods to become available`,
      category: 'scale',
    });
  } else {
    dc.decide(d, {
      func: 'reconcileNewReplicaSet',
      rule: 'rolling.newRS.wait',
      text: `The new ReplicaSet ${name(newRS)} cannot grow: ${total} pods are already counted against the limit of ${maxTotal}.`,
      arithmetic,
      params: { rs: name(newRS), total, maxTotal },
      waitingFor: 'old ReplicaSets to shrink',
      category: 'wait',
    });
  }
  return scaled;
}

/**
 * reconcileOldReplicaSets: shrink old RSs without dropping below minAvailable.
 * maxScaledDown = allPods − minAvailable − newRSUnavailable. Example: 10 replicas, unavailable 2 → min 8;
 * old 8 + new 5 (3 not yet available) = 13 → 13 − 8 − 3 = 2 may go.
 */
export function reconcileOldReplicaSets(
  dc: DeploymentController,
  allRSs: ReplicaSet[],
  oldRSs: ReplicaSet[],
  newRS: ReplicaSet,
  d: Deployment,
): boolean {
  const oldPodsCount = getReplicaCountForReplicaSets(oldRSs);
  if (oldPodsCount === 0) return false;
  const allPodsCount = getReplicaCountForReplicaSets(allRSs);
  const minAvailable = (d.spec.replicas ?? 1) - maxUnavailable(d);
  const newRSUnavailable = replicasOf(newRS) - (newRS.status.availableReplicas ?? 0);
  const maxScaledDown = allPodsCount - minAvailable - newRSUnavailable;
  const arithmetic = [
    ...fencepostLines(d),
    `maxScaledDown = ${allPodsCount} pods − ${minAvailable} minimum available − ${newRSUnavailable} new not yet available = ${maxScaledDown}`,
  ];
  if (maxScaledDown <= 0) {
    dc.decide(d, {
      func: 'reconcileOldReplicaSets',
      rule: 'rolling.oldRS.wait',
      text: `Old ReplicaSets cannot shrink yet: removing any pod could leave fewer than ${minAvailable} available while ${newRSUnavailable} new pod${newRSUnavailable === 1 ? ' is' : 's are'} not available.`,
      arithmetic,
      params: { minAvailable, newRSUnavailable, maxScaledDown },
      waitingFor: `${newRSUnavailable} new pod${newRSUnavailable === 1 ? '' : 's'} to become available`,
      category: 'wait',
    });
    return false;
  }
  const cleaned = cleanupUnhealthyReplicas(dc, oldRSs, d, maxScaledDown);
  // Released upstream swallows a cleanup error and reports "not scaled" for this sync (spec §4.2, error handling).
  if (cleaned.error !== undefined) return false;
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(
    dc,
    [...cleaned.oldRSs, newRS],
    cleaned.oldRSs,
    d,
    arithmetic,
  );
  return cleaned.count + scaledDown > 0;
}

/**
 * cleanupUnhealthyReplicas: first remove old pods that are not available anyway (oldest RS first). `error` is set
 * when an RS's status reports more available pods than its spec (see the guard below); the caller then stops.
 */
export function cleanupUnhealthyReplicas(
  dc: DeploymentController,
  oldRSs0: ReplicaSet[],
  d: Deployment,
  maxCleanupCount: number,
): { oldRSs: ReplicaSet[]; count: number; error?: string } {
  const oldRSs = [...oldRSs0].sort(replicaSetsByCreationTimestamp);
  let total = 0;
  for (let i = 0; i < oldRSs.length; i++) {
    if (total >= maxCleanupCount) break;
    const rs = oldRSs[i]!;
    const spec = replicasOf(rs);
    const available = rs.status.availableReplicas ?? 0;
    if (spec === 0 || spec === available) continue;
    // Fix (spec §4.2 "scale each down"; upstream rolling.go guard): an RS just scaled down whose ReplicaSet
    // controller has not yet caught up reports e.g. spec 2 / available 3; min(limit, 2 − 3) = −1 would scale it
    // UP to 3. Upstream refuses ("invalid request to scale down … 2 -> 3"); the released controller then reports
    // "not scaled" and waits for the RS status update. Test: rolling.unit.test.ts "stale status".
    if (spec < available) {
      dc.decide(d, {
        func: 'cleanupUnhealthyReplicas',
        rule: 'rolling.oldRS.staleStatus',
        text: `Old ReplicaSet ${name(rs)} wants ${spec} pods but its status still counts ${available} available: the controller waits for the ReplicaSet controller to catch up before scaling old ReplicaSets.`,
        params: { rs: name(rs), spec, available },
        waitingFor: `the status of ${name(rs)} to be updated`,
        category: 'wait',
      });
      return {
        oldRSs,
        count: total,
        error: `when cleaning up unhealthy replicas, got invalid request to scale down ${rs.metadata.namespace}/${name(rs)} ${spec} -> ${available}`,
      };
    }
    const count = Math.min(maxCleanupCount - total, spec - available);
    const res = scaleReplicaSetAndRecordEvent(dc, rs, spec - count, d);
    total += count;
    oldRSs[i] = res.rs;
    dc.decide(d, {
      func: 'cleanupUnhealthyReplicas',
      rule: 'rolling.oldRS.cleanupUnhealthy',
      text: `Old ReplicaSet ${name(rs)} has ${spec - available} pod${spec - available === 1 ? '' : 's'} that ${spec - available === 1 ? 'is' : 'are'} not available; removing ${count} costs no availability: ${spec} → ${spec - count}.`,
      arithmetic: [
        `remove min(${maxCleanupCount} − ${total - count}, ${spec} − ${available} available) = ${count}`,
      ],
      params: { rs: name(rs), from: spec, to: spec - count },
      category: 'scale',
    });
  }
  return { oldRSs, count: total };
}

/**
 * scaleDownOldReplicaSetsForRollingUpdate: with `available` pods above minAvailable, remove the excess from old
 * RSs, oldest first. Example: available 13, min 8 → 5 old pods may go.
 */
export function scaleDownOldReplicaSetsForRollingUpdate(
  dc: DeploymentController,
  allRSs: ReplicaSet[],
  oldRSs0: ReplicaSet[],
  d: Deployment,
  context: string[] = [],
): number {
  const minAvailable = (d.spec.replicas ?? 1) - maxUnavailable(d);
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  if (available <= minAvailable) {
    dc.decide(d, {
      func: 'scaleDownOldReplicaSetsForRollingUpdate',
      rule: 'rolling.oldRS.atMinimum',
      text: `Old ReplicaSets must wait: only ${available} pods are available and at least ${minAvailable} must stay available.`,
      arithmetic: [...context, `available ${available} ≤ minAvailable ${minAvailable}`],
      params: { available, minAvailable },
      waitingFor: 'more new pods to become available',
      category: 'wait',
    });
    return 0;
  }
  const oldRSs = [...oldRSs0].sort(replicaSetsByCreationTimestamp);
  const budget = available - minAvailable;
  let removed = 0;
  for (const rs of oldRSs) {
    if (removed >= budget) break;
    const spec = replicasOf(rs);
    if (spec === 0) continue;
    const count = Math.min(spec, budget - removed);
    scaleReplicaSetAndRecordEvent(dc, rs, spec - count, d);
    removed += count;
    dc.decide(d, {
      func: 'scaleDownOldReplicaSetsForRollingUpdate',
      rule: 'rolling.oldRS.scaleDown',
      text: `${available} pods are available and ${minAvailable} must stay available, so old ReplicaSet ${name(rs)} shrinks from ${spec} to ${spec - count}.`,
      arithmetic: [
        ...context,
        `budget = ${available} available − ${minAvailable} minimum = ${budget}`,
        `${name(rs)}: ${spec} − min(${spec}, ${budget - removed + count}) = ${spec - count}`,
      ],
      params: { rs: name(rs), from: spec, to: spec - count, available, minAvailable },
      waitingFor: 'the new ReplicaSet to grow into the freed room',
      category: 'scale',
    });
  }
  return removed;
}
