// The API server's storage analogue: objects by kind and namespace/name, resourceVersion, an owner index and
// a watch log. Objects are immutable once stored; chunked copy-on-write maps make a snapshot cost O(chunks).
import type { Kind, KubeObject, ObjectOfKind, Pod } from '../api/types';
import { ChunkedMap, type ChunkedSnapshot } from './chunkedMap';
import { flat, hexNumber } from '../sim/strings';

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

/** How many pods an owner controls, by state (what a ReplicaSet's status counts). */
export interface PodCounts {
  /** not terminal, not being deleted */
  active: number;
  /** active and Ready */
  ready: number;
  /** being deleted, not terminal */
  terminating: number;
  /** active and carrying all of the owner ReplicaSet's template labels */
  fullyLabeled: number;
}

const NO_NODES: ReadonlyMap<string, number> = new Map();

/** The uid of a pod's controller ('' = none). */
function controllerUid(p: Pod): string {
  const refs = p.metadata.ownerReferences;
  if (refs) for (let i = 0; i < refs.length; i++) if (refs[i]!.controller) return refs[i]!.uid ?? '';
  return '';
}

/** Waiting for resources: not bound, not being deleted, found unschedulable (PodScheduled=False). */
function isWaiting(p: Pod | undefined): boolean {
  return (
    !!p &&
    !p.spec.nodeName &&
    !p.metadata.deletionTimestamp &&
    !!p.status.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False')
  );
}

/** Label keys by selector-labels object (template labels rarely change; their objects never do). */
const LABEL_KEYS = new WeakMap<Record<string, string>, string[]>();

/** Does `have` carry every label of `want`? */
function hasLabels(have: Record<string, string>, want: Record<string, string>): boolean {
  let keys = LABEL_KEYS.get(want);
  if (!keys) LABEL_KEYS.set(want, (keys = Object.keys(want)));
  for (let i = 0; i < keys.length; i++) if (have[keys[i]!] !== want[keys[i]!]) return false;
  return true;
}

const ZERO_COUNTS: PodCounts = Object.freeze({ active: 0, ready: 0, terminating: 0, fullyLabeled: 0 });

/** Called synchronously after every write (the informer handlers). */
export type StoreListener = (type: WatchType, obj: KubeObject, old: KubeObject | undefined) => void;

export const KINDS: readonly Kind[] = ['Deployment', 'ReplicaSet', 'Pod', 'Node', 'Event'];

/** Watch events kept for watchers (kubectl get -w, rollout status) before older ones are compacted. */
export const WATCH_WINDOW = 20_000;

/** `namespace/name`, or just `name` for cluster-scoped objects. */
export function keyOf(obj: { metadata: { namespace?: string; name: string } }): string {
  const ns = obj.metadata.namespace;
  return ns ? keyFor(ns, obj.metadata.name) : obj.metadata.name;
}

/** namespace → name → `namespace/name` (see keyFor). */
const KEYS = new Map<string, Map<string, string>>();
/** Names remembered per namespace before that namespace's cache starts afresh. */
const MAX_KEYS = 100_000;

/**
 * `${namespace}/${name}`, one shared flat string per object name. Objects keep their name string across
 * versions, so finding the key costs two lookups of already-hashed strings, and the store's maps are then
 * probed with a string whose hash is known (a fresh concatenation must be flattened and hashed every time).
 */
export function keyFor(namespace: string, name: string): string {
  let byName = KEYS.get(namespace);
  if (!byName) KEYS.set(namespace, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) {
    if (byName.size >= MAX_KEYS) byName.clear();
    key = flat(`${namespace}/${name}`);
    byName.set(name, key);
  }
  return key;
}

/** The store's complete contents at one instant: what a snapshot keeps. */
export interface StoreSnapshot {
  maps: Record<Kind, ChunkedSnapshot<KubeObject>>;
  resourceVersion: number;
  uidSeq: number;
  watchLength: number;
}

