// Mirrors getAllReplicaSetsAndSyncRevision / getNewReplicaSet of pkg/controller/deployment/sync.go: find the
// new RS (template equal ignoring the hash), sync its revision, or create it already sized to its first step.
import type { Deployment, ReplicaSet } from '../../api/types';
import { deepClone } from '../../api/clone';
import { computeHash } from '../../api/hash';
import type { DeploymentController } from './deploymentController';
import {
  DefaultDeploymentUniqueLabelKey,
  equalIgnoreHash,
  RevisionAnnotation,
  findNewStoredReplicaSet,
  findOldReplicaSets,
  getDeploymentCondition,
  hasProgressDeadline,
  maxRevision,
  maxSurge,
  newDeploymentCondition,
  newRSNewReplicas,
  setDeploymentCondition,
  setDeploymentRevision,
  setNewReplicaSetAnnotations,
} from './util';

/** revision-history never grows beyond this many characters (older entries are dropped first). */
const MAX_REV_HISTORY_LENGTH_IN_CHARS = 2000;

/** getAllReplicaSetsAndSyncRevision: the new RS (maybe created) and all old RSs. */
export function getAllReplicaSetsAndSyncRevision(
  dc: DeploymentController,
  d: Deployment,
  rsList: ReplicaSet[],
  createIfNotExisted: boolean,
): { newRS: ReplicaSet | undefined; oldRSs: ReplicaSet[] } {
  const { allOldRSs } = findOldReplicaSets(d, rsList);
  const newRS = getNewReplicaSet(dc, d, rsList, allOldRSs, createIfNotExisted);
  return { newRS, oldRSs: allOldRSs };
}

