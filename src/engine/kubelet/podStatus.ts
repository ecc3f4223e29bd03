// Builds a Pod's API status from the kubelet's runtime view (pkg/kubelet/kubelet_pods.go generateAPIPodStatus,
// status/status_manager.go: conditions keep their lastTransitionTime while their status is unchanged).
import type { ContainerStatus, Pod, PodCondition, PodPhase, PodStatus } from '../api/types';
import { flat, intern, timeAt } from '../sim/strings';
import type { ContainerRuntime, PodRuntime } from './runtime';

/** A stable fake sha256 digest for an image reference (real ones come from the registry). */
export function imageDigest(ref: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (let i = 0; i < ref.length; i++) h = Math.imul(h ^ ref.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ round, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** imageID by image reference: `docker.io/library/nginx@sha256:<digest>` (a handful of images per run). */
const IMAGE_IDS = new Map<string, string>();

function imageIdOf(ref: string): string {
  let id = IMAGE_IDS.get(ref);
  if (id === undefined) {
    id = flat(`${ref.replace(/:[^:/@]+$/, '')}@sha256:${imageDigest(ref)}`);
    if (IMAGE_IDS.size > 1000) IMAGE_IDS.clear();
    IMAGE_IDS.set(ref, id);
  }
  return id;
}

/** Constant parts of container statuses, shared (frozen: stored objects are immutable). */
const CREATING = Object.freeze({ waiting: Object.freeze({ reason: 'ContainerCreating' }) });
const NO_STATE = Object.freeze({});

/** `containerd://<id>` by container id (shared by every status written while that container exists). */
const CONTAINER_IDS = new Map<string, string>();

function containerIdOf(id: string): string {
  let full = CONTAINER_IDS.get(id);
  if (full === undefined) {
    if (CONTAINER_IDS.size >= 50_000) CONTAINER_IDS.clear();
    full = flat(`containerd://${id}`);
    CONTAINER_IDS.set(id, full);
  }
  return full;
}

function containerStatus(c: ContainerRuntime, pod: Pod): ContainerStatus {
  const name = c.name;
  const image = c.image;
  const imageID = c.imageRef && c.containerId ? imageIdOf(c.imageRef) : '';
  const ready = c.ready;
  const restartCount = c.restartCount;
  const started = c.stage === 'running';
  const containerID = c.containerId ? containerIdOf(c.containerId) : undefined;
  let state: ContainerStatus['state'];
  switch (c.stage) {
    case 'waiting':
    case 'pulling':
    case 'creating':
      state = CREATING;
      break;
    case 'pull-failed':
      state = { waiting: { reason: 'ErrImagePull', message: c.pullError ?? '' } };
      break;
    case 'pull-backoff':
      state = {
        waiting: {
          reason: 'ImagePullBackOff',
          message: `Back-off pulling image "${c.image}": ErrImagePull: ${c.pullError ?? ''}`,
        },
      };
      break;
    case 'invalid-image':
      state = { waiting: { reason: 'InvalidImageName', message: c.pullError ?? '' } };
      break;
    case 'running':
      state = { running: { startedAt: timeAt(c.startedAt ?? 0) } };
      break;
    case 'exited':
    case 'stopped':
      state = {
        terminated: {
          exitCode: c.exitCode ?? 0,
          reason: c.exitCode === 0 ? 'Completed' : 'Error',
          startedAt: timeAt(c.startedAt ?? 0),
          finishedAt: timeAt(c.finishedAt ?? 0),
          ...(containerID ? { containerID } : {}),
        },
      };
      break;
    case 'crash-backoff': {
      const seconds = Math.round(c.crashBackoffMs / 1000);
      const span =
        seconds >= 60 && seconds % 60 === 0
          ? `${seconds / 60}m0s`
          : seconds >= 60
            ? `${Math.floor(seconds / 60)}m${seconds % 60}s`
            : `${seconds}s`;
      state = {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off ${span} restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace ?? 'default'}(${pod.metadata.uid ?? ''})`,
        },
      };
      break;
    }
  }
  const lastState: ContainerStatus['lastState'] = c.last
    ? {
        terminated: {
          exitCode: c.last.exitCode,
          reason: c.last.reason,
          startedAt: timeAt(c.last.startedAt),
          finishedAt: timeAt(c.last.finishedAt),
        },
      }
    : NO_STATE;
  // One complete literal per variant, keys in the order name, image, imageID, ready, restartCount, started,
  // containerID (once there is a container), state, lastState.
  if (containerID !== undefined) {
    if (state) return { name, image, imageID, ready, restartCount, started, containerID, state, lastState };
    return { name, image, imageID, ready, restartCount, started, containerID, lastState };
  }
  if (state) return { name, image, imageID, ready, restartCount, started, state, lastState };
  return { name, image, imageID, ready, restartCount, started, lastState };
}

/** The keys `condition` writes, in order (reason and message only when given). */
function expectedKey(i: number, reason: string | undefined, message: string | undefined): string | undefined {
  if (i < 4) return ['type', 'status', 'lastProbeTime', 'lastTransitionTime'][i];
  if (i === 4) return reason ? 'reason' : message ? 'message' : undefined;
  return i === 5 && reason && message ? 'message' : undefined;
}

/** The condition of this type (no closure: called five times per status write). */
function conditionOf(prev: PodCondition[] | undefined, type: string): PodCondition | undefined {
  if (prev) for (let i = 0; i < prev.length; i++) if (prev[i]!.type === type) return prev[i];
  return undefined;
}

/** Does `o` have exactly these keys, in this order? */
function sameKeysAs(o: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in o) if (k !== keys[i++]) return false;
  return i === keys.length;
}

/** Does `old` have exactly the keys `condition` would write, in the same order (JSON output identical)? */
function sameKeys(old: PodCondition, reason: string | undefined, message: string | undefined): boolean {
  let i = 0;
  for (const k in old) if (k !== expectedKey(i++, reason, message)) return false;
  return expectedKey(i, reason, message) === undefined;
}

/**
 * A pod condition; when the previous one of that type is already exactly this (same fields, same key order),
 * that very object is returned: pod versions kept by snapshots then share it.
 */
function condition(
  prev: PodCondition[] | undefined,
  type: string,
  status: 'True' | 'False',
  now: number,
  reason?: string,
  message?: string,
): PodCondition {
  const old = conditionOf(prev, type);
  const keep = old && old.status === status;
  if (
    keep &&
    old.lastProbeTime === null &&
    old.reason === (reason || undefined) &&
    old.message === (message || undefined) &&
    sameKeys(old, reason, message)
  )
    return old;
  const lastTransitionTime = keep ? old.lastTransitionTime : timeAt(now);
  // One complete literal per variant, keys in the order type, status, lastProbeTime, lastTransitionTime,
  // reason, message.
  if (reason && message) return { type, status, lastProbeTime: null, lastTransitionTime, reason, message };
  if (reason) return { type, status, lastProbeTime: null, lastTransitionTime, reason };
  if (message) return { type, status, lastProbeTime: null, lastTransitionTime, message };
  return { type, status, lastProbeTime: null, lastTransitionTime };
}

/** QoS classes by containers array (pods of one ReplicaSet share theirs; arrays in stored objects never change). */
const QOS = new WeakMap<object, string>();

/** QoS class from requests/limits (pkg/apis/core/helper/qos). */
export function qosClass(pod: Pod): string {
  const cs = pod.spec.containers;
  let q = QOS.get(cs);
  if (q === undefined) {
    q = computeQosClass(cs);
    QOS.set(cs, q);
  }
  return q;
}

function computeQosClass(cs: Pod['spec']['containers']): string {
  const any = cs.some(
    (c) =>
      Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0,
  );
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => {
    const l = c.resources?.limits ?? {};
    const r = c.resources?.requests ?? l;
    return ['cpu', 'memory'].every((k) => l[k] !== undefined && (r[k] ?? l[k]) === l[k]);
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** The full API status for a pod at `now`, given its runtime view and node IP. */
export function buildPodStatus(
  pod: Pod,
  rt: PodRuntime,
  hostIP: string,
  podIP: string | undefined,
  now: number,
): PodStatus {
  const prev = pod.status.conditions;
  const everStarted = rt.containers.some((c) => c.startedAt !== undefined);
  const phase: PodPhase = everStarted ? 'Running' : 'Pending';
  const allReady = rt.containers.every((c) => c.ready) && !rt.terminating;
  const notReady = rt.containers.filter((c) => !c.ready).map((c) => c.name);
  const reason = allReady ? undefined : 'ContainersNotReady';
  const msg = allReady ? undefined : intern(`containers with unready status: [${notReady.join(' ')}]`);
  const conditions: PodCondition[] = [
    condition(prev, 'PodReadyToStartContainers', rt.sandboxReady ? 'True' : 'False', now),
    condition(prev, 'Initialized', 'True', now),
    condition(prev, 'Ready', allReady ? 'True' : 'False', now, reason, msg),
    condition(prev, 'ContainersReady', allReady ? 'True' : 'False', now, reason, msg),
    condition(prev, 'PodScheduled', 'True', now),
  ];
  const startTime = pod.status.startTime ?? timeAt(now);
  const containerStatuses = rt.containers.map((c) => containerStatus(c, pod));
  const qos = qosClass(pod);
  if (!podIP) return { phase, conditions, hostIP, startTime, containerStatuses, qosClass: qos };
  // The same one-element list as before when the IP is unchanged (it is, after the sandbox is up).
  const prevIPs = pod.status.podIPs;
  const podIPs =
    prevIPs?.length === 1 && prevIPs[0]!.ip === podIP && sameKeysAs(prevIPs[0]!, ['ip'])
      ? prevIPs
      : [{ ip: podIP }];
  return { phase, conditions, hostIP, startTime, containerStatuses, qosClass: qos, podIP, podIPs };
}
