// Builders turning the conformance vectors' compact fixtures into API objects for the printer tests.
import type {
  ContainerState,
  ContainerStatus,
  Deployment,
  Event,
  Pod,
  PodCondition,
  ReplicaSet,
} from '../../../src/engine/api/types';
import { toMicroTime } from '../../../src/engine/sim/clock';

/** Simulated "now" used by every printer test (10 days + 7 s into the simulation). */
export const NOW = 10 * 86_400_000 + 7_000;

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `now-10s`, `now+1.9s`, `now-5d` → RFC 3339 (ms precision) relative to NOW; null/undefined → undefined. */
export function rel(expr: string | null | undefined, now = NOW): string | undefined {
  if (expr === null || expr === undefined) return undefined;
  if (expr === 'now') return toMicroTime(now);
  const m = /^now([+-])(\d+(?:\.\d+)?)(s|m|h|d)$/.exec(expr);
  if (!m) return expr; // absolute RFC 3339
  const delta = Number(m[2]) * (UNIT_MS[m[3] as string] as number);
  return toMicroTime(m[1] === '+' ? now + delta : now - delta);
}

export interface VecStatus {
  name?: string;
  ready: boolean;
  restartCount: number;
  state: ContainerState | null;
  lastTerminationFinishedAt?: string;
  started?: boolean;
}

export interface VecPod {
  name: string;
  containers: { name: string; image?: string }[] | number;
  initContainers?: { name: string; image?: string; restartPolicy?: 'Always' }[];
  phase?: string;
  reason?: string;
  containerStatuses?: VecStatus[];
  initContainerStatuses?: VecStatus[];
  creationTimestamp?: string | null;
  deletionTimestamp?: string;
  conditions?: PodCondition[];
  nodeName?: string;
  readinessGates?: string[];
  podIPs?: string[];
  nominatedNodeName?: string;
}

function status(s: VecStatus): ContainerStatus {
  const out: ContainerStatus = {
    name: s.name ?? '',
    ready: s.ready,
    restartCount: s.restartCount,
    image: '',
    imageID: '',
  };
  if (s.state) out.state = s.state;
  if (s.started !== undefined) out.started = s.started;
  if (s.lastTerminationFinishedAt) {
    out.lastState = { terminated: { exitCode: 0, finishedAt: rel(s.lastTerminationFinishedAt) } };
  }
  return out;
}

/** A Pod from a TestPrintPod* fixture. */
export function vecPod(p: VecPod): Pod {
  const containers =
    typeof p.containers === 'number'
      ? Array.from({ length: p.containers }, () => ({ name: '' }))
      : p.containers.map((c) => ({ ...c }));
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: p.name, namespace: 'default' },
    spec: { containers, initContainers: p.initContainers?.map((c) => ({ ...c })) },
    status: {
      phase: p.phase as Pod['status']['phase'],
      reason: p.reason,
      conditions: p.conditions,
      containerStatuses: (p.containerStatuses ?? []).map(status),
      initContainerStatuses: (p.initContainerStatuses ?? []).map(status),
      nominatedNodeName: p.nominatedNodeName,
      podIPs: p.podIPs?.map((ip) => ({ ip })),
    },
  };
  if (p.creationTimestamp) pod.metadata.creationTimestamp = rel(p.creationTimestamp);
  if (p.deletionTimestamp) pod.metadata.deletionTimestamp = rel(p.deletionTimestamp);
  if (p.nodeName) pod.spec.nodeName = p.nodeName;
  if (p.readinessGates) {
    Object.assign(pod.spec, { readinessGates: p.readinessGates.map((conditionType) => ({ conditionType })) });
  }
  return pod;
}

export interface VecWorkload {
  name: string;
  creationTimestamp?: string;
  specReplicas: number;
  containers: { name: string; image: string }[];
  selector: Record<string, string>;
  status: Record<string, number>;
}

/** A Deployment from a TestPrintDeployment fixture. */
export function vecDeployment(d: VecWorkload): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: d.name, creationTimestamp: rel(d.creationTimestamp) },
    spec: {
      replicas: d.specReplicas,
      selector: { matchLabels: d.selector },
      template: { spec: { containers: d.containers } },
    },
    status: { ...d.status },
  };
}

/** A ReplicaSet from a TestPrintReplicaSet fixture. */
export function vecReplicaSet(r: VecWorkload): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: r.name, creationTimestamp: rel(r.creationTimestamp) },
    spec: {
      replicas: r.specReplicas,
      selector: { matchLabels: r.selector },
      template: { spec: { containers: r.containers } },
    },
    status: { replicas: 0, ...r.status },
  };
}

/** A minimal core/v1 Event. */
export function event(partial: Partial<Event> & { name: string }): Event {
  const { name, ...rest } = partial;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'default' },
    involvedObject: { kind: 'Deployment', name: 'bar' },
    reason: '',
    message: '',
    source: { component: '' },
    firstTimestamp: '',
    lastTimestamp: '',
    count: 0,
    type: 'Normal',
    ...rest,
  };
}
