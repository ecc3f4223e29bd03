// Pod resource totals for describe node: the `Non-terminated Pods` and `Allocated resources` tables.
// Mirrors describeNodeResource / getPodsTotalRequestsAndLimits (describe.go) and resourcehelper.PodRequestsAndLimits.
import type { Container, Pod } from '../../../engine/api/types';
import {
  addQuantities,
  formatQuantity,
  milliValue,
  parseQuantity,
  unitValue,
  ZERO_QUANTITY,
  type Quantity,
} from '../quantity';
import { translateTimestampSince } from '../time';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefixWriter';

type ResourceList = Map<string, Quantity>;

function add(into: ResourceList, list: Record<string, string> | undefined): void {
  for (const [name, text] of Object.entries(list ?? {})) {
    const q = parseQuantity(text);
    if (!q) continue;
    const cur = into.get(name);
    into.set(name, cur ? addQuantities(cur, q) : q);
  }
}

function addAll(into: ResourceList, other: ResourceList): void {
  for (const [name, q] of other) {
    const cur = into.get(name);
    into.set(name, cur ? addQuantities(cur, q) : q);
  }
}

function max(into: ResourceList, other: ResourceList): void {
  for (const [name, q] of other) {
    const cur = into.get(name);
    if (!cur || q.nanos > cur.nanos) into.set(name, q);
  }
}

/** Requests (or limits) of a pod: Σ containers and sidecars, at least the largest init container step. */
function podResources(pod: Pod, pick: (c: Container) => Record<string, string> | undefined): ResourceList {
  const total: ResourceList = new Map();
  for (const c of pod.spec.containers) add(total, pick(c));
  const sidecars: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of pod.spec.initContainers ?? []) {
    let step: ResourceList;
    if (c.restartPolicy === 'Always') {
      add(total, pick(c));
      add(sidecars, pick(c));
      step = sidecars;
    } else {
      step = new Map();
      add(step, pick(c));
      addAll(step, sidecars);
    }
    max(initMax, step);
  }
  max(total, initMax);
  return total;
}

const requestsOf = (pod: Pod): ResourceList => podResources(pod, (c) => c.resources?.requests);
const limitsOf = (pod: Pod): ResourceList => podResources(pod, (c) => c.resources?.limits);

const get = (list: ResourceList, name: string): Quantity => list.get(name) ?? ZERO_QUANTITY;

/** int64(float64(part)/float64(whole)*100), 0 when the node has none of the resource. */
function percent(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  return Math.trunc((Number(part) / Number(whole)) * 100);
}

const cell = (q: Quantity, pct: number): string => `${formatQuantity(q)} (${pct}%)`;

/**
 * describeNodeResource: the per-pod requests/limits table (percent of allocatable) and the totals per resource
 * (cpu, memory, ephemeral-storage, hugepages-*, then extended resources).
 */
export function describeNodeResource(
  w: PrefixWriter,
  pods: Pod[],
  allocatableText: Record<string, string>,
  now: number,
): void {
  const allocatable: ResourceList = new Map();
  add(allocatable, allocatableText);
  const allocCpu = milliValue(get(allocatable, 'cpu'));
  const allocMem = unitValue(get(allocatable, 'memory'));
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const reqs: ResourceList = new Map();
  const limits: ResourceList = new Map();
  for (const pod of pods) {
    const req = requestsOf(pod);
    const lim = limitsOf(pod);
    const cpuReq = get(req, 'cpu');
    const cpuLim = get(lim, 'cpu');
    const memReq = get(req, 'memory');
    const memLim = get(lim, 'memory');
    w.write(
      LEVEL_1,
      `${pod.metadata.namespace ?? ''}\t${pod.metadata.name}\t\t${cell(cpuReq, percent(milliValue(cpuReq), allocCpu))}\t` +
        `${cell(cpuLim, percent(milliValue(cpuLim), allocCpu))}\t${cell(memReq, percent(unitValue(memReq), allocMem))}\t` +
        `${cell(memLim, percent(unitValue(memLim), allocMem))}\t${translateTimestampSince(pod.metadata.creationTimestamp, now)}\n`,
    );
    addAll(reqs, req);
    addAll(limits, lim);
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const row = (name: string, value: (q: Quantity) => bigint): void => {
    const whole = value(get(allocatable, name));
    const r = get(reqs, name);
    const l = get(limits, name);
    w.write(LEVEL_1, `${name}\t${cell(r, percent(value(r), whole))}\t${cell(l, percent(value(l), whole))}\n`);
  };
  row('cpu', milliValue);
  row('memory', unitValue);
  row('ephemeral-storage', unitValue);
  const names = [...allocatable.keys()].sort();
  for (const n of names.filter((x) => x.startsWith('hugepages-'))) row(n, unitValue);
  const standard = (n: string): boolean =>
    ['cpu', 'memory', 'ephemeral-storage', 'pods'].includes(n) || n.startsWith('hugepages-');
  for (const n of names.filter((x) => !standard(x))) {
    w.write(LEVEL_1, `${n}\t${formatQuantity(get(reqs, n))}\t${formatQuantity(get(limits, n))}\n`);
  }
}
