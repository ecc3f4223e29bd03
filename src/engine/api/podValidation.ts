// Mirrors the pod rules of pkg/apis/core/validation/validation.go (ValidatePodTemplateSpec, ValidatePodSpec,
// validateContainers, validateContainerPorts, ValidateResourceRequirements, probes) — the essentials a learner
// can trip on — and the quantity decoding the API server does before validation.
import type {
  Container,
  IntOrString,
  KubeObject,
  PodSpec,
  PodTemplateSpec,
  Probe,
  ResourceRequirements,
} from './types';
import type { FieldError } from './fieldErrors';
import {
  child,
  duplicate,
  forbidden,
  inclusiveRangeError,
  index,
  invalid,
  IS_NEGATIVE_ERROR_MSG,
  key,
  maxLenError,
  notFound,
  notSupported,
  required,
  validateNonnegativeField,
} from './fieldErrors';
import { isQualifiedName, validateAnnotations, validateLabels } from './labels';
import { isDNS1123Label, isDNS1123Subdomain } from './names';
import { compareQuantity, parseQuantity, quantityMilliValue, quantityString } from './quantity';
import { deepClone } from './clone';

const MAX_INT32 = 2147483647;

/** ValidatePodTemplateSpec: labels (`spec.template.labels`), annotations, the pod spec, no ephemeral containers. */
export function validatePodTemplateSpec(t: PodTemplateSpec, path: string): FieldError[] {
  const errs = [...validateLabels(t.metadata?.labels, child(path, 'labels'))];
  errs.push(...validateAnnotations(t.metadata?.annotations, child(path, 'annotations')));
  errs.push(...validatePodSpec(t.spec ?? { containers: [] }, child(path, 'spec')));
  if ((t.spec?.ephemeralContainers ?? []).length > 0)
    errs.push(
      forbidden(
        child(path, 'spec', 'ephemeralContainers'),
        'ephemeral containers not allowed in pod template',
      ),
    );
  return errs;
}

/** ValidatePodSpec essentials, in upstream order: volumes, containers, init containers, policies, selectors, names. */
export function validatePodSpec(spec: PodSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const volumes = new Set<string>();
  (spec.volumes ?? []).forEach((v, i) => {
    const p = index(child(path, 'volumes'), i);
    if (!v.name) errs.push(required(child(p, 'name')));
    else if (volumes.has(v.name)) errs.push(duplicate(child(p, 'name'), v.name));
    else {
      for (const m of isDNS1123Label(v.name)) errs.push(invalid(child(p, 'name'), v.name, m));
      volumes.add(v.name);
    }
    if (Object.keys(v).filter((k) => k !== 'name').length === 0)
      errs.push(required(p, 'must specify a volume type'));
  });
  errs.push(...validateContainers(spec.containers ?? [], volumes, child(path, 'containers')));
  const names = new Set((spec.containers ?? []).map((c) => c.name));
  (spec.initContainers ?? []).forEach((c, i) => {
    const p = index(child(path, 'initContainers'), i);
    errs.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name)) errs.push(duplicate(child(p, 'name'), c.name));
    names.add(c.name);
  });
  const rp = spec.restartPolicy ?? '';
  if (rp === '') errs.push(required(child(path, 'restartPolicy')));
  else if (!['Always', 'OnFailure', 'Never'].includes(rp))
    errs.push(notSupported(child(path, 'restartPolicy'), rp, ['Always', 'OnFailure', 'Never']));
  const dns = spec.dnsPolicy ?? '';
  const dnsValues = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (dns === '') errs.push(required(child(path, 'dnsPolicy')));
  else if (!dnsValues.includes(dns)) errs.push(notSupported(child(path, 'dnsPolicy'), dns, dnsValues));
  errs.push(...validateLabels(spec.nodeSelector, child(path, 'nodeSelector')));
  if (spec.serviceAccountName)
    for (const m of isDNS1123Subdomain(spec.serviceAccountName))
      errs.push(invalid(child(path, 'serviceAccountName'), spec.serviceAccountName, m));
  if (spec.nodeName)
    for (const m of isDNS1123Subdomain(spec.nodeName))
      errs.push(invalid(child(path, 'nodeName'), spec.nodeName, m));
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null && (ads < 1 || ads > MAX_INT32))
    errs.push(invalid(child(path, 'activeDeadlineSeconds'), ads, inclusiveRangeError(1, MAX_INT32)));
  return errs;
}

