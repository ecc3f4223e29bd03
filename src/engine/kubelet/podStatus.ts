// Builds a Pod's API status from the kubelet's runtime view (pkg/kubelet/kubelet_pods.go generateAPIPodStatus,
// status/status_manager.go: conditions keep their lastTransitionTime while their status is unchanged).
import type { ContainerStatus, Pod, PodCondition, PodPhase, PodStatus } from '../api/types';
import { toTime } from '../sim/clock';
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

function containerStatus(c: ContainerRuntime, pod: Pod): ContainerStatus {
  const s: ContainerStatus = {
    name: c.name,
    image: c.imageRef ? c.image : c.image,
    imageID:
      c.imageRef && c.containerId
        ? `${c.imageRef.replace(/:[^:/@]+$/, '')}@sha256:${imageDigest(c.imageRef)}`
        : '',
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
      s.state = { running: { startedAt: toTime(c.startedAt ?? 0) } };
      break;
    case 'exited':
    case 'stopped':
      s.state = {
        terminated: {
          exitCode: c.exitCode ?? 0,
          reason: c.exitCode === 0 ? 'Completed' : 'Error',
          startedAt: toTime(c.startedAt ?? 0),
          finishedAt: toTime(c.finishedAt ?? 0),
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
        startedAt: toTime(c.last.startedAt),
        finishedAt: toTime(c.last.finishedAt),
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
    lastTransitionTime: keep ? old.lastTransitionTime : toTime(now),
  };
  if (reason) c.reason = reason;
  return c;
}

/** QoS class from requests/limits (pkg/apis/core/helper/qos). */
export function qosClass(pod: Pod): string {
  const cs = pod.spec.containers;
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
  const status: PodStatus = {
    phase,
    conditions,
    hostIP,
    startTime: pod.status.startTime ?? toTime(now),
    containerStatuses: rt.containers.map((c) => containerStatus(c, pod)),
    qosClass: qosClass(pod),
  };
  if (podIP) {
    status.podIP = podIP;
    status.podIPs = [{ ip: podIP }];
  }
  return status;
}
