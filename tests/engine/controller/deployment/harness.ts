// Test harness for the Deployment controller (unit style): a real Cluster whose store is seeded with vector
// fixtures; a test calls one controller function and reads back only that function's own writes and events.
import type { Event, KubeObject, ReplicaSet } from '../../../../src/engine/api/types';
import { deepClone } from '../../../../src/engine/api/clone';
import { Cluster } from '../../../../src/engine/sim/cluster';
import type { WatchEvent } from '../../../../src/engine/store/store';
import type { TimingMode } from '../../../../src/engine/sim/timing';

/** The conformance traces' timing: every pullable pod is Ready exactly 5 s after creation, deletions are instant. */
export const FIXED_5S: TimingMode = { kind: 'fixed', readyDelayMs: 5000 };

/** A fresh cluster (3 nodes, seed 1). */
export function newCluster(timing: TimingMode = FIXED_5S): Cluster {
  return new Cluster({ seed: 1, timing });
}

// ---------------------------------------------------------------------------------------------------
// Unit style: seed fixtures straight into the store, observe only the function's own writes.

/**
 * Put fixture objects into the store exactly as given (names, uids, creation timestamps, annotations, statuses).
 * Informer handlers enqueue work, but nothing runs until `settle()`, which unit-style tests never call.
 */
export function seed(cluster: Cluster, ...objs: KubeObject[]): void {
  for (const o of objs) {
    const copy = deepClone(o);
    copy.metadata.resourceVersion = cluster.store.nextResourceVersion();
    cluster.store.put(copy);
  }
}

/** A cursor on the watch log: `since()` returns the writes made after the cursor was taken. */
export function watchFrom(cluster: Cluster): { since: () => WatchEvent[] } {
  const mark = cluster.store.watchLog.length;
  return { since: () => cluster.store.watchLog.slice(mark) };
}

/** Compact description of API writes: `update ReplicaSet foo-v1 → 8`, `delete ReplicaSet foo-1`, `status Deployment foo`. */
export function describeWrites(writes: WatchEvent[]): string[] {
  return writes.map((w) => {
    if (w.type === 'DELETED') return `delete ${w.kind} ${w.object.metadata.name}`;
    if (w.type === 'ADDED') return `create ${w.kind} ${w.object.metadata.name}`;
    if (w.kind === 'ReplicaSet')
      return `update ReplicaSet ${w.object.metadata.name} → ${(w.object as ReplicaSet).spec.replicas}`;
    return `update ${w.kind} ${w.object.metadata.name}`;
  });
}

/** spec.replicas of a stored ReplicaSet (undefined when it does not exist). */
export function rsSize(cluster: Cluster, name: string, namespace = 'default'): number | undefined {
  return cluster.store.get('ReplicaSet', `${namespace}/${name}`)?.spec.replicas;
}

// ---------------------------------------------------------------------------------------------------
// Events

/** One recorded event occurrence (an aggregated repeat counts as a new occurrence). */
export interface SeenEvent {
  at: number;
  type: string;
  reason: string;
  message: string;
  kind: string;
  name: string;
}

/** Record every event occurrence from now on (the store's Event writes, ADDED or count++). */
export function recordEvents(cluster: Cluster): SeenEvent[] {
  const seen: SeenEvent[] = [];
  cluster.store.listen((type, obj) => {
    if (obj.kind !== 'Event' || type === 'DELETED') return;
    const e = obj as Event;
    seen.push({
      at: cluster.now(),
      type: e.type ?? '',
      reason: e.reason ?? '',
      message: e.message ?? '',
      kind: e.involvedObject.kind ?? '',
      name: e.involvedObject.name ?? '',
    });
  });
  return seen;
}

/** The Deployment controller's ScalingReplicaSet messages among recorded events. */
export function scalingMessages(events: SeenEvent[]): string[] {
  return events.filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
}
