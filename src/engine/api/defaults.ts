// Mirrors pkg/apis/apps/v1/defaults.go and pkg/apis/core/v1/defaults.go: the defaulting the API server applies
// on create and update. Every function returns a new object; inputs are never mutated.
import type {
  Container,
  Deployment,
  HTTPGetAction,
  Pod,
  PodSpec,
  PodTemplateSpec,
  Probe,
  ReplicaSet,
  Toleration,
} from './types';
import { deepClone } from './clone';

/**
 * SetDefaults_Deployment (apps/v1): replicas 1; strategy RollingUpdate; maxUnavailable/maxSurge 25% only when
 * the type is RollingUpdate; revisionHistoryLimit 10; progressDeadlineSeconds 600. minReadySeconds stays unset
 * (`kubectl get -o yaml` omits it; readers treat it as 0), paused stays unset. The template gets PodSpec defaults.
 */
export function setDefaultsDeployment(d: Deployment): Deployment {
  const out = deepClone(d);
  const spec = out.spec;
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  const strategy = (spec.strategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = '25%';
    if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = '25%';
  }
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null)
    spec.revisionHistoryLimit = 10;
  if (spec.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === null)
    spec.progressDeadlineSeconds = 600;
  if (spec.template) spec.template = defaultTemplate(spec.template);
  return out;
}

/** SetDefaults_ReplicaSet (apps/v1): replicas 1, plus PodSpec defaults on the template. */
export function setDefaultsReplicaSet(rs: ReplicaSet): ReplicaSet {
  const out = deepClone(rs);
  if (out.spec.replicas === undefined || out.spec.replicas === null) out.spec.replicas = 1;
  if (out.spec.template) out.spec.template = defaultTemplate(out.spec.template);
  return out;
}

/**
 * SetDefaults_Pod: PodSpec defaults, and for a Pod (not a template) requests default to limits for every
 * resource that has a limit but no request (limits cpu 500m → requests cpu 500m).
 */
export function setDefaultsPod(pod: Pod): Pod {
  const out = deepClone(pod);
  out.spec = setDefaultsPodSpec(out.spec);
  for (const c of [...out.spec.containers, ...(out.spec.initContainers ?? [])]) {
    const limits = c.resources?.limits;
    if (!limits) continue;
    const requests = ((c.resources as NonNullable<Container['resources']>).requests ??= {});
    for (const k of Object.keys(limits)) if (!(k in requests)) requests[k] = limits[k] as string;
  }
  return out;
}

/** A pod template with PodSpec defaults (metadata untouched). */
export function setDefaultsPodTemplateSpec(t: PodTemplateSpec): PodTemplateSpec {
  return defaultTemplate(deepClone(t));
}

function defaultTemplate(t: PodTemplateSpec): PodTemplateSpec {
  return { ...t, spec: setDefaultsPodSpec(t.spec ?? ({ containers: [] } as PodSpec)) };
}

/**
 * SetDefaults_PodSpec: dnsPolicy ClusterFirst, restartPolicy Always, securityContext {},
 * terminationGracePeriodSeconds 30, schedulerName default-scheduler; containers get container defaults.
 */
export function setDefaultsPodSpec(spec: PodSpec): PodSpec {
  const out = deepClone(spec);
  if (!out.dnsPolicy) out.dnsPolicy = 'ClusterFirst';
  if (!out.restartPolicy) out.restartPolicy = 'Always';
  if (!out.securityContext) out.securityContext = {};
  if (out.terminationGracePeriodSeconds === undefined || out.terminationGracePeriodSeconds === null)
    out.terminationGracePeriodSeconds = 30;
  if (!out.schedulerName) out.schedulerName = 'default-scheduler';
  out.containers = (out.containers ?? []).map(setDefaultsContainer);
  if (out.initContainers) out.initContainers = out.initContainers.map(setDefaultsContainer);
  return out;
}

