// The API server's write path for in-cluster components: stamping metadata (uid, resourceVersion,
// creationTimestamp, generation), generateName, status subresource semantics and graceful pod deletion.
// User requests go through src/engine/sim/apiserver.ts, which adds defaulting and validation first.
import { deepClone } from '../api/clone';
import type { KubeObject, Pod } from '../api/types';
import type { ObjectStore } from '../store/store';
import { keyOf } from '../store/store';
import { flat, timeAt } from './strings';
import { metaDeleting, metaWithVersion, podWith } from './shapes';
import type { ClusterWriter } from './context';
import type { Random } from './random';

/** Canonical JSON of a value with sorted keys (cheap structural equality for specs). */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const keys = Object.keys(v as object)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** Kinds whose metadata.generation tracks spec changes. */
const GENERATION_KINDS = new Set(['Deployment', 'ReplicaSet']);

/**
 * Does this update bump metadata.generation? Spec changes always do; for Deployments annotation changes do too
 * (pkg/registry/apps/deployment/strategy.go: annotations are copied to ReplicaSets, so they count as spec).
 */
export function generationChanged(old: KubeObject, next: KubeObject): boolean {
  if (!GENERATION_KINDS.has(next.kind)) return false;
  const a = old as { spec?: unknown };
  const b = next as { spec?: unknown };
  if (canonical(a.spec) !== canonical(b.spec)) return true;
  if (next.kind === 'Deployment')
    return canonical(old.metadata.annotations ?? {}) !== canonical(next.metadata.annotations ?? {});
  return false;
}

/** A shallow copy of an owned input whose metadata the writer may stamp (pods as complete literals). */
function ownedCopy<T extends KubeObject>(input: T): T {
  if (input.kind === 'Pod')
    return podWith(
      input,
      metaWithVersion(input.metadata, input.metadata.resourceVersion),
      input.spec,
      input.status,
    ) as T;
  return { ...input, metadata: { ...input.metadata } };
}

/** The in-cluster writer over a store. */
export class StoreWriter implements ClusterWriter {
  constructor(
    private readonly store: ObjectStore,
    private readonly clock: () => number,
    private readonly rng: Random,
  ) {}

  create<T extends KubeObject>(input: T, owned = false): T {
    // An owned input was built for this write and is never touched again: only the metadata we stamp is copied.
    const obj = owned ? ownedCopy(input) : deepClone(input);
    const meta = obj.metadata;
    if (!meta.name && meta.generateName) {
      // The API server appends 5 random characters; the base is cut to 58 so the name stays ≤ 63.
      let name: string;
      do name = `${meta.generateName.slice(0, 58)}${this.rng.suffix(5)}`;
      while (this.store.get(obj.kind, meta.namespace ? `${meta.namespace}/${name}` : name));
      meta.name = flat(name);
    }
    meta.uid = this.store.nextUid();
    meta.resourceVersion = this.store.nextResourceVersion();
    meta.creationTimestamp = timeAt(this.clock());
    if (GENERATION_KINDS.has(obj.kind)) meta.generation = 1;
    this.store.put(obj, flat(keyOf(obj)));
    return obj;
  }

  update<T extends KubeObject>(input: T, owned = false): T {
    const key = keyOf(input);
    const old = this.store.get(input.kind, key);
    if (!old) throw new Error(`update of missing ${input.kind} ${key}`);
    const obj = owned ? ownedCopy(input) : deepClone(input);
    (obj as { status?: unknown }).status = (old as { status?: unknown }).status;
    obj.metadata.uid = old.metadata.uid;
    obj.metadata.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) obj.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
    if (GENERATION_KINDS.has(obj.kind)) {
      obj.metadata.generation = (old.metadata.generation ?? 1) + (generationChanged(old, obj) ? 1 : 0);
    }
    obj.metadata.resourceVersion = this.store.nextResourceVersion();
    this.store.put(obj, key);
    return obj;
  }

  updateStatus<T extends KubeObject>(input: T, owned = false): T {
    const key = keyOf(input);
    const old = this.store.get(input.kind, key);
    if (!old) throw new Error(`status update of missing ${input.kind} ${key}`);
    const status = (input as { status?: unknown }).status;
    const copy = owned ? status : deepClone(status);
    if (old.kind === 'Pod') {
      const pod = podWith(
        old,
        metaWithVersion(old.metadata, this.store.nextResourceVersion()),
        old.spec,
        copy as Pod['status'],
      );
      this.store.put(pod, key);
      return pod as T;
    }
    const obj = { ...old, status: copy } as T;
    obj.metadata = { ...old.metadata, resourceVersion: this.store.nextResourceVersion() };
    // The Deployment status strategy resets the spec but keeps metadata changes: the controller writes the
    // revision annotation through /status (so it does not bump generation).
    if (obj.kind === 'Deployment' && input.metadata.annotations)
      obj.metadata.annotations = { ...input.metadata.annotations };
    this.store.put(obj, key);
    return obj;
  }

  /** updateStatus(`{ ...pod, status }`, owned) without building that object: the kubelet's status writes. */
  updatePodStatus(pod: Pod, status: Pod['status']): Pod {
    const key = keyOf(pod);
    const old = this.store.get('Pod', key);
    if (!old) throw new Error(`status update of missing Pod ${key}`);
    const next = podWith(
      old,
      metaWithVersion(old.metadata, this.store.nextResourceVersion()),
      old.spec,
      status,
    );
    this.store.put(next, key);
    return next;
  }

  delete(obj: KubeObject, opts: { gracePeriodSeconds?: number } = {}): void {
    const current = this.store.get(obj.kind, keyOf(obj));
    if (!current) return;
    if (current.kind === 'Pod') {
      const grace = opts.gracePeriodSeconds ?? current.spec.terminationGracePeriodSeconds ?? 30;
      if (current.metadata.deletionTimestamp) {
        // A second delete may only shorten the grace period.
        if (grace >= (current.metadata.deletionGracePeriodSeconds ?? 30)) return;
      }
      // A pod that was never scheduled has nothing to stop: the API server deletes it at once.
      if (grace === 0 || !current.spec.nodeName) {
        this.store.remove('Pod', keyOf(current));
        return;
      }
      const meta = metaDeleting(
        current.metadata,
        timeAt(this.clock() + grace * 1000),
        grace,
        this.store.nextResourceVersion(),
      );
      const next = podWith(current, meta, current.spec, current.status);
      this.store.put(next);
      return;
    }
    this.store.remove(current.kind, keyOf(current));
  }

  purge(obj: KubeObject): void {
    this.store.remove(obj.kind, keyOf(obj));
  }
}
