// Mirrors pkg/controller/deployment/deployment_controller.go: the syncDeployment dispatcher (deleted → paused →
// rollback → scaling event → strategy) and ReplicaSet claiming; the strategies live in sync/rolling/recreate.ts.
import type { Deployment, Pod, ReplicaSet } from '../../api/types';
import { deepClone } from '../../api/clone';
import { labelSelectorMatches } from '../../api/labels';
import { keyOf } from '../../store/store';
import type { SimContext } from '../../sim/context';
import type { Decision } from '../../sim/decisions';
import { checkPausedConditions, isScalingEvent, sync, syncStatusOnly } from './sync';
import { rolloutRolling } from './rolling';
import { rolloutRecreate } from './recreate';
import { getRollbackTo, rollback } from './rollback';

const SOURCE = { component: 'deployment-controller' };

/** The Deployment controller: what its sync functions share (like upstream's *DeploymentController). */
export class DeploymentController {
  constructor(readonly ctx: SimContext) {}

  now(): number {
    return this.ctx.now();
  }

  /** Record an event on the Deployment (source deployment-controller). */
  event(d: Deployment, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.events.record(d, type, reason, message, SOURCE);
  }

  /** Record a decision about the Deployment. */
  decide(d: Deployment, decision: Omit<Decision, 'seq' | 'at' | 'actor' | 'object'>): void {
    this.ctx.decisions.add({
      actor: 'deployment-controller',
      object: `Deployment/${d.metadata.name}`,
      ...decision,
    });
  }

  /** Write the Deployment's status (and annotations, as the /status subresource allows); returns the stored object. */
  updateStatus(d: Deployment): Deployment {
    return this.ctx.write.updateStatus(d);
  }

  /** Re-sync the Deployment at a later instant (workqueue AddAfter). */
  enqueueAfter(d: Deployment, ms: number): void {
    this.ctx.schedule(this.ctx.now() + ms, { type: 'enqueue', controller: 'deployment', key: keyOf(d) });
  }

  /** syncDeployment: one reconcile of the Deployment stored under `key`. */
  syncDeployment(key: string): void {
    const stored = this.ctx.store.get('Deployment', key);
    if (!stored) return;
    const d = deepClone(stored);
    const sel = d.spec.selector;
    if (sel && Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0) {
      this.event(
        d,
        'Warning',
        'SelectingAll',
        'This deployment is selecting all pods. A non-empty selector is required.',
      );
      if ((d.status.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
        d.status.observedGeneration = d.metadata.generation;
        this.updateStatus(d);
      }
      return;
    }
    const rsList = this.getReplicaSetsForDeployment(d);
    if (d.metadata.deletionTimestamp) {
      syncStatusOnly(this, d, rsList);
      return;
    }
    checkPausedConditions(this, d);
    if (d.spec.paused) {
      sync(this, d, rsList);
      return;
    }
    if (getRollbackTo(d) !== undefined) {
      rollback(this, d, rsList);
      return;
    }
    if (isScalingEvent(this, d, rsList)) {
      sync(this, d, rsList);
      return;
    }
    if (d.spec.strategy?.type === 'Recreate')
      rolloutRecreate(this, d, rsList, this.getPodMapForDeployment(d, rsList));
    else rolloutRolling(this, d, rsList);
  }

  /**
   * getReplicaSetsForDeployment: the RSs this Deployment controls; orphans whose labels match its selector are
   * adopted, owned RSs that no longer match are released.
   */
  getReplicaSetsForDeployment(d: Deployment): ReplicaSet[] {
    const out: ReplicaSet[] = [];
    for (const rs of this.ctx.store.list('ReplicaSet', d.metadata.namespace)) {
      const ref = rs.metadata.ownerReferences?.find((r) => r.controller);
      const matches = labelSelectorMatches(d.spec.selector, rs.metadata.labels ?? {});
      if (ref?.uid === d.metadata.uid) {
        if (matches) out.push(rs);
        else {
          const refs = (rs.metadata.ownerReferences ?? []).filter((r) => r.uid !== d.metadata.uid);
          this.ctx.write.update({ ...rs, metadata: { ...rs.metadata, ownerReferences: refs } });
        }
      } else if (!ref && matches && !d.metadata.deletionTimestamp && !rs.metadata.deletionTimestamp) {
        const owner = {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: d.metadata.name,
          uid: d.metadata.uid!,
          controller: true,
          blockOwnerDeletion: true,
        };
        out.push(
          this.ctx.write.update({
            ...rs,
            metadata: { ...rs.metadata, ownerReferences: [...(rs.metadata.ownerReferences ?? []), owner] },
          }),
        );
      }
    }
    return out;
  }

  /** getPodMapForDeployment: RS uid → its pods (terminal and terminating ones included). */
  getPodMapForDeployment(_d: Deployment, rsList: ReplicaSet[]): Map<string, Pod[]> {
    const map = new Map<string, Pod[]>();
    for (const rs of rsList) map.set(rs.metadata.uid!, this.ctx.store.podsOwnedBy(rs.metadata.uid!));
    return map;
  }
}