/** validateContainers: at least one; common checks; unique names; probes; unique host ports. */
function validateContainers(containers: Container[], volumes: Set<string>, path: string): FieldError[] {
  if (containers.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = index(path, i);
    errs.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name)) errs.push(duplicate(child(p, 'name'), c.name));
    else names.add(c.name);
    errs.push(...validateProbe(c.livenessProbe, child(p, 'livenessProbe'), true));
    errs.push(...validateProbe(c.readinessProbe, child(p, 'readinessProbe'), false));
    errs.push(...validateProbe(c.startupProbe, child(p, 'startupProbe'), true));
    if (c.restartPolicy !== undefined)
      errs.push(forbidden(child(p, 'restartPolicy'), 'may not be set for non-init containers'));
  });
  const hostPorts = new Set<string>();
  containers.forEach((c, ci) =>
    (c.ports ?? []).forEach((port, pi) => {
      if (!port.hostPort) return;
      const id = `/${port.protocol ?? ''}/${port.hostPort}`;
      if (hostPorts.has(id))
        errs.push(duplicate(child(index(child(index(path, ci), 'ports'), pi), 'hostPort'), id));
      hostPorts.add(id);
    }),
  );
  return errs;
}

/** validateContainerCommon: name, image, terminationMessagePolicy, ports, env, mounts, pull policy, resources. */
function validateContainerCommon(c: Container, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(child(path, 'name')));
  else for (const m of isDNS1123Label(c.name)) errs.push(invalid(child(path, 'name'), c.name, m));
  if (!c.image) errs.push(required(child(path, 'image')));
  const tmp = c.terminationMessagePolicy ?? '';
  if (tmp === '') errs.push(required(child(path, 'terminationMessagePolicy')));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError')
    errs.push(notSupported(child(path, 'terminationMessagePolicy'), tmp, ['File', 'FallbackToLogsOnError']));
  errs.push(...validateContainerPorts(c.ports ?? [], child(path, 'ports')));
  (c.env ?? []).forEach((e, i) => {
    if (!e.name) errs.push(required(child(index(child(path, 'env'), i), 'name')));
  });
  const mountPaths = new Set<string>();
  (c.volumeMounts ?? []).forEach((m, i) => {
    const p = index(child(path, 'volumeMounts'), i);
    if (!m.name) errs.push(required(child(p, 'name')));
    if (!volumes.has(m.name)) errs.push(notFound(child(p, 'name'), m.name));
    if (!m.mountPath) errs.push(required(child(p, 'mountPath')));
    if (mountPaths.has(m.mountPath)) errs.push(invalid(child(p, 'mountPath'), m.mountPath, 'must be unique'));
    mountPaths.add(m.mountPath);
  });
  const pp = c.imagePullPolicy ?? '';
  if (pp === '') errs.push(required(child(path, 'imagePullPolicy')));
  else if (!['Always', 'IfNotPresent', 'Never'].includes(pp))
    errs.push(notSupported(child(path, 'imagePullPolicy'), pp, ['Always', 'IfNotPresent', 'Never']));
  errs.push(...validateResourceRequirements(c.resources, child(path, 'resources')));
  return errs;
}

/** IsValidPortNum messages. */
function portNumErrors(n: number): string[] {
  return n >= 1 && n <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

/** IsValidPortName: ≤ 15 characters of [-a-z0-9], at least one letter, no `--`, no leading/trailing '-'. */
function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(name))
    errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** validateContainerPorts: names (IANA service names, unique), containerPort 1–65535, hostPort, protocol. */
function validateContainerPorts(ports: NonNullable<Container['ports']>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = index(path, i);
    if (port.name) {
      const msgs = portNameErrors(port.name);
      if (msgs.length > 0) for (const m of msgs) errs.push(invalid(child(p, 'name'), port.name, m));
      else if (names.has(port.name)) errs.push(duplicate(child(p, 'name'), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(child(p, 'containerPort')));
    else
      for (const m of portNumErrors(port.containerPort))
        errs.push(invalid(child(p, 'containerPort'), port.containerPort, m));
    if (port.hostPort)
      for (const m of portNumErrors(port.hostPort))
        errs.push(invalid(child(p, 'hostPort'), port.hostPort, m));
    const proto = port.protocol ?? '';
    if (proto === '') errs.push(required(child(p, 'protocol')));
    else if (!['SCTP', 'TCP', 'UDP'].includes(proto))
      errs.push(notSupported(child(p, 'protocol'), proto, ['SCTP', 'TCP', 'UDP']));
  });
  return errs;
}

/** ValidatePortNumOrName for probe ports. */
function validatePortNumOrName(port: IntOrString, path: string): FieldError[] {
  const msgs = typeof port === 'number' ? portNumErrors(port) : portNameErrors(port);
  return msgs.map((m) => invalid(path, port, m));
}

