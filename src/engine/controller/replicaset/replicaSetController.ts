// Mirrors pkg/controller/replicaset/replica_set.go: syncReplicaSet → claim pods → manageReplicas (create in
// slow-start batches, delete by rank) → calculateStatus → requeue after minReadySeconds when needed.
import type { OwnerReference, Pod, ReplicaSet } from '../../api/types';
import { labelSelectorMatches as matchesSelector } from '../../api/labels';
import { getControllerOf } from '../../api/meta';
import { keyOf } from '../../store/store';

import type { SimContext } from '../../sim/context';
import { isPodActive, isPodAvailable, isPodReady } from '../deployment/util/podUtil';
import { getPodsToDelete } from './podRanking';
import { slowStartBatch } from './slowStart';

/** What every pod created from one ReplicaSet template has in common (deep-frozen, shared by those pods). */
interface PodParts {
  uid: string;
  generateName: string;
  labels: Record<string, string>;
  annotations: Record<string, string> | undefined;
  ownerReferences: OwnerReference[];
  spec: Pod['spec'];
}

/** Pod parts by template object (a ReplicaSet's status writes keep its spec, so the cache holds). */
const PARTS = new WeakMap<object, PodParts>();

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** The template's labels, annotations and spec copied once, plus the controllerRef to `rs`. */
function podParts(rs: ReplicaSet): PodParts {
  const t = rs.spec.template;
  const hit = PARTS.get(t);
  if (hit && hit.uid === rs.metadata.uid && hit.generateName === `${rs.metadata.name}-`) return hit;
  const parts: PodParts = deepFreeze({
    uid: rs.metadata.uid!,
    generateName: `${rs.metadata.name}-`,
    labels: { ...(t.metadata?.labels ?? {}) },
    annotations: t.metadata?.annotations ? { ...t.metadata.annotations } : undefined,
    ownerReferences: [
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: rs.metadata.name,
        uid: rs.metadata.uid!,
        controller: true,
        blockOwnerDeletion: true,
      },
    ],
    spec: JSON.parse(JSON.stringify(t.spec)) as Pod['spec'],
  });
  PARTS.set(t, parts);
  return parts;
}

/** burstReplicas: at most this many creates or deletes per sync. */
export const BURST_REPLICAS = 500;
const SOURCE = { component: 'replicaset-controller' };

/** The ReplicaSet controller. */
export class ReplicaSetController {
  constructor(private readonly ctx: SimContext) {}

  /** syncReplicaSet: one reconcile of the ReplicaSet stored under `key`. */
  syncReplicaSet(key: string): void {
    const rs = this.ctx.store.get('ReplicaSet', key);
    if (!rs) return;
    this.claimPods(rs);
    if (!rs.metadata.deletionTimestamp) this.manageReplicas(rs);
    this.updateStatus(rs);
  }

  /** Pods whose labels changed this instant: their owners re-check that they still match (set by the cluster). */
  readonly relabeled = new Set<string>();

  /**
   * claimPods (ClaimPods in controller_ref_manager.go): adopt orphans in the namespace whose labels match the
   * selector; release owned pods that no longer match. Only orphans and relabeled pods can change ownership,
   * so only they are looked at (the store indexes both).
   */
  private claimPods(rs: ReplicaSet): void {
    const uid = rs.metadata.uid!;
    if (this.relabeled.size > 0) {
      for (const p of this.ctx.store.podsOwnedBy(uid)) {
        if (!this.relabeled.has(keyOf(p)) || p.metadata.deletionTimestamp) continue;
        if (matchesSelector(rs.spec.selector, p.metadata.labels ?? {})) continue;
        const refs = (p.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
        this.ctx.write.update({ ...p, metadata: { ...p.metadata, ownerReferences: refs } });
      }
    }
    if (rs.metadata.deletionTimestamp) return;
    for (const p of this.ctx.store.podsOwnedBy('')) {
      if (p.metadata.namespace !== rs.metadata.namespace || p.metadata.deletionTimestamp) continue;
      if (p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
      if (!matchesSelector(rs.spec.selector, p.metadata.labels ?? {})) continue;
      const ref = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: rs.metadata.name,
        uid,
        controller: true,
        blockOwnerDeletion: true,
      };
      this.ctx.write.update({
        ...p,
        metadata: { ...p.metadata, ownerReferences: [...(p.metadata.ownerReferences ?? []), ref] },
      });
      this.ctx.decisions.add({
        actor: 'replicaset-controller',
        func: 'claimPods',
        rule: 'rs.adopt',
        object: `ReplicaSet/${rs.metadata.name}`,
        text: `Pod ${p.metadata.name} has no owner and its labels match the selector of ReplicaSet ${rs.metadata.name}, so the ReplicaSet adopts it (and counts it).`,
        category: 'pod',
      });
    }
  }

  /** manageReplicas: create or delete pods so that the active count matches spec.replicas. */
  private manageReplicas(rs: ReplicaSet): void {
    const want = rs.spec.replicas ?? 1;
    const have = this.ctx.store.podCounts(rs.metadata.uid!).active;
    const diff = have - want;
    if (diff < 0) {
      const count = Math.min(-diff, BURST_REPLICAS);
      const created: string[] = [];
      slowStartBatch(count, 1, () => {
        created.push(this.createPod(rs).metadata.name);
        return true;
      });
      this.ctx.decisions.add({
        actor: 'replicaset-controller',
        func: 'manageReplicas',
        rule: 'rs.create',
        object: `ReplicaSet/${rs.metadata.name}`,
        text: `ReplicaSet ${rs.metadata.name} wants ${want} pods and has ${have}: it creates ${count}.`,
        arithmetic: [
          `diff = ${have} active − ${want} desired = ${diff}`,
          `create min(${-diff}, burstReplicas ${BURST_REPLICAS}) = ${count}`,
        ],
        params: { want, have: have, count },
        category: 'create',
      });
    } else if (diff > 0) {
      const count = Math.min(diff, BURST_REPLICAS);
      const active = this.ctx.store.podsOwnedBy(rs.metadata.uid!).filter(isPodActive);
      const victims = getPodsToDelete(active, this.relatedPodsPerNode(rs), count, this.ctx.now());
      for (const p of victims) {
        this.ctx.write.delete(p);
        this.ctx.events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE);
      }
      this.ctx.decisions.add({
        actor: 'replicaset-controller',
        func: 'manageReplicas',
        rule: 'rs.delete',
        object: `ReplicaSet/${rs.metadata.name}`,
        text:
          count === active.length
            ? `ReplicaSet ${rs.metadata.name} wants ${want} pods and has ${active.length}: it deletes all of them.`
            : `ReplicaSet ${rs.metadata.name} wants ${want} pods and has ${active.length}: it deletes ${count}, choosing unscheduled, pending and not-ready pods first, then the most recently ready.`,
        arithmetic: [`diff = ${active.length} active − ${want} desired = ${diff}`],
        params: { want, have: active.length, count, pods: victims.map((p) => p.metadata.name).join(',') },
        category: 'delete',
      });
    }
  }

