// The `Containers:` block of describe pod / pod template: ports, state, resources, probes, env, mounts.
// Mirrors describeContainers and its helpers in k8s.io/kubectl/pkg/describe/describe.go.
import type {
  Container,
  ContainerState,
  ContainerStatus,
  Probe,
  ResourceRequirements,
} from '../../../engine/api/types';
import { goSort } from '../gosort';
import { canonicalQuantity } from '../quantity';
import { formatRFC1123Z } from '../time';
import { stringOrNone } from './common';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefixWriter';

/** `80/TCP, 443/TCP` (protocol defaults to TCP as the API server would default it). */
const portString = (c: Container, host: boolean): string =>
  (c.ports ?? [])
    .map((p) => `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`)
    .join(', ');

/** describeResources: `Limits:` / `Requests:` with one sorted `name:\tquantity` line each. */
export function describeResources(
  w: PrefixWriter,
  resources: ResourceRequirements | undefined,
  level: number,
): void {
  for (const [title, list] of [
    ['Limits', resources?.limits],
    ['Requests', resources?.requests],
  ] as const) {
    const names = Object.keys(list ?? {}).sort();
    if (names.length > 0) w.write(level, `${title}:\n`);
    for (const n of names)
      w.write(level + 1, `${n}:\t${canonicalQuantity((list as Record<string, string>)[n] as string)}\n`);
  }
}

/** DescribeProbe: `http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(p: Probe): string {
  const attrs =
    `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s ` +
    `#success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const scheme = (p.httpGet.scheme ?? 'HTTP').toLowerCase();
    let path = p.httpGet.path ?? '';
    if (path !== '' && !path.startsWith('/')) path = `/${path}`; // url.URL.String adds the slash
    return `http-get ${scheme}://:${p.httpGet.port}${path} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket :${p.tcpSocket.port} ${attrs}`;
  return `unknown ${attrs}`;
}

/** describeStatus: `State:\tRunning` + `Started:`, `Waiting` + `Reason:`, or `Terminated` + details. */
function describeStatus(w: PrefixWriter, name: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${formatRFC1123Z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal && t.signal > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${formatRFC1123Z(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${formatRFC1123Z(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
  }
}

function describeContainer(
  w: PrefixWriter,
  c: Container,
  status: ContainerStatus | undefined,
  space: string,
): void {
  w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
  if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID}\n`);
  const ports = portString(c, false);
  w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${stringOrNone(ports)}\n`);
  const hostPorts = portString(c, true);
  w.write(
    LEVEL_2,
    hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${stringOrNone(hostPorts)}\n`,
  );
  if (c.command?.length) {
    w.write(LEVEL_2, 'Command:\n');
    for (const s of c.command.flatMap((x) => x.split('\n'))) w.write(LEVEL_3, `${s}\n`);
  }
  if (c.args?.length) {
    w.write(LEVEL_2, 'Args:\n');
    for (const s of c.args.flatMap((x) => x.split('\n'))) w.write(LEVEL_3, `${s}\n`);
  }
  if (status) {
    describeStatus(w, 'State', status.state);
    if (status.lastState?.terminated) describeStatus(w, 'Last State', status.lastState);
    w.write(LEVEL_2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
    w.write(LEVEL_2, `Restart Count:\t${status.restartCount}\n`);
  }
  describeResources(w, c.resources, LEVEL_2);
  if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
  if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
  if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
  const env = c.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    (e.value ?? '')
      .split('\n')
      .forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
  }
  const mounts = [...(c.volumeMounts ?? [])];
  goSort(mounts, (a, b) => a.mountPath < b.mountPath);
  w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
  for (const m of mounts) w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})\n`);
}

/**
 * describeContainers: `<space>Containers:` (`: <none>` when empty) then one block per container. Statuses are
 * matched by container name; with a status the block also shows Container ID, Image ID, State, Ready, Restart
 * Count. `space` is '  ' inside a pod template (container names then get one extra space: `   nginx:`).
 */
export function describeContainers(
  w: PrefixWriter,
  label: string,
  containers: Container[],
  statuses: ContainerStatus[] | undefined,
  space: string,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const c of containers) describeContainer(w, c, byName.get(c.name), space);
}