/** Objects of every kind, with resourceVersion bookkeeping and a watch log. */
export class ObjectStore {
  private maps: Record<Kind, ChunkedMap<KubeObject>>;
  /** owner uid ('' = no controller) → its pods by key (rebuilt on restore; not in snapshots). */
  private podsByOwner = new Map<string, Map<string, Pod>>();
  /** node name ('' = not scheduled yet) → keys of its pods (rebuilt on restore). */
  private podsByNode = new Map<string, Set<string>>();
  /** owner uid → node name ('' = not scheduled) → how many of its active pods are there (rebuilt on restore). */
  private activeOnNodes = new Map<string, Map<string, number>>();
  /** pods the scheduler found no node for (PodScheduled=False), waiting for resources to free up */
  private unschedulable = new Set<string>();
  private unschedulableSorted: string[] | undefined;
  private unschedulableVer = 0;
  /** owner uid → counts of its pods by state, kept as pods change (rebuilt on restore). */
  private counts = new Map<string, PodCounts>();
  /** ReplicaSet uid → its object, for the fully-labeled check (rebuilt on restore). */
  private rsByUid = new Map<string, ObjectOfKind<'ReplicaSet'>>();
  private listeners: StoreListener[] = [];
  private readonly versions: Record<Kind, number> = {
    Deployment: 0,
    ReplicaSet: 0,
    Pod: 0,
    Node: 0,
    Event: 0,
  };
  resourceVersion = 0;
  uidSeq = 0;
  /**
   * The most recent changes (like etcd's watch cache: older ones are compacted away once there are more than
   * WATCH_WINDOW × 2). `watchBase` is the absolute index of watchLog[0].
   */
  readonly watchLog: WatchEvent[] = [];
  watchBase = 0;
  /** Simulated time stamped on watch events; set by the cluster. */
  now = 0;

