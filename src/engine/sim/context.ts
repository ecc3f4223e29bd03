// What controllers, the scheduler and the kubelet see of the simulation: the clock, the store, the writers,
// the seeded generator, the event recorder, the decision log and the work/timer queues.
import type { KubeObject, Pod } from '../api/types';
import type { ObjectStore } from '../store/store';
import type { DecisionLog } from './decisions';
import type { EventRecorder } from './events';
import type { Random } from './random';
import type { TimingMode } from './timing';
import type { ControllerName, TimerAction } from './timers';

/** Low-level writes used by in-cluster components (their objects are valid by construction). */
export interface ClusterWriter {
  /**
   * Create: assigns uid, resourceVersion, creationTimestamp, generation (Deployment/ReplicaSet = 1). The input
   * is deep-copied unless `owned`: the caller built it for this write and shares only immutable (stored or
   * frozen) parts with anything else, so it can be stored as it is.
   */
  create<T extends KubeObject>(obj: T, owned?: boolean): T;
  /** Replace spec/metadata (status kept); bumps generation when the spec changed. `owned` as for create. */
  update<T extends KubeObject>(obj: T, owned?: boolean): T;
  /** Replace status only (the /status subresource). `owned`: the status object is stored without a copy. */
  updateStatus<T extends KubeObject>(obj: T, owned?: boolean): T;
  /** updateStatus of a pod with a status built for this write (owned), without a `{ ...pod, status }` copy. */
  updatePodStatus(pod: Pod, status: Pod['status']): Pod;
  /** Delete: Pods get a deletionTimestamp and grace period; other kinds are removed at once. */
  delete(obj: KubeObject, opts?: { gracePeriodSeconds?: number }): void;
  /** Remove an object for good (the kubelet's final pod deletion, the garbage collector). */
  purge(obj: KubeObject): void;
}

export interface SimContext {
  now(): number;
  readonly store: ObjectStore;
  readonly rng: Random;
  readonly timing: TimingMode;
  readonly events: EventRecorder;
  readonly decisions: DecisionLog;
  readonly write: ClusterWriter;
  /** Add a key to a controller's work queue (processed at this instant). */
  enqueue(controller: ControllerName, key: string): void;
  /** Schedule something at a later simulated instant. */
  schedule(at: number, action: TimerAction): void;
}
