// Test builders mirroring the Go helpers of the upstream controller tests (newDeployment, rs, newRSWithStatus,
// newReplicaSet, pod) plus a resolver for the symbolic times used by the conformance vectors.
import type {
  ConditionStatus,
  Deployment,
  DeploymentCondition,
  DeploymentStatus,
  IntOrString,
  Pod,
  PodCondition,
  PodPhase,
  PodTemplateSpec,
  ReplicaSet,
  ReplicaSetStatus,
} from '../../../src/engine/api/types';
import { EPOCH_MS, civil, parseEpochMs, toMicroTime, toTime } from '../../../src/engine/sim/clock';

// ---------------------------------------------------------------------------------------------------
// Time

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Go's t.AddDate(0, months, 0) on a sim instant (day overflow normalises forward, like Go: Mar 31 − 1 month → Mar 3). */
export function addMonths(simMs: number, months: number): number {
  const c = civil(EPOCH_MS + simMs);
  const total = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const first =
    parseEpochMs(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01T00:00:00Z`) ?? 0;
  const timeOfDay = (((EPOCH_MS + simMs) % 86_400_000) + 86_400_000) % 86_400_000;
  return first - EPOCH_MS + (c.day - 1) * 86_400_000 + timeOfDay;
}

/**
 * Resolves a vector time to sim ms: null/undefined → undefined (Go zero time); "now", "now-10s", "now+1.9s",
 * "now-5h", "now-1month" relative to `now`; an RFC 3339 string as is (sub-millisecond digits round UP to the
 * next millisecond, so "…:59.000000001Z" stays strictly after "…:59Z" on the integer-ms sim clock).
 */
export function symbolicMs(t: string | null | undefined, now: number): number | undefined {
  if (t === null || t === undefined) return undefined;
  if (t === 'now') return now;
  const rel = /^now([+-])(\d+(?:\.\d+)?)(ms|s|m|h|d|month)$/.exec(t);
  if (rel) {
    const sign = rel[1] === '-' ? -1 : 1;
    const n = Number(rel[2]);
    if (rel[3] === 'month') return addMonths(now, sign * n);
    return now + sign * Math.round(n * (UNIT_MS[rel[3] ?? 's'] ?? 1000));
  }
  const abs = parseEpochMs(t);
  if (abs === undefined) throw new Error(`unparsable vector time ${t}`);
  const frac = /\.(\d+)/.exec(t)?.[1] ?? '';
  const subMs = frac.length > 3 && /[1-9]/.test(frac.slice(3)) ? 1 : 0;
  return abs - EPOCH_MS + subMs;
}

/** symbolicMs rendered as an API time (whole seconds, or microseconds when the instant has milliseconds). */
export function symbolicTime(t: string | null | undefined, now: number): string | undefined {
  const ms = symbolicMs(t, now);
  if (ms === undefined) return undefined;
  return ms % 1000 === 0 ? toTime(ms) : toMicroTime(ms);
}

// ---------------------------------------------------------------------------------------------------
// Deployments and ReplicaSets

/** Options of newDeployment; unset rolling-update values are 0 like the Go helper's. */
export interface DeploymentOptions {
  strategyType?: 'RollingUpdate' | 'Recreate' | string;
  maxSurge?: IntOrString | null;
  maxUnavailable?: IntOrString | null;
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  minReadySeconds?: number;
  paused?: boolean;
  selector?: Record<string, string>;
  generation?: number;
  annotations?: Record<string, string>;
  status?: DeploymentStatus;
  conditions?: DeploymentCondition[];
  image?: string;
  namespace?: string;
}

/**
 * newDeployment mirrors deployment_controller_test.go's helper: RollingUpdate with maxSurge 0 / maxUnavailable 0
 * unless given (null leaves a field unset), template labels = selector, one container image "foo/bar".
 * `replicas` null leaves spec.replicas unset. Recreate deployments get no rollingUpdate block.
 */
export function newDeployment(
  name: string,
  replicas: number | null,
  opts: DeploymentOptions = {},
): Deployment {
  const selector = opts.selector ?? { foo: 'bar' };
  const type = opts.strategyType ?? 'RollingUpdate';
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: opts.namespace ?? 'default',
      uid: `deployment-${name}`,
      generation: opts.generation ?? 0,
      annotations: { ...(opts.annotations ?? {}) },
    },
    spec: {
      selector: { matchLabels: { ...selector } },
      template: {
        metadata: { labels: { ...selector } },
        spec: { containers: [{ name: 'foo', image: opts.image ?? 'foo/bar' }] },
      },
      strategy: { type },
    },
    status: { ...(opts.status ?? {}) },
  };
  if (replicas !== null) d.spec.replicas = replicas;
  if (type === 'RollingUpdate') {
    const ru: { maxSurge?: IntOrString; maxUnavailable?: IntOrString } = {};
    if (opts.maxSurge !== null) ru.maxSurge = opts.maxSurge ?? 0;
    if (opts.maxUnavailable !== null) ru.maxUnavailable = opts.maxUnavailable ?? 0;
    d.spec.strategy = { type, rollingUpdate: ru };
  }
  if (opts.revisionHistoryLimit !== undefined) d.spec.revisionHistoryLimit = opts.revisionHistoryLimit;
  if (opts.progressDeadlineSeconds !== undefined)
    d.spec.progressDeadlineSeconds = opts.progressDeadlineSeconds;
  if (opts.minReadySeconds !== undefined) d.spec.minReadySeconds = opts.minReadySeconds;
  if (opts.paused !== undefined) d.spec.paused = opts.paused;
  if (opts.conditions !== undefined) d.status.conditions = opts.conditions.map((c) => ({ ...c }));
  return d;
}

/** Options of rs(). */
export interface ReplicaSetOptions {
  selector?: Record<string, string>;
  /** RFC 3339; unset = Go's zero time. */
  creationTimestamp?: string;
  annotations?: Record<string, string>;
  status?: Partial<ReplicaSetStatus>;
  template?: PodTemplateSpec;
  uid?: string;
  namespace?: string;
  /** Makes the RS controlled by this Deployment (ownerReference with controller: true). */
  owner?: Deployment;
}

/** rs mirrors the Go helper: name, spec.replicas, selector, creation time, empty template, all-zero status. */
export function rs(name: string, replicas: number, opts: ReplicaSetOptions = {}): ReplicaSet {
  const selector = opts.selector ?? { foo: 'bar' };
  const out: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: opts.namespace ?? 'default', uid: opts.uid ?? `replicaset-${name}` },
    spec: {
      replicas,
      selector: { matchLabels: { ...selector } },
      template: opts.template ?? { spec: { containers: [] } },
    },
    status: { replicas: 0, ...(opts.status ?? {}) },
  };
  if (opts.creationTimestamp !== undefined) out.metadata.creationTimestamp = opts.creationTimestamp;
  if (opts.annotations !== undefined) out.metadata.annotations = { ...opts.annotations };
  if (opts.owner) {
    out.metadata.ownerReferences = [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: opts.owner.metadata.name,
        uid: opts.owner.metadata.uid ?? '',
        controller: true,
        blockOwnerDeletion: true,
      },
    ];
  }
  return out;
}

/** newRSWithStatus mirrors the Go helper: rs() with status.replicas set. */
export function newRSWithStatus(
  name: string,
  specReplicas: number,
  statusReplicas: number,
  selector?: Record<string, string>,
): ReplicaSet {
  return rs(name, specReplicas, { ...(selector ? { selector } : {}), status: { replicas: statusReplicas } });
}

/** newReplicaSet mirrors the Go helper: an RS owned by `d` with d's selector, labels and template. */
export function newReplicaSet(
  d: Deployment,
  name: string,
  replicas: number,
  creationTimestamp?: string,
): ReplicaSet {
  const out = rs(name, replicas, {
    selector: d.spec.selector.matchLabels ?? {},
    template: structuredClone(d.spec.template),
    owner: d,
    ...(creationTimestamp !== undefined ? { creationTimestamp } : {}),
  });
  out.metadata.labels = { ...(d.spec.selector.matchLabels ?? {}) };
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Pods

/** Options of pod(). */
export interface PodOptions {
  nodeName?: string;
  phase?: PodPhase;
  /** Ready condition: true/false, or a status with an optional lastTransitionTime (RFC 3339). */
  ready?: boolean | { status: ConditionStatus; lastTransitionTime?: string };
  restartCounts?: number[];
  creationTimestamp?: string;
  deletionTimestamp?: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  uid?: string;
  /** Makes the pod controlled by this ReplicaSet. */
  owner?: ReplicaSet;
}

/** pod builds a Pod with just the fields the controller logic reads. No Ready option = no conditions at all. */
export function pod(name: string, opts: PodOptions = {}): Pod {
  const p: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { containers: [{ name: 'c', image: 'foo/bar' }] },
    status: {},
  };
  if (opts.nodeName) p.spec.nodeName = opts.nodeName;
  if (opts.phase) p.status.phase = opts.phase;
  if (opts.ready !== undefined) {
    const r = typeof opts.ready === 'boolean' ? { status: opts.ready ? 'True' : 'False' } : opts.ready;
    const cond: PodCondition = { type: 'Ready', status: r.status as ConditionStatus };
    if ('lastTransitionTime' in r && r.lastTransitionTime !== undefined)
      cond.lastTransitionTime = r.lastTransitionTime;
    p.status.conditions = [cond];
  }
  if (opts.restartCounts) {
    p.status.containerStatuses = opts.restartCounts.map((n, i) => ({
      name: `c${i}`,
      ready: true,
      restartCount: n,
      image: 'foo/bar',
      imageID: '',
    }));
  }
  if (opts.creationTimestamp !== undefined) p.metadata.creationTimestamp = opts.creationTimestamp;
  if (opts.deletionTimestamp !== undefined) p.metadata.deletionTimestamp = opts.deletionTimestamp;
  if (opts.annotations) p.metadata.annotations = { ...opts.annotations };
  if (opts.labels) p.metadata.labels = { ...opts.labels };
  if (opts.uid !== undefined) p.metadata.uid = opts.uid;
  if (opts.owner) {
    p.metadata.ownerReferences = [
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: opts.owner.metadata.name,
        uid: opts.owner.metadata.uid ?? '',
        controller: true,
        blockOwnerDeletion: true,
      },
    ];
  }
  return p;
}
