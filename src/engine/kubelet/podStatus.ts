// Builds a Pod's API status from the kubelet's runtime view (pkg/kubelet/kubelet_pods.go generateAPIPodStatus,
// status/status_manager.go: conditions keep their lastTransitionTime while their status is unchanged).
import type { ContainerStatus, Pod, PodCondition, PodPhase, PodStatus } from '../api/types';
import { flat, timeAt } from '../sim/strings';
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

function containerStatus(c: ContainerRuntime, pod: Pod): ContainerStatus {
  const s: ContainerStatus = {
    name: c.name,
    image: c.imageRef ? c.image : c.image,
    imageID: c.imageRef && c.containerId ? imageIdOf(c.imageRef) : '',
    ready: c.ready,
    restartCount: c.restartCount,
    started: c.stage === 'running',
  };
  if (c.containerId) s.containerID = `containerd://${c.containerId}`;
  switch (c.stage) {
    case 'waiting':
    case 'pulling':
    case 'creating':
      s.state = { waiting: { reason: 'ContainerCreating' } };
      break;
    case 'pull-failed':
      s.state = { waiting: { reason: 'ErrImagePull', message: c.pullError ?? '' } };
      break;
    case 'pull-backoff':
      s.state = {
        waiting: {
          reason: 'ImagePullBackOff',
          message: `Back-off pulling image "${c.image}": ErrImagePull: ${c.pullError ?? ''}`,
        },
      };
      break;
    case 'invalid-image':
      s.state = { waiting: { reason: 'InvalidImageName', message: c.pullError ?? '' } };
      break;
    case 'running':
      s.state = { running: { startedAt: timeAt(c.startedAt ?? 0) } };
      break;
    case 'exited':
    case 'stopped':
      s.state = {
        terminated: {
          exitCode: c.exitCode ?? 0,
          reason: c.exitCode === 0 ? 'Completed' : 'Error',
          startedAt: timeAt(c.startedAt ?? 0),
          finishedAt: timeAt(c.finishedAt ?? 0),
          ...(c.containerId ? { containerID: `containerd://${c.containerId}` } : {}),
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
      s.state = {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off ${span} restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace ?? 'default'}(${pod.metadata.uid ?? ''})`,
        },
      };
      break;
    }
  }
  if (c.last) {
    s.lastState = {
      terminated: {
        exitCode: c.last.exitCode,
        reason: c.last.reason,
        startedAt: timeAt(c.last.startedAt),
        finishedAt: timeAt(c.last.finishedAt),
      },
    };
  } else {
    s.lastState = {};
  }
  return s;
}

function condition(
  prev: PodCondition[] | undefined,
  type: string,
  status: 'True' | 'False',
  now: number,
  reason?: string,
): PodCondition {
  const old = prev?.find((c) => c.type === type);
  const keep = old && old.status === status;
  const c: PodCondition = {
    type,
    status,
    lastProbeTime: null,
    lastTransitionTime: keep ? old.lastTransitionTime : timeAt(now),
  };
  if (reason) c.reason = reason;
  return c;
}

/** `next`, or `prev` when that is the same condition field for field in the same key order (objects are immutable). */
function reuse(prev: PodCondition[] | undefined, next: PodCondition): PodCondition {
  const old = prev?.find((c) => c.type === next.type);
  if (!old) return next;
  const a = Object.keys(old);
  const b = Object.keys(next);
  if (a.length !== b.length) return next;
  for (let i = 0; i < a.length; i++) {
    const k = a[i]!;
    if (k !== b[i] || old[k as keyof PodCondition] !== next[k as keyof PodCondition]) return next;
  }
  return old;
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
  const conditions: PodCondition[] = [
    condition(prev, 'PodReadyToStartContainers', rt.sandboxReady ? 'True' : 'False', now),
    condition(prev, 'Initialized', 'True', now),
    condition(prev, 'Ready', allReady ? 'True' : 'False', now, allReady ? undefined : 'ContainersNotReady'),
    condition(
      prev,
      'ContainersReady',
      allReady ? 'True' : 'False',
      now,
      allReady ? undefined : 'ContainersNotReady',
    ),
    condition(prev, 'PodScheduled', 'True', now),
  ];
  if (!allReady) {
    const msg = `containers with unready status: [${notReady.join(' ')}]`;
    conditions[2]!.message = msg;
    conditions[3]!.message = msg;
  }
  // Unchanged conditions stay the very same objects, so pod versions kept by snapshots share them.
  for (let i = 0; i < conditions.length; i++) conditions[i] = reuse(prev, conditions[i]!);
  const status: PodStatus = {
    phase,
    conditions,
    hostIP,
    startTime: pod.status.startTime ?? timeAt(now),
    containerStatuses: rt.containers.map((c) => containerStatus(c, pod)),
    qosClass: qosClass(pod),
  };
  if (podIP) {
    status.podIP = podIP;
    status.podIPs = [{ ip: podIP }];
  }
  return status;
}
