// Mirrors pkg/controller/garbagecollector in its background-propagation form: when an owner is gone, every
// object whose ownerReferences name it is deleted too (pods gracefully), so deleting a Deployment removes its
// ReplicaSets and, through them, its pods.
import type { KubeObject } from '../../api/types';
import type { SimContext } from '../../sim/context';

/** The garbage collector. */
export class GarbageCollector {
  constructor(private readonly ctx: SimContext) {}

  /** `ownerUid` was deleted: delete its dependents (whose owners are now all gone). */
  collect(ownerUid: string): void {
    if (!ownerUid) return;
    const dependents: KubeObject[] = [...this.ctx.store.podsOwnedBy(ownerUid)];
    for (const rs of this.ctx.store.list('ReplicaSet')) {
      if (rs.metadata.ownerReferences?.some((r) => r.uid === ownerUid)) dependents.push(rs);
    }
    for (const obj of dependents) {
      if (obj.metadata.deletionTimestamp) continue;
      const alive = (obj.metadata.ownerReferences ?? []).some(
        (r) => r.uid !== ownerUid && this.ownerExists(r.uid),
      );
      if (alive) continue;
      this.ctx.write.delete(obj);
      this.ctx.decisions.add({
        actor: 'garbage-collector',
        func: 'attemptToDeleteItem',
        rule: 'gc.delete',
        object: `${obj.kind}/${obj.metadata.name}`,
        text: `${obj.kind} ${obj.metadata.name} is deleted because its owner is gone (background cascading deletion).`,
        category: 'delete',
      });
    }
  }

  private ownerExists(uid: string): boolean {
    for (const kind of ['Deployment', 'ReplicaSet'] as const) {
      if (this.ctx.store.list(kind).some((o) => o.metadata.uid === uid)) return true;
    }
    return false;
  }
}
