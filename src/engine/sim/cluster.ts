// Wires the simulated cluster: store + informer handlers → work queue → controllers, timers → kubelet, and the
// event loop that runs everything due at an instant until nothing changes (controllers react instantly).
import type { KubeObject, Node, Pod, ReplicaSet } from '../api/types';
import { getControllerOf } from '../api/meta';
import { DeploymentController } from '../controller/deployment/deploymentController';
import { ReplicaSetController } from '../controller/replicaset/replicaSetController';
import { GarbageCollector } from '../controller/garbagecollector/garbageCollector';
import { Kubelet, type KubeletState, type NodeRuntime } from '../kubelet/kubelet';
import { Scheduler } from '../kubelet/scheduler';
import { isPodReady } from '../controller/deployment/util/podUtil';
import { ObjectStore, keyFor, keyOf, type StoreSnapshot, type WatchType } from '../store/store';
import type { SimContext } from './context';
import { DecisionLog } from './decisions';
import { EventRecorder } from './events';
import { Random, type RandomState } from './random';
import { TimerQueue, type Timer, type TimerAction, type ControllerName } from './timers';
import type { TimingMode } from './timing';
import { WorkQueue } from './workqueue';
import { StoreWriter } from './writer';
import { defaultNodes } from './nodes';

/** Granularity of kubelet and scheduler actions in realistic timing. */
export const KUBELET_GRID_MS = 100;

/** A guard against a controller bug looping forever within one instant. */
const MAX_STEPS_PER_INSTANT = 2_000_000;

export interface ClusterOptions {
  seed: number;
  timing: TimingMode;
  nodes?: number;
}

/** Everything needed to put a cluster back exactly as it was at an instant. */
export interface ClusterSnapshot {
  now: number;
  store: StoreSnapshot;
  timers: { items: Timer[]; seq: number };
  rng: RandomState;
  kubelet: KubeletState;
  decisions: { length: number; seq: number };
  events: ReturnType<EventRecorder['snapshot']>;
}

/** The simulated cluster: API storage, controllers, scheduler and kubelets, advanced by simulated time. */
export class Cluster implements SimContext {
  readonly store = new ObjectStore();
  readonly rng: Random;
  readonly timing: TimingMode;
  readonly events: EventRecorder;
  readonly decisions: DecisionLog;
  readonly write: StoreWriter;
  readonly timers = new TimerQueue();
  private readonly work = new WorkQueue();
  private time = 0;
  readonly deployments: DeploymentController;
  readonly replicaSets: ReplicaSetController;
  readonly scheduler: Scheduler;
  readonly kubelet: Kubelet;
  private readonly gc: GarbageCollector;
  /** when pods waiting for resources were last all queued for the scheduler (see onPod) */
  private lastRetry: { set: number; taken: number } | undefined;
  /** namespace → its ReplicaSets' keys (see replicaSetKeys) */
  private readonly rsKeys = new Map<string, string[]>();

  constructor(opts: ClusterOptions) {
    this.rng = new Random(opts.seed);
    this.timing = opts.timing;
    const clock = () => this.time;
    this.events = new EventRecorder(this.store, clock);
    this.decisions = new DecisionLog(clock);
    this.write = new StoreWriter(this.store, clock, this.rng);
    this.deployments = new DeploymentController(this);
    this.replicaSets = new ReplicaSetController(this);
    this.scheduler = new Scheduler(this);
    this.gc = new GarbageCollector(this);
    const nodes = defaultNodes(opts.nodes ?? 3);
    const runtimes: NodeRuntime[] = [];
    nodes.forEach((n, i) => {
      runtimes.push({
        name: n.metadata.name,
        index: i + 1,
        images: new Set(['registry.k8s.io/pause:3.10']),
        pullBusyUntil: 0,
        nextIp: 0,
        // Nodes relist on one of four phases of the second: pods on many nodes become ready together.
        relistOffset: this.rng.int(4) * 250,
        pulling: new Map(),
      });
    });
    this.kubelet = new Kubelet(this, runtimes);
    this.store.listen((type, obj, old) => this.onChange(type, obj, old));
    for (const n of nodes) this.write.create<Node>(n);
    this.settle();
  }

  now(): number {
    return this.time;
  }

  enqueue(controller: ControllerName, key: string): void {
    this.work.add(controller, key);
  }