/**
 * SetDefaults_Container (+ ContainerPort, Probe and HTTPGetAction defaults): imagePullPolicy Always when the
 * image tag is `latest` or missing (and no digest), else IfNotPresent; terminationMessagePath
 * /dev/termination-log; terminationMessagePolicy File; port protocol TCP; probes timeoutSeconds 1,
 * periodSeconds 10, successThreshold 1, failureThreshold 3; httpGet path `/` and scheme HTTP. `resources`
 * becomes `{}` when absent, as the API server always serializes it.
 */
export function setDefaultsContainer(c: Container): Container {
  const out = deepClone(c);
  if (!out.imagePullPolicy)
    out.imagePullPolicy = imageTag(out.image ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
  if (!out.terminationMessagePath) out.terminationMessagePath = '/dev/termination-log';
  if (!out.terminationMessagePolicy) out.terminationMessagePolicy = 'File';
  if (!out.resources) out.resources = {};
  if (out.ports) out.ports = out.ports.map((p) => (p.protocol ? p : { ...p, protocol: 'TCP' }));
  if (out.readinessProbe) out.readinessProbe = defaultProbe(out.readinessProbe);
  if (out.livenessProbe) out.livenessProbe = defaultProbe(out.livenessProbe);
  if (out.startupProbe) out.startupProbe = defaultProbe(out.startupProbe);
  return out;
}

function defaultProbe(p: Probe): Probe {
  const out: Probe = { ...p };
  if (!out.timeoutSeconds) out.timeoutSeconds = 1;
  if (!out.periodSeconds) out.periodSeconds = 10;
  if (!out.successThreshold) out.successThreshold = 1;
  if (!out.failureThreshold) out.failureThreshold = 3;
  if (out.httpGet) {
    const h: HTTPGetAction = { ...out.httpGet };
    if (!h.path) h.path = '/';
    if (!h.scheme) h.scheme = 'HTTP';
    out.httpGet = h;
  }
  return out;
}

const IMAGE_REF = /^(?:[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/**
 * The tag parsers.ParseImageName reports: `latest` when there is neither tag nor digest, '' when there is a
 * digest only or the reference does not parse (so the policy falls back to IfNotPresent).
 * Examples: `nginx` → latest, `nginx:1.25` → 1.25, `localhost:5000/app` → latest, `app@sha256:…` → ''.
 */
export function imageTag(image: string): string {
  let rest = image;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag = '';
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return '';
  }
  // The first component may be a registry host (with a port or dots); the path must be lowercase.
  const firstSlash = rest.indexOf('/');
  const first = firstSlash < 0 ? '' : rest.slice(0, firstSlash);
  const isHost = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = isHost ? rest.slice(firstSlash + 1) : rest;
  if (path === '' || !IMAGE_REF.test(path)) return '';
  if (tag === '' && digest === '') return 'latest';
  return tag;
}

/**
 * Admission defaults a real cluster adds to every Pod (ServiceAccount, Priority and DefaultTolerationSeconds
 * admission plugins): serviceAccountName `default`, priority 0, and NoExecute tolerations for
 * node.kubernetes.io/not-ready and /unreachable (300 s) unless the Pod already tolerates them. These show in
 * `kubectl get pod -o yaml` and in describe's `Tolerations:`.
 */
export function admitPod(pod: Pod): Pod {
  const out = deepClone(pod);
  if (!out.spec.serviceAccountName) out.spec.serviceAccountName = 'default';
  if (out.spec.priority === undefined || out.spec.priority === null) out.spec.priority = 0;
  const tolerations: Toleration[] = out.spec.tolerations ?? [];
  for (const k of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const has = tolerations.some(
      (t) =>
        (t.key === k || (t.key === undefined && t.operator === 'Exists')) &&
        (!t.effect || t.effect === 'NoExecute'),
    );
    if (!has) tolerations.push({ key: k, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  }
  out.spec.tolerations = tolerations;
  return out;
}
