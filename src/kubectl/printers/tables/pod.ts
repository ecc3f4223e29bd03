// `kubectl get pods` rows: READY, STATUS, RESTARTS, AGE (+ IP, NODE, NOMINATED NODE, READINESS GATES with -o wide).
// Mirrors printPod in kubernetes pkg/printers/internalversion/printers.go (v1.35 text, incl. sidecars).
import type { Container, ContainerStatus, Pod, PodCondition, PodSpec } from '../../../engine/api/types';
import { fromTime } from '../../../engine/sim/clock';
import { humanDuration } from '../duration';
import type { ColumnDefinition, RowCondition, TableRow } from '../table';
import { isZeroTime, translateTimestampSince } from '../time';

/** Pod columns; the last four are `-o wide` only. */
export const POD_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Ready', priority: 0 },
  { name: 'Status', priority: 0 },
  { name: 'Restarts', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'IP', priority: 1 },
  { name: 'Node', priority: 1 },
  { name: 'Nominated Node', priority: 1 },
  { name: 'Readiness Gates', priority: 1 },
];

/** PodSpec fields kubectl reads that the simulator's types do not model (yet). */
interface PodSpecExtras {
  readinessGates?: { conditionType: string }[];
}

const SUCCEEDED: RowCondition = {
  type: 'Completed',
  status: 'True',
  reason: 'Succeeded',
  message: 'The pod has completed successfully.',
};
const FAILED: RowCondition = {
  type: 'Completed',
  status: 'True',
  reason: 'Failed',
  message: 'The pod failed.',
};

const isRestartable = (c: Container | undefined): boolean => c?.restartPolicy === 'Always';

const conditionTrue = (conds: PodCondition[] | undefined, type: string): boolean =>
  conds?.find((c) => c.type === type)?.status === 'True';

/** Latest lastState.terminated.finishedAt (simulated ms), or undefined when none is known. */
function laterFinish(current: number | undefined, s: ContainerStatus): number | undefined {
  const finished = s.lastState?.terminated?.finishedAt;
  if (isZeroTime(finished)) return current;
  const t = fromTime(finished);
  return current === undefined || t > current ? t : current;
}

/** The READY / STATUS / RESTARTS summary of a pod (the heart of printPod). */
export interface PodSummary {
  ready: number;
  total: number;
  status: string;
  restarts: number;
  /** simulated ms of the most recent container termination counted in `restarts` */
  lastRestart?: number;
}

/**
 * podSummary computes READY, STATUS and RESTARTS exactly like printPod: phase → status.reason →
 * SchedulingGated; init containers in order (`Init:1/2`, `Init:ErrImagePull`, sidecars that started are
 * skipped); then regular containers from last to first, so the first container's reason wins; `Completed`
 * with a running container → `Running` (Ready condition) / the error reason / `NotReady`; deletion →
 * `Terminating` (or `Unknown` for NodeLost) unless the pod already finished.
 */
export function podSummary(pod: Pod): PodSummary {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const phase = status.phase ?? '';
  let reason: string = status.reason ? status.reason : phase;
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }
  let total = spec.containers.length;
  let ready = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart: number | undefined;
  let lastSidecarRestart: number | undefined;

  const initSpecs = new Map<string, Container>();
  for (const c of spec.initContainers ?? []) {
    initSpecs.set(c.name, c);
    if (isRestartable(c)) total++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i] as ContainerStatus;
    const sidecar = isRestartable(initSpecs.get(c.name));
    restarts += c.restartCount;
    lastRestart = laterFinish(lastRestart, c);
    if (sidecar) {
      sidecarRestarts += c.restartCount;
      lastSidecarRestart = laterFinish(lastSidecarRestart, c);
    }
    const term = c.state?.terminated;
    const wait = c.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (sidecar && c.started === true) {
      if (c.ready) ready++;
      continue;
    }
    if (term) {
      if (!term.reason)
        reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
      else reason = `Init:${term.reason}`;
    } else if (wait?.reason && wait.reason !== 'PodInitializing') {
      reason = `Init:${wait.reason}`;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || conditionTrue(status.conditions, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    let errorReason = '';
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i] as ContainerStatus;
      restarts += c.restartCount;
      lastRestart = laterFinish(lastRestart, c);
      const term = c.state?.terminated;
      if (c.state?.waiting?.reason) {
        reason = c.state.waiting.reason;
      } else if (term) {
        if (term.reason) reason = term.reason;
        else reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
        if (term.exitCode !== 0) errorReason = reason;
      } else if (c.ready && c.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed') {
      if (hasRunning && conditionTrue(status.conditions, 'Ready')) reason = 'Running';
      else if (errorReason !== '') reason = errorReason;
      else if (hasRunning) reason = 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed')
    reason = 'Terminating';

  return { ready, total, status: reason, restarts, lastRestart };
}

/** RESTARTS cell: `3`, or `3 (10s ago)` when the last termination time is known. */
export function formatRestarts(s: PodSummary, now: number): string {
  if (s.restarts !== 0 && s.lastRestart !== undefined)
    return `${s.restarts} (${humanDuration(now - s.lastRestart)} ago)`;
  return String(s.restarts);
}

/** printPod: one table row for a pod at simulated time `now`. */
export function podRow(pod: Pod, now: number, wide = false): TableRow {
  const s = podSummary(pod);
  const row: TableRow = {
    object: pod,
    cells: [
      pod.metadata.name,
      `${s.ready}/${s.total}`,
      s.status,
      formatRestarts(s, now),
      translateTimestampSince(pod.metadata.creationTimestamp, now),
    ],
  };
  if (pod.status?.phase === 'Succeeded') row.conditions = [SUCCEEDED];
  if (pod.status?.phase === 'Failed') row.conditions = [FAILED];
  if (wide) {
    const gates = (pod.spec as PodSpec & PodSpecExtras).readinessGates ?? [];
    let readinessGates = '<none>';
    if (gates.length > 0) {
      const trueGates = gates.filter((g) => conditionTrue(pod.status?.conditions, g.conditionType)).length;
      readinessGates = `${trueGates}/${gates.length}`;
    }
    row.cells.push(
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates,
    );
  }
  return row;
}
