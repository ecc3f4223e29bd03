// The API server's storage analogue: objects by kind and namespace/name, resourceVersion, an owner index and
// a watch log. Objects are immutable once stored; maps are copy-on-write so a snapshot costs O(kinds).
import type { Kind, KubeObject, ObjectOfKind } from '../api/types';

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One entry of the watch log (what an informer or `kubectl get -w` would receive). */
export interface WatchEvent {
  type: WatchType;
  kind: Kind;
  key: string;
  /** The object after the change (for DELETED: the last state). */
  object: KubeObject;
  /** Simulated ms at which the change happened. */
  at: number;
}

/** Called synchronously after every write (the informer handlers). */
export type StoreListener = (type: WatchType, obj: KubeObject, old: KubeObject | undefined) => void;

export const KINDS: readonly Kind[] = ['Deployment', 'ReplicaSet', 'Pod', 'Node', 'Event'];

/** `namespace/name`, or just `name` for cluster-scoped objects. */
export function keyOf(obj: { metadata: { namespace?: string; name: string } }): string {
  return obj.metadata.namespace ? `${obj.metadata.namespace}/${obj.metadata.name}` : obj.metadata.name;
}

/** The store's complete contents at one instant: what a snapshot keeps. */
export interface StoreSnapshot {
  maps: Record<Kind, Map<string, KubeObject>>;
  resourceVersion: number;
  uidSeq: number;
  watchLength: number;
}

/** Objects of every kind, with resourceVersion bookkeeping and a watch log. */
export class ObjectStore {
  private maps: Record<Kind, Map<string, KubeObject>>;
  private shared = new Set<Kind>();
  /** owner uid ('' = no controller) → keys of pods it controls (rebuilt on restore; not in snapshots). */
  private podsByOwner = new Map<string, Set<string>>();
  /** node name ('' = not scheduled yet) → keys of its pods (rebuilt on restore). */
  private podsByNode = new Map<string, Set<string>>();
  private listeners: StoreListener[] = [];
  resourceVersion = 0;
  uidSeq = 0;
  /** Append-only log of changes; truncated on restore. */
  readonly watchLog: WatchEvent[] = [];
  /** Simulated time stamped on watch events; set by the cluster. */
  now = 0;

  constructor() {
    this.maps = {
      Deployment: new Map(),
      ReplicaSet: new Map(),
      Pod: new Map(),
      Node: new Map(),
      Event: new Map(),
    };
  }

  /** Subscribe to writes (controllers' informer handlers). */
  listen(fn: StoreListener): void {
    this.listeners.push(fn);
  }

  /** Next resourceVersion as a decimal string. */
  nextResourceVersion(): string {
    this.resourceVersion += 1;
    return String(this.resourceVersion);
  }

  /** A new unique, deterministic UID (UUID-shaped). */
  nextUid(): string {
    this.uidSeq += 1;
    const hex = this.uidSeq.toString(16).padStart(12, '0');
    return `5e1f0c2a-7b3d-4c8e-9a6f-${hex}`;
  }

  get<K extends Kind>(kind: K, key: string): ObjectOfKind<K> | undefined {
    return this.maps[kind].get(key) as ObjectOfKind<K> | undefined;
  }

  /** All objects of a kind (insertion order), optionally in one namespace. */
  list<K extends Kind>(kind: K, namespace?: string): ObjectOfKind<K>[] {
    const out: ObjectOfKind<K>[] = [];
    for (const obj of this.maps[kind].values()) {
      if (namespace === undefined || obj.metadata.namespace === namespace) out.push(obj as ObjectOfKind<K>);
    }
    return out;
  }

  count(kind: Kind): number {
    return this.maps[kind].size;
  }

  /** Pods whose controllerRef points at the owner uid ('' = pods without a controller), O(owned pods). */
  podsOwnedBy(uid: string): ObjectOfKind<'Pod'>[] {
    return this.podsIn(this.podsByOwner.get(uid));
  }

