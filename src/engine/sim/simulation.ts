// The engine's timeline: a cluster plus the log of user requests (by simulated time) and periodic snapshots.
// Any instant can be reproduced exactly by restoring the nearest earlier snapshot and replaying the log —
// determinism makes seek(t) identical to a fresh replay to t. Acting in the past discards the future.
import type { KubeObject } from '../api/types';
import type { WatchEvent } from '../store/store';
import type { Decision } from './decisions';
import type { PodRuntime } from '../kubelet/runtime';
import { Cluster, type ClusterSnapshot } from './cluster';
import { handleRequest, type ApiRequest, type ApiResponse } from './apiserver';
import type { TimingMode } from './timing';

/** A user request with the simulated instant it was issued at. */
export interface LoggedRequest {
  at: number;
  request: ApiRequest;
}

interface Snapshot {
  at: number;
  /** number of logged requests already applied when the snapshot was taken */
  applied: number;
  cluster: ClusterSnapshot;
}

export interface SimulationOptions {
  seed?: number;
  timing?: TimingMode;
  nodes?: number;
  /** Take a snapshot at least this often (simulated ms); default 5 s, longer above 4,000 pods (snapshotInterval). */
  snapshotEveryMs?: number;
}

/** Also snapshot after at least this many object writes, so a seek replays little. */
const SNAPSHOT_EVERY_WRITES = 200;

/**
 * How many writes may pass before a snapshot: a seek costs a restore, which rebuilds the pod indexes
 * (O(pods)), plus a replay of up to this many writes; each snapshot pins the pods changed since the last one.
 * Small clusters snapshot often (cheap, and seeks stay well inside a frame); large ones less often, as the
 * restore dominates their seek anyway: pods²/8000, at least 200 — 1,000 pods: 200 writes, 4,000 pods: 2,000,
 * 10,000 pods: 12,500 (the 5 s time limit still applies).
 */
export function snapshotWrites(pods: number): number {
  return Math.max(SNAPSHOT_EVERY_WRITES, (pods * pods) / 8000);
}

/**
 * The default time between snapshots: 5 s, and proportionally longer above 4,000 pods (each snapshot pins what
 * changed since the previous one, which grows with the pods; a seek there is dominated by the restore anyway):
 * 10,000 pods: 12.5 s.
 */
export function snapshotInterval(pods: number): number {
  return Math.max(5000, Math.round((5000 * pods) / 4000));
}

/** Hard limit on simulated time, so a runaway "as fast as possible" cannot spin forever (≈ 1 year). */
export const MAX_SIM_TIME_MS = 365 * 24 * 3600 * 1000;

/** A deterministic simulation with a seekable timeline. */
export class Simulation {
  readonly seed: number;
  readonly timing: TimingMode;
  readonly cluster: Cluster;
  private readonly log: LoggedRequest[] = [];
  /** how many entries of the log have been applied to the cluster's current state */
  private applied = 0;
  private snapshots: Snapshot[] = [];
  private furthest = 0;
  /** the snapshotEveryMs option; undefined = snapshotInterval(pods) */
  private readonly snapshotEveryOption: number | undefined;

  constructor(opts: SimulationOptions = {}) {
    this.seed = opts.seed ?? 1;
    this.timing = opts.timing ?? { kind: 'realistic' };
    this.snapshotEveryOption = opts.snapshotEveryMs;
    this.cluster = new Cluster({ seed: this.seed, timing: this.timing, nodes: opts.nodes });
    this.snapshots.push({ at: 0, applied: 0, cluster: this.cluster.snapshot() });
  }

  /** The current simulated instant (ms). */
  get now(): number {
    return this.cluster.now();
  }

  /** The furthest instant ever simulated on this branch (the timeline's end). */
  get head(): number {
    return Math.max(this.furthest, this.now);
  }

  /** The user requests of this branch. */
  get requests(): readonly LoggedRequest[] {
    return this.log;
  }

  /**
   * Perform a user request at the current instant. If the playhead is in the past, the future is discarded
   * first (a new branch starts here). Only successful writes are logged (failed ones change nothing).
   */
  request(req: ApiRequest): ApiResponse {
    if (req.verb !== 'get' && req.verb !== 'list') this.truncateFuture();
    const res = handleRequest(this.cluster, req);
    if (res.ok && res.changed) {
      this.log.push({ at: this.now, request: req });
      this.applied = this.log.length;
    }
    this.cluster.settle();
    this.furthest = Math.max(this.furthest, this.now);
    return res;
  }

  /** Drop every logged request and snapshot after the current instant. */
  truncateFuture(): void {
    if (this.applied < this.log.length) this.log.length = this.applied;
    this.cluster.decisions.dropFuture();
    const now = this.now;
    this.snapshots = this.snapshots.filter((s) => s.at < now || (s.at === now && s.applied <= this.applied));
    this.furthest = now;
  }