  constructor() {
    this.maps = {
      Deployment: new ChunkedMap(),
      ReplicaSet: new ChunkedMap(),
      Pod: new ChunkedMap(),
      Node: new ChunkedMap(),
      Event: new ChunkedMap(),
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
    return hexNumber('5e1f0c2a-7b3d-4c8e-9a6f-', this.uidSeq, 12);
  }

  get<K extends Kind>(kind: K, key: string): ObjectOfKind<K> | undefined {
    return this.maps[kind].get(key) as ObjectOfKind<K> | undefined;
  }

  /** All objects of a kind (insertion order), optionally in one namespace. */
  list<K extends Kind>(kind: K, namespace?: string): ObjectOfKind<K>[] {
    const out: ObjectOfKind<K>[] = [];
    this.maps[kind].forEachValue((obj) => {
      if (namespace === undefined || obj.metadata.namespace === namespace) out.push(obj as ObjectOfKind<K>);
    });
    return out;
  }

  /** Changes whenever an object of `kind` is written or removed (or a snapshot is restored). */
  version(kind: Kind): number {
    return this.versions[kind];
  }

  count(kind: Kind): number {
    return this.maps[kind].size;
  }

  /** Pods whose controllerRef points at the owner uid ('' = pods without a controller), O(owned pods). */
  podsOwnedBy(uid: string): Pod[] {
    const pods = this.podsByOwner.get(uid);
    return pods ? Array.from(pods.values()) : [];
  }

  /** Counts of the pods an owner controls (active, ready, terminating, fully labeled), O(1). */
  podCounts(uid: string): PodCounts {
    return this.counts.get(uid) ?? ZERO_COUNTS;
  }

  /** Keys of pods that could not be scheduled, sorted (they retry when resources free up). Do not modify. */
  unschedulablePods(): readonly string[] {
    if (!this.unschedulableSorted) this.unschedulableSorted = [...this.unschedulable].sort();
    return this.unschedulableSorted;
  }

  /** Changes whenever the set of unschedulable pods changes (also on restore). */
  get unschedulableVersion(): number {
    return this.unschedulableVer;
  }

  /** Pods bound to a node ('' = not scheduled yet). */
  podsOnNode(node: string): Pod[] {
    const out: Pod[] = [];
    for (const k of this.podsByNode.get(node) ?? []) {
      const p = this.maps.Pod.get(k);
      if (p) out.push(p as Pod);
    }
    return out;
  }

  /** Number of pods bound to a node (O(1)). */
  podCountOnNode(node: string): number {
    return this.podsByNode.get(node)?.size ?? 0;
  }

  /**
   * The live set of keys of the pods bound to a node: the same Set object for the store's whole life (a restore
   * refills it), so a caller may keep it and read its size without a lookup. Do not modify.
   */
  podKeysOnNode(node: string): ReadonlySet<string> {
    let keys = this.podsByNode.get(node);
    if (!keys) this.podsByNode.set(node, (keys = new Set()));
    return keys;
  }

  /** Active pods (isPodActive) of an owner per node name ('' = not scheduled yet); entries may be 0. O(1). */
  activePodsPerNode(uid: string): ReadonlyMap<string, number> {
    return this.activeOnNodes.get(uid) ?? NO_NODES;
  }

  /** Absolute index one past the newest watch event. */
  get watchEnd(): number {
    return this.watchBase + this.watchLog.length;
  }

  /** Watch events from absolute index `from` on (undefined when they were compacted away: "too old"). */
  watchSince(from: number): WatchEvent[] | undefined {
    if (from < this.watchBase) return undefined;
    return this.watchLog.slice(from - this.watchBase);
  }

  private appendWatch(e: WatchEvent): void {
    this.watchLog.push(e);
    if (this.watchLog.length > WATCH_WINDOW * 2) {
      this.watchLog.splice(0, WATCH_WINDOW);
      this.watchBase += WATCH_WINDOW;
    }
  }

  /** Store an object (already validated and stamped by the API server layer) and notify listeners. `key` is keyOf(obj). */
  put(obj: KubeObject, key = keyOf(obj)): void {
    const map = this.maps[obj.kind];
    const old = map.swap(key, obj);
    key = map.lastKey;
    this.versions[obj.kind]++;
    if (obj.kind === 'Pod') this.indexPod(key, old as ObjectOfKind<'Pod'> | undefined, obj);
    else if (obj.kind === 'ReplicaSet' && obj.metadata.uid) this.rsByUid.set(obj.metadata.uid, obj);
    const type: WatchType = old ? 'MODIFIED' : 'ADDED';
    if (obj.kind !== 'Event') this.appendWatch({ type, kind: obj.kind, key, object: obj, at: this.now });
    for (const l of this.listeners) l(type, obj, old);
  }

  /** Remove an object for good and notify listeners. */
  remove(kind: Kind, key: string): KubeObject | undefined {
    const map = this.maps[kind];
    const old = map.get(key);
    if (!old) return undefined;
    map.delete(key);
    this.versions[kind]++;
    if (old.kind === 'Pod') this.indexPod(key, old, undefined);
    else if (old.kind === 'ReplicaSet' && old.metadata.uid) this.rsByUid.delete(old.metadata.uid);
    if (kind !== 'Event') this.appendWatch({ type: 'DELETED', kind, key, object: old, at: this.now });
    for (const l of this.listeners) l('DELETED', old, old);
    return old;
  }

  private indexPod(key: string, old: Pod | undefined, now: Pod | undefined): void {
    const oldOwner = old ? controllerUid(old) : undefined;
    const newOwner = now ? controllerUid(now) : undefined;
    reindex(this.podsByOwner, key, oldOwner, newOwner, now);
    const oldNode = old ? (old.spec.nodeName ?? '') : undefined;
    const newNode = now ? (now.spec.nodeName ?? '') : undefined;
    if (oldNode !== newNode) {
      if (oldNode !== undefined) this.podsByNode.get(oldNode)?.delete(key);
      if (newNode !== undefined) {
        let keys = this.podsByNode.get(newNode);
        if (!keys) this.podsByNode.set(newNode, (keys = new Set()));
        keys.add(key);
      }
    }
    if (isWaiting(now) !== this.unschedulable.has(key)) {
      if (this.unschedulable.has(key)) this.unschedulable.delete(key);
      else this.unschedulable.add(key);
      this.unschedulableSorted = undefined;
      this.unschedulableVer++;
    }
    if (old && oldOwner) this.tally(oldOwner, old, -1);
    if (now && newOwner) this.tally(newOwner, now, +1);
  }

  private tally(owner: string, p: Pod, sign: 1 | -1): void {
    let c = this.counts.get(owner);
    if (!c) this.counts.set(owner, (c = { active: 0, ready: 0, terminating: 0, fullyLabeled: 0 }));
    const terminal = p.status.phase === 'Succeeded' || p.status.phase === 'Failed';
    // Active exactly as isPodActive has it: not terminal and no deletionTimestamp at all.
    if (!terminal && p.metadata.deletionTimestamp === undefined) {
      let nodes = this.activeOnNodes.get(owner);
      if (!nodes) this.activeOnNodes.set(owner, (nodes = new Map()));
      const node = p.spec.nodeName ?? '';
      nodes.set(node, (nodes.get(node) ?? 0) + sign);
    }
    if (p.metadata.deletionTimestamp) {
      if (!terminal) c.terminating += sign;
      return;
    }
    if (terminal) return;
    c.active += sign;
    if (p.status.conditions?.some((x) => x.type === 'Ready' && x.status === 'True')) c.ready += sign;
    const want = this.rsByUid.get(owner)?.spec.template.metadata?.labels;
    if (!want || hasLabels(p.metadata.labels ?? {}, want)) c.fullyLabeled += sign;
  }

  /** Freeze the current contents: later writes copy the chunks they touch (copy-on-write). */
  snapshot(): StoreSnapshot {
    const maps = {} as Record<Kind, ChunkedSnapshot<KubeObject>>;
    for (const k of KINDS) maps[k] = this.maps[k].snapshot();
    return { maps, resourceVersion: this.resourceVersion, uidSeq: this.uidSeq, watchLength: this.watchEnd };
  }

  /** Return to a snapshot taken earlier from this store (the watch log is truncated to that point). */
  restore(s: StoreSnapshot): void {
    for (const k of KINDS) {
      this.maps[k].restore(s.maps[k]);
      this.versions[k]++;
    }
    this.resourceVersion = s.resourceVersion;
    this.uidSeq = s.uidSeq;
    // Watchers only follow the live edge; history they would need after a jump is treated as compacted.
    if (s.watchLength < this.watchBase || s.watchLength - this.watchBase > this.watchLog.length) {
      this.watchLog.length = 0;
      this.watchBase = s.watchLength;
    } else this.watchLog.length = s.watchLength - this.watchBase;
    this.podsByOwner.clear();
    // Emptied, not dropped: podKeysOnNode hands out these very sets.
    for (const keys of this.podsByNode.values()) keys.clear();
    this.unschedulable.clear();
    this.unschedulableSorted = undefined;
    this.unschedulableVer++;
    this.counts.clear();
    this.activeOnNodes.clear();
    this.rsByUid.clear();
    this.maps.ReplicaSet.forEachValue((rs) => {
      if (rs.metadata.uid) this.rsByUid.set(rs.metadata.uid, rs as ObjectOfKind<'ReplicaSet'>);
    });
    for (const [key, p] of this.maps.Pod.entries()) this.indexPod(key, undefined, p as ObjectOfKind<'Pod'>);
  }
}

/**
 * Move `key` from one index bucket to another (undefined = not present), storing its current object. A pod
 * that stays in its bucket keeps its place there (a Map keeps the first insertion's position on update).
 */
function reindex(
  index: Map<string, Map<string, Pod>>,
  key: string,
  from: string | undefined,
  to: string | undefined,
  pod: Pod | undefined,
): void {
  if (from === to) {
    if (to !== undefined) index.get(to)!.set(key, pod!);
    return;
  }
  if (from !== undefined) index.get(from)?.delete(key);
  if (to !== undefined) {
    let bucket = index.get(to);
    if (!bucket) index.set(to, (bucket = new Map()));
    bucket.set(key, pod!);
  }
}