  /** Pods bound to a node ('' = not scheduled yet). */
  podsOnNode(node: string): ObjectOfKind<'Pod'>[] {
    return this.podsIn(this.podsByNode.get(node));
  }

  /** Number of pods bound to a node (O(1)). */
  podCountOnNode(node: string): number {
    return this.podsByNode.get(node)?.size ?? 0;
  }

  private podsIn(keys: Set<string> | undefined): ObjectOfKind<'Pod'>[] {
    if (!keys) return [];
    const out: ObjectOfKind<'Pod'>[] = [];
    for (const k of keys) {
      const p = this.maps.Pod.get(k);
      if (p) out.push(p as ObjectOfKind<'Pod'>);
    }
    return out;
  }

  private writable(kind: Kind): Map<string, KubeObject> {
    if (this.shared.has(kind)) {
      this.maps[kind] = new Map(this.maps[kind]);
      this.shared.delete(kind);
    }
    return this.maps[kind];
  }

  /** Store an object (already validated and stamped by the API server layer) and notify listeners. */
  put(obj: KubeObject): void {
    const key = keyOf(obj);
    const map = this.writable(obj.kind);
    const old = map.get(key);
    map.set(key, obj);
    if (obj.kind === 'Pod') this.indexPod(key, old as ObjectOfKind<'Pod'> | undefined, obj);
    const type: WatchType = old ? 'MODIFIED' : 'ADDED';
    if (obj.kind !== 'Event') this.watchLog.push({ type, kind: obj.kind, key, object: obj, at: this.now });
    for (const l of this.listeners) l(type, obj, old);
  }

  /** Remove an object for good and notify listeners. */
  remove(kind: Kind, key: string): KubeObject | undefined {
    const map = this.writable(kind);
    const old = map.get(key);
    if (!old) return undefined;
    map.delete(key);
    if (old.kind === 'Pod') this.indexPod(key, old, undefined);
    if (kind !== 'Event') this.watchLog.push({ type: 'DELETED', kind, key, object: old, at: this.now });
    for (const l of this.listeners) l('DELETED', old, old);
    return old;
  }

  private indexPod(
    key: string,
    old: ObjectOfKind<'Pod'> | undefined,
    now: ObjectOfKind<'Pod'> | undefined,
  ): void {
    const owner = (p: ObjectOfKind<'Pod'> | undefined) =>
      p ? (p.metadata.ownerReferences?.find((r) => r.controller)?.uid ?? '') : undefined;
    reindex(this.podsByOwner, key, owner(old), owner(now));
    reindex(
      this.podsByNode,
      key,
      old ? (old.spec.nodeName ?? '') : undefined,
      now ? (now.spec.nodeName ?? '') : undefined,
    );
  }

  /** Freeze the current contents: later writes copy the affected map first (copy-on-write). */
  snapshot(): StoreSnapshot {
    for (const k of KINDS) this.shared.add(k);
    return {
      maps: { ...this.maps },
      resourceVersion: this.resourceVersion,
      uidSeq: this.uidSeq,
      watchLength: this.watchLog.length,
    };
  }

  /** Return to a snapshot taken earlier from this store (the watch log is truncated to that point). */
  restore(s: StoreSnapshot): void {
    this.maps = { ...s.maps };
    for (const k of KINDS) this.shared.add(k);
    this.resourceVersion = s.resourceVersion;
    this.uidSeq = s.uidSeq;
    this.watchLog.length = s.watchLength;
    this.podsByOwner.clear();
    this.podsByNode.clear();
    for (const [key, p] of this.maps.Pod) this.indexPod(key, undefined, p as ObjectOfKind<'Pod'>);
  }
}

/** Move `key` from one index bucket to another (undefined = not present). */
function reindex(
  index: Map<string, Set<string>>,
  key: string,
  from: string | undefined,
  to: string | undefined,
): void {
  if (from === to) return;
  if (from !== undefined) index.get(from)?.delete(key);
  if (to !== undefined) {
    let set = index.get(to);
    if (!set) index.set(to, (set = new Set()));
    set.add(key);
  }
}