  /** Advance to `t`, applying logged requests due on the way (a replay after a seek back). */
  advanceTo(t: number): void {
    const target = Math.min(Math.max(t, this.now), MAX_SIM_TIME_MS);
    for (;;) {
      const nextReq = this.log[this.applied];
      const nextTimer = this.cluster.nextTimerAt();
      const nextSnap = this.lastSnapshotAt() + this.snapshotEvery();
      let next = target;
      if (nextReq && nextReq.at < next) next = nextReq.at;
      if (nextTimer !== undefined && nextTimer < next) next = nextTimer;
      if (nextSnap < next) next = nextSnap;
      this.cluster.advanceTo(next);
      while (this.log[this.applied] && this.log[this.applied]!.at <= this.now) {
        handleRequest(this.cluster, this.log[this.applied]!.request);
        this.applied++;
        this.cluster.settle();
      }
      // Snapshot every few simulated seconds, and sooner when much is happening, so a seek replays little.
      if (
        this.now >= this.lastSnapshotAt() + this.snapshotEvery() ||
        this.cluster.store.resourceVersion - this.lastSnapshotRv() >=
          snapshotWrites(this.cluster.store.count('Pod'))
      ) {
        this.takeSnapshot();
      }
      if (this.now >= target) break;
    }
    this.furthest = Math.max(this.furthest, this.now);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.now + ms);
  }

  /**
   * Advance until `done()` holds (checked after every instant in which something happened) or `limit` is
   * reached. Returns true when the condition was met. Used by `rollout status` and `sleep`-less waits.
   */
  runUntil(done: () => boolean, limit: number): boolean {
    if (done()) return true;
    const end = Math.min(limit, MAX_SIM_TIME_MS);
    while (this.now < end) {
      const next = this.nextEventAt();
      this.advanceTo(next === undefined || next > end ? end : Math.max(next, this.now));
      if (done()) return true;
    }
    return done();
  }

  /** The instant of the next thing that will happen (timer or logged request), if any. */
  nextEventAt(): number | undefined {
    const a = this.cluster.nextTimerAt();
    const b = this.log[this.applied]?.at;
    if (a === undefined) return b;
    if (b === undefined) return a;
    return Math.min(a, b);
  }

  private snapshotEvery(): number {
    return this.snapshotEveryOption ?? snapshotInterval(this.cluster.store.count('Pod'));
  }

  private lastSnapshotRv(): number {
    return this.snapshots[this.snapshots.length - 1]!.cluster.store.resourceVersion;
  }

  private lastSnapshotAt(): number {
    return this.snapshots[this.snapshots.length - 1]!.at;
  }

  private takeSnapshot(): void {
    const last = this.snapshots[this.snapshots.length - 1]!;
    if (last.at === this.now && last.applied === this.applied) return;
    if (this.now < last.at) return;
    this.snapshots.push({ at: this.now, applied: this.applied, cluster: this.cluster.snapshot() });
  }

  /** Put the cluster in the exact state of instant `t` (0 ≤ t), via the nearest snapshot and a replay. */
  seek(t: number): void {
    const target = Math.max(0, t);
    let i = this.snapshots.length - 1;
    while (i > 0 && this.snapshots[i]!.at > target) i--;
    const snap = this.snapshots[i]!;
    // Replay from the nearest snapshot unless the current state is already closer (a short step forward).
    if (target >= this.now && snap.at <= this.now) {
      this.advanceTo(target);
      return;
    }
    this.cluster.restore(snap.cluster);
    this.applied = snap.applied;
    this.advanceTo(target);
  }

  /** Number of snapshots held (for benchmarks and the memory figure). */
  get snapshotCount(): number {
    return this.snapshots.length;
  }

  /** All objects of a kind at the current instant (optionally in one namespace), in creation order. */
  list<T extends KubeObject>(kind: T['kind'], namespace?: string): T[] {
    return this.cluster.store.list(kind, namespace) as unknown as T[];
  }

  /** The watch log (changes to Deployments, ReplicaSets, Pods, Nodes) up to the current instant. */
  get watchLog(): readonly WatchEvent[] {
    return this.cluster.store.watchLog;
  }

  /** Absolute index one past the newest watch event (a watcher's bookmark). */
  get watchEnd(): number {
    return this.cluster.store.watchEnd;
  }

  /** Watch events since a bookmark; undefined when they were compacted away (the watcher must re-list). */
  watchSince(from: number): readonly WatchEvent[] | undefined {
    return this.cluster.store.watchSince(from);
  }

  /** The decision log up to the current instant. */
  get decisions(): readonly Decision[] {
    return this.cluster.decisions.items;
  }

  /** The kubelet's runtime view of a pod (back-off and grace countdowns for the UI). */
  podRuntime(namespace: string, name: string): PodRuntime | undefined {
    return this.cluster.kubelet.runtimeOf(`${namespace}/${name}`);
  }

  /** Read an object at the current instant. */
  get<T extends KubeObject>(kind: T['kind'], namespace: string | undefined, name: string): T | undefined {
    return this.cluster.store.get(kind, namespace ? `${namespace}/${name}` : name) as T | undefined;
  }
}