/** validateProbe (+ validateLivenessProbe/StartupProbe's `successThreshold: must be 1`). */
function validateProbe(probe: Probe | undefined, path: string, mustSucceedOnce: boolean): FieldError[] {
  if (!probe) return [];
  const errs: FieldError[] = [];
  const handlers = (['exec', 'httpGet', 'tcpSocket'] as const).filter((h) => probe[h] !== undefined);
  if (handlers.length === 0) errs.push(required(path, 'must specify a handler type'));
  for (const h of handlers.slice(1))
    errs.push(forbidden(child(path, h), 'may not specify more than 1 handler type'));
  if (probe.exec && (probe.exec.command ?? []).length === 0)
    errs.push(required(child(path, 'exec', 'command')));
  if (probe.httpGet) {
    const p = child(path, 'httpGet');
    if (!probe.httpGet.path) errs.push(required(child(p, 'path')));
    errs.push(...validatePortNumOrName(probe.httpGet.port, child(p, 'port')));
    const scheme = probe.httpGet.scheme ?? '';
    if (scheme !== 'HTTP' && scheme !== 'HTTPS')
      errs.push(notSupported(child(p, 'scheme'), scheme, ['HTTP', 'HTTPS']));
  }
  if (probe.tcpSocket)
    errs.push(...validatePortNumOrName(probe.tcpSocket.port, child(path, 'tcpSocket', 'port')));
  for (const f of [
    'initialDelaySeconds',
    'timeoutSeconds',
    'periodSeconds',
    'successThreshold',
    'failureThreshold',
  ] as const)
    errs.push(...validateNonnegativeField(probe[f] ?? 0, child(path, f)));
  if (mustSucceedOnce && (probe.successThreshold ?? 0) !== 1)
    errs.push(invalid(child(path, 'successThreshold'), probe.successThreshold ?? 0, 'must be 1'));
  return errs;
}

const STANDARD_CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];
const isOvercommitAllowed = (name: string): boolean => STANDARD_CONTAINER_RESOURCES.includes(name);

/** validateContainerResourceName: a qualified name; unprefixed names must be standard container resources. */
function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((m) => invalid(path, name, m));
  if (!name.includes('/') && !STANDARD_CONTAINER_RESOURCES.includes(name) && !name.startsWith('hugepages-'))
    errs.push(invalid(path, name, 'must be a standard resource for containers'));
  return errs;
}

/**
 * ValidateResourceRequirements: names, quantities ≥ 0 (value printed canonical and quoted), extended resources
 * whole numbers, and each request ≤ its limit:
 * `spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1`.
 */
export function validateResourceRequirements(
  r: ResourceRequirements | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const limits = r?.limits ?? {};
  const requests = r?.requests ?? {};
  const check = (list: Record<string, string>, p: string): void => {
    for (const name of Object.keys(list).sort()) {
      const fp = key(p, name);
      errs.push(...validateResourceName(name, fp));
      const q = parseQuantity(list[name] as string);
      if (!q.ok) continue; // rejected earlier, when the request body is decoded
      if (q.value.mantissa < 0n) errs.push(invalid(fp, quantityString(q.value), IS_NEGATIVE_ERROR_MSG));
      if (name.includes('/') && quantityMilliValue(q.value) % 1000 !== 0)
        errs.push(invalid(fp, quantityString(q.value), 'must be an integer'));
      if (p.endsWith('requests') && name in limits) {
        const lim = parseQuantity(limits[name] as string);
        if (!lim.ok) continue;
        const cmp = compareQuantity(q.value, lim.value);
        const [qs, ls] = [quantityString(q.value), quantityString(lim.value)];
        if (cmp !== 0 && !isOvercommitAllowed(name))
          errs.push(invalid(p, qs, `must be equal to ${name} limit of ${ls}`));
        else if (cmp > 0) errs.push(invalid(p, qs, `must be less than or equal to ${name} limit of ${ls}`));
      }
    }
  };
  check(limits, child(path, 'limits'));
  check(requests, child(path, 'requests'));
  return errs;
}

// ---------------------------------------------------------------------------------------------------
// Decoding

/** The pod specs inside an object (a Pod's spec, a Deployment's or ReplicaSet's template spec). */
function podSpecsOf(obj: KubeObject): PodSpec[] {
  if (obj.kind === 'Pod') return obj.spec ? [obj.spec] : [];
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet')
    return obj.spec?.template?.spec ? [obj.spec.template.spec] : [];
  return [];
}

/**
 * What the API server's decoder does to resource quantities: a bad one fails the whole request (wrap the
 * error with errors.ts cannotBeHandledStatus: `Deployment in version "v1" cannot be handled as a Deployment:
 * quantities must match the regular expression ...`); good ones are stored canonical (`cpu: 0.5` → `500m`).
 */
export function decodeQuantities<T extends KubeObject>(
  obj: T,
): { ok: true; value: T } | { ok: false; error: string } {
  const out = deepClone(obj);
  const lists: Record<string, string>[] = [];
  for (const spec of podSpecsOf(out))
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      if (c.resources?.limits) lists.push(c.resources.limits);
      if (c.resources?.requests) lists.push(c.resources.requests);
    }
  if (out.kind === 'Node') {
    if (out.status?.capacity) lists.push(out.status.capacity);
    if (out.status?.allocatable) lists.push(out.status.allocatable);
  }
  for (const list of lists)
    for (const k of Object.keys(list)) {
      const q = parseQuantity(list[k] as string);
      if (!q.ok) return { ok: false, error: q.error };
      list[k] = quantityString(q.value);
    }
  return { ok: true, value: out };
}