  /**
   * How many active pods of every ReplicaSet that shares this RS's controller (the related pods of the
   * co-location rank) each node has, from the store's running counts instead of a pass over those pods.
   */
  private relatedPodsPerNode(rs: ReplicaSet): ReadonlyMap<string, number> {
    const owner = getControllerOf(rs);
    if (!owner) return this.ctx.store.activePodsPerNode(rs.metadata.uid!);
    const out = new Map<string, number>();
    for (const other of this.ctx.store.list('ReplicaSet', rs.metadata.namespace)) {
      if (getControllerOf(other)?.uid !== owner.uid) continue;
      for (const [node, n] of this.ctx.store.activePodsPerNode(other.metadata.uid!))
        out.set(node, (out.get(node) ?? 0) + n);
    }
    return out;
  }

  /** A pod from the RS template (controller.GetPodFromTemplate): generateName `<rs>-`, controllerRef. */
  private createPod(rs: ReplicaSet): Pod {
    const parts = podParts(rs);
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: '',
        generateName: parts.generateName,
        namespace: rs.metadata.namespace ?? 'default',
        labels: parts.labels,
        ...(parts.annotations ? { annotations: parts.annotations } : {}),
        ownerReferences: parts.ownerReferences,
        // Stamped by the API server; named here so the stored metadata is one complete object literal.
        uid: '',
        resourceVersion: '',
        creationTimestamp: '',
      },
      spec: parts.spec,
      status: { phase: 'Pending', qosClass: 'BestEffort' },
    };
    // The pod shares its template-derived parts (frozen) with its siblings: stored objects are immutable.
    const created = this.ctx.write.create(pod, true);
    this.ctx.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
    return created;
  }

  /** calculateStatus + updateReplicaSetStatus (+ the minReadySeconds requeue). */
  private updateStatus(rs0: ReplicaSet): void {
    const rs = this.ctx.store.get('ReplicaSet', keyOf(rs0));
    if (!rs) return;
    const now = this.ctx.now();
    const minReady = rs.spec.minReadySeconds ?? 0;
    // The store keeps per-owner counts as pods change, so a status update costs O(1) — except for
    // availability with minReadySeconds > 0, which depends on how long each pod has been ready.
    const c = this.ctx.store.podCounts(rs.metadata.uid!);
    let available = c.ready;
    if (minReady > 0) {
      available = 0;
      for (const p of this.ctx.store.podsOwnedBy(rs.metadata.uid!)) {
        if (isPodActive(p) && isPodReady(p) && isPodAvailable(p, minReady, now)) available++;
      }
    }
    const s = rs.status;
    const status = {
      ...s,
      replicas: c.active,
      fullyLabeledReplicas: c.fullyLabeled,
      readyReplicas: c.ready,
      availableReplicas: available,
      terminatingReplicas: c.terminating,
      observedGeneration: rs.metadata.generation ?? 1,
    };
    const changed =
      s.replicas !== status.replicas ||
      s.fullyLabeledReplicas !== status.fullyLabeledReplicas ||
      s.readyReplicas !== status.readyReplicas ||
      s.availableReplicas !== available ||
      s.terminatingReplicas !== status.terminatingReplicas ||
      s.observedGeneration !== status.observedGeneration;
    if (changed) this.ctx.write.updateStatus({ ...rs, status });
    // All ready but not all available yet: look again when minReadySeconds have passed.
    if (minReady > 0 && c.ready === c.active && available !== c.active) {
      this.ctx.schedule(now + minReady * 1000, { type: 'enqueue', controller: 'replicaset', key: keyOf(rs) });
    }
  }
}