  schedule(at: number, action: TimerAction): void {
    let when = Math.max(at, this.time);
    // Realistic mode: the kubelets and the scheduler act on a 100 ms grid, so a thousand pods make hundreds,
    // not thousands, of distinct instants (controllers' own re-queues stay exact).
    if (
      this.timing.kind === 'realistic' &&
      (action.type === 'kubelet' || (action.type === 'enqueue' && action.controller === 'scheduler'))
    ) {
      when = Math.ceil(when / KUBELET_GRID_MS) * KUBELET_GRID_MS;
    }
    this.timers.add(when, action);
  }

  /** The informer event handlers of every component. */
  private onChange(type: WatchType, obj: KubeObject, old: KubeObject | undefined): void {
    switch (obj.kind) {
      case 'Deployment':
        this.enqueue('deployment', keyOf(obj));
        if (type === 'DELETED') this.enqueue('gc', obj.metadata.uid ?? '');
        return;
      case 'ReplicaSet':
        return this.onReplicaSet(type, obj);
      case 'Pod':
        return this.onPod(type, obj, old as Pod | undefined);
      default:
        return;
    }
  }

  /**
   * Keys of the namespace's ReplicaSets in store order (what store.list gives), cached until a ReplicaSet is
   * added or deleted or a snapshot is restored: every pod change enqueues them all.
   */
  private replicaSetKeys(namespace: string | undefined): readonly string[] {
    const ns = namespace ?? '';
    let keys = this.rsKeys.get(ns);
    if (!keys) {
      keys = this.store.list('ReplicaSet', namespace).map((rs) => keyOf(rs));
      this.rsKeys.set(ns, keys);
    }
    return keys;
  }

  private onReplicaSet(type: WatchType, rs: ReplicaSet): void {
    if (type !== 'MODIFIED') this.rsKeys.clear();
    this.enqueue('replicaset', keyOf(rs));
    const owner = getControllerOf(rs);
    if (owner?.kind === 'Deployment')
      this.enqueue('deployment', keyFor(String(rs.metadata.namespace), owner.name));
    else if (!owner) {
      // An orphan may be adopted by a Deployment whose selector matches it.
      for (const d of this.store.list('Deployment', rs.metadata.namespace))
        this.enqueue('deployment', keyOf(d));
    }
    if (type === 'DELETED') this.enqueue('gc', rs.metadata.uid ?? '');
  }

  private onPod(type: WatchType, pod: Pod, old: Pod | undefined): void {
    const key = keyOf(pod);
    const owner = getControllerOf(pod);
    const rsKey =
      owner?.kind === 'ReplicaSet' ? keyFor(String(pod.metadata.namespace), owner.name) : undefined;
    if (rsKey) this.enqueue('replicaset', rsKey);
    // Changed labels may release the pod from its ReplicaSet (claimPods looks at these only).
    if (
      old &&
      rsKey &&
      type === 'MODIFIED' &&
      old.metadata.labels !== pod.metadata.labels &&
      JSON.stringify(old.metadata.labels) !== JSON.stringify(pod.metadata.labels)
    ) {
      this.replicaSets.relabeled.add(key);
    } else if (type !== 'DELETED')
      for (const k of this.replicaSetKeys(pod.metadata.namespace)) this.enqueue('replicaset', k);
    if (type === 'DELETED') {
      this.enqueue('kubelet', key);
      if (rsKey) this.recreateHandler(rsKey);
      // Freed resources: pods waiting for a node get another chance. When the set of such pods is unchanged and
      // the scheduler has taken nothing from its queue since they were last queued, all are still waiting there
      // and queueing them again would change nothing (a thousand deletions at one instant queue them once).
      const retry = { set: this.store.unschedulableVersion, taken: this.work.taken('scheduler') };
      if (retry.set !== this.lastRetry?.set || retry.taken !== this.lastRetry.taken) {
        for (const k of this.scheduler.pendingPods()) this.enqueue('scheduler', k);
        this.lastRetry = retry;
      }
      return;
    }
    if (!pod.spec.nodeName && !pod.metadata.deletionTimestamp) {
      if (type === 'ADDED')
        this.schedule(this.time + this.scheduler.delay(), { type: 'enqueue', controller: 'scheduler', key });
    } else if (
      pod.spec.nodeName &&
      (!old?.spec.nodeName || (pod.metadata.deletionTimestamp && !old.metadata.deletionTimestamp))
    ) {
      this.enqueue('kubelet', key);
    }
    // A pod that just became ready: its RS re-checks availability after minReadySeconds (+1 s, as upstream).
    if (rsKey && old && !isPodReady(old) && isPodReady(pod)) {
      const rs = this.store.get('ReplicaSet', rsKey);
      const minReady = rs?.spec.minReadySeconds ?? 0;
      if (minReady > 0)
        this.schedule(this.time + (minReady + 1) * 1000, {
          type: 'enqueue',
          controller: 'replicaset',
          key: rsKey,
        });
    }
  }