function getNewReplicaSet(
  dc: DeploymentController,
  d: Deployment,
  rsList: ReplicaSet[],
  oldRSs: ReplicaSet[],
  create: boolean,
): ReplicaSet | undefined {
  const existing = findNewStoredReplicaSet(d, rsList);
  const maxOldRevision = maxRevision(oldRSs);
  const newRevision = String(maxOldRevision + 1);

  if (existing) {
    const rsCopy = deepClone(existing);
    const before = rsCopy.metadata.annotations?.[RevisionAnnotation];
    const annotationsUpdated = setNewReplicaSetAnnotations(
      d,
      rsCopy,
      newRevision,
      true,
      MAX_REV_HISTORY_LENGTH_IN_CHARS,
    );
    const minReadyNeedsUpdate = (rsCopy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0);
    if (annotationsUpdated || minReadyNeedsUpdate) {
      rsCopy.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
      const after = rsCopy.metadata.annotations?.[RevisionAnnotation];
      if (before !== after) {
        dc.decide(d, {
          func: 'getNewReplicaSet',
          rule: 'revision.reuse',
          text: `The template matches the existing ReplicaSet ${rsCopy.metadata.name}, so it becomes the new ReplicaSet again: its revision goes from ${before} to ${after} (the highest old revision ${maxOldRevision} + 1).`,
          arithmetic: [`newRevision = max old revision ${maxOldRevision} + 1 = ${newRevision}`],
          params: { rs: rsCopy.metadata.name, from: before ?? '', to: after ?? '' },
          category: 'revision',
        });
      }
      return dc.ctx.write.update(rsCopy);
    }
    // Use the revision the RS already has; the Deployment mirrors it.
    let needsUpdate = setDeploymentRevision(d, rsCopy.metadata.annotations?.[RevisionAnnotation] ?? '');
    if (hasProgressDeadline(d) && !getDeploymentCondition(d.status, 'Progressing')) {
      setDeploymentCondition(
        d.status,
        newDeploymentCondition(
          'Progressing',
          'True',
          'FoundNewReplicaSet',
          `Found new replica set "${rsCopy.metadata.name}"`,
          dc.now(),
        ),
      );
      needsUpdate = true;
    }
    if (needsUpdate) dc.updateStatus(d);
    return rsCopy;
  }
  if (!create) return undefined;

  const template = deepClone(d.spec.template);
  const hash = computeHash(template, d.status.collisionCount);
  template.metadata = {
    ...(template.metadata ?? {}),
    labels: { ...(template.metadata?.labels ?? {}), [DefaultDeploymentUniqueLabelKey]: hash },
  };
  const selector = deepClone(d.spec.selector);
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [DefaultDeploymentUniqueLabelKey]: hash };
  const newRS: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: d.metadata.name,
          uid: d.metadata.uid!,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      labels: { ...(template.metadata.labels ?? {}) },
    },
    spec: { replicas: 0, minReadySeconds: d.spec.minReadySeconds ?? 0, selector, template },
    status: { replicas: 0 },
  };
  const allRSs = [...oldRSs, newRS];
  const sized = newRSNewReplicas(d, allRSs, newRS);
  const newReplicasCount = sized.value ?? 0;
  newRS.spec.replicas = newReplicasCount;
  setNewReplicaSetAnnotations(d, newRS, newRevision, false, MAX_REV_HISTORY_LENGTH_IN_CHARS);

  const clash = dc.ctx.store.get('ReplicaSet', `${d.metadata.namespace}/${newRS.metadata.name}`);
  let created: ReplicaSet;
  if (clash) {
    // AlreadyExists: ours if we own it and the template matches; otherwise a hash collision.
    const ref = clash.metadata.ownerReferences?.find((r) => r.controller);
    if (ref?.uid === d.metadata.uid && equalIgnoreHash(d.spec.template, clash.spec.template)) {
      created = clash;
    } else {
      d.status.collisionCount = (d.status.collisionCount ?? 0) + 1;
      dc.updateStatus(d);
      dc.decide(d, {
        func: 'getNewReplicaSet',
        rule: 'revision.collision',
        text: `A ReplicaSet named ${newRS.metadata.name} already exists with another template (a hash collision): collisionCount becomes ${d.status.collisionCount} and the next sync uses a new hash.`,
        category: 'create',
      });
      dc.enqueueAfter(d, 5);
      return undefined;
    }
  } else {
    created = dc.ctx.write.create(newRS);
    if (newReplicasCount > 0)
      dc.event(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${created.metadata.name} from 0 to ${newReplicasCount}`,
      );
    dc.decide(d, {
      func: 'getNewReplicaSet',
      rule: 'rs.createNew',
      text: `The pod template changed, so a new ReplicaSet ${created.metadata.name} (revision ${newRevision}) is created with ${newReplicasCount} replica${newReplicasCount === 1 ? '' : 's'}.`,
      arithmetic: newRSArithmetic(d, oldRSs, newReplicasCount),
      params: { rs: created.metadata.name, revision: newRevision, replicas: newReplicasCount },
      category: 'create',
    });
  }
  let needsUpdate = setDeploymentRevision(d, newRevision);
  if (!clash && hasProgressDeadline(d)) {
    setDeploymentCondition(
      d.status,
      newDeploymentCondition(
        'Progressing',
        'True',
        'NewReplicaSetCreated',
        `Created new replica set "${created.metadata.name}"`,
        dc.now(),
      ),
    );
    needsUpdate = true;
  }
  if (needsUpdate) dc.updateStatus(d);
  return created;
}

/** The worked numbers behind the new RS's first size (NewRSNewReplicas with the RS at 0). */
function newRSArithmetic(d: Deployment, oldRSs: ReplicaSet[], result: number): string[] {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type === 'Recreate')
    return [`Recreate: the new ReplicaSet starts at spec.replicas = ${replicas}`];
  const surge = maxSurge(d);
  const current = oldRSs.reduce((s, rs) => s + (rs.spec.replicas ?? 0), 0);
  const lines = [
    `maxSurge = ${String(d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%')} of ${replicas} → ${surge}; at most ${replicas + surge} pods`,
    `existing ReplicaSets hold ${current}`,
  ];
  lines.push(
    current >= replicas + surge
      ? `no room: the new ReplicaSet starts at 0`
      : `new = min(${replicas + surge} − ${current}, ${replicas} − 0) = ${result}`,
  );
  return lines;
}