  /** The Deployment controller's deletePod handler: a Recreate Deployment is synced once it has no pods left. */
  private recreateHandler(rsKey: string): void {
    const rs = this.store.get('ReplicaSet', rsKey);
    const owner = rs && getControllerOf(rs);
    if (!rs || owner?.kind !== 'Deployment') return;
    const dKey = keyFor(String(rs.metadata.namespace), owner.name);
    const d = this.store.get('Deployment', dKey);
    if (d?.spec.strategy?.type !== 'Recreate') return;
    const left = this.store
      .list('ReplicaSet', rs.metadata.namespace)
      .some(
        (r) =>
          getControllerOf(r)?.uid === d.metadata.uid && this.store.podsOwnedBy(r.metadata.uid!).length > 0,
      );
    if (!left) this.enqueue('deployment', dKey);
  }

  /** Process the work queue and every timer due at the current instant, until nothing is left. */
  /**
   * Everything due at this instant happens first (all kubelet steps, all re-queues), then the controllers
   * react, until nothing is left: pods that become ready at the same second are seen together, as in the
   * reference traces (10 replicas: 5 new pods ready at t=35 → the old RS shrinks 8 → 3 in one step).
   */
  settle(): void {
    let steps = 0;
    for (;;) {
      let t = this.timers.peek();
      while (t && t.at <= this.time) {
        this.timers.pop();
        this.fire(t);
        t = this.timers.peek();
        if (++steps > MAX_STEPS_PER_INSTANT)
          throw new Error(`simulation did not settle at t=${this.time} ms`);
      }
      const item = this.work.next();
      if (!item) {
        this.replicaSets.relabeled.clear();
        return;
      }
      this.dispatch(item.controller, item.key);
      if (++steps > MAX_STEPS_PER_INSTANT) throw new Error(`simulation did not settle at t=${this.time} ms`);
    }
  }

  private dispatch(controller: ControllerName, key: string): void {
    switch (controller) {
      case 'deployment':
        return this.deployments.syncDeployment(key);
      case 'replicaset':
        return this.replicaSets.syncReplicaSet(key);
      case 'scheduler':
        return this.scheduler.schedulePod(key);
      case 'kubelet':
        return this.kubelet.sync(key);
      case 'gc':
        return this.gc.collect(key);
    }
  }

  private fire(t: Timer): void {
    const a = t.action;
    if (a.type === 'enqueue') this.enqueue(a.controller, a.key);
    else if (a.type === 'kubelet') this.kubelet.step(a.podKey, a.step, a.gen);
  }

  /** The instant of the next pending timer, if any. */
  nextTimerAt(): number | undefined {
    return this.timers.peek()?.at;
  }

  /** Advance simulated time to `t`, processing everything due on the way. */
  advanceTo(t: number): void {
    this.settle();
    for (;;) {
      const next = this.timers.peek();
      if (!next || next.at > t) break;
      this.time = next.at;
      this.store.now = this.time;
      this.settle();
    }
    if (t > this.time) {
      this.time = t;
      this.store.now = t;
    }
  }

  snapshot(): ClusterSnapshot {
    return {
      now: this.time,
      store: this.store.snapshot(),
      timers: this.timers.snapshot(),
      rng: this.rng.state(),
      kubelet: this.kubelet.snapshot(),
      decisions: { length: this.decisions.length, seq: this.decisions.sequence },
      events: this.events.snapshot(),
    };
  }

  restore(s: ClusterSnapshot): void {
    this.rsKeys.clear();
    this.lastRetry = undefined;
    this.time = s.now;
    this.store.now = s.now;
    this.store.restore(s.store);
    this.timers.restore(s.timers);
    this.rng.restore(s.rng);
    this.kubelet.restore(s.kubelet);
    this.decisions.truncate(s.decisions.length, s.decisions.seq);
    this.events.restore(s.events);
  }
}
