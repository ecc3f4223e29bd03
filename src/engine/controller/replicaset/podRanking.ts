// Mirrors pkg/controller/controller_utils.go (ActivePods, ActivePodsWithRanks, logarithmicRankDiff,
// GetDeletionCostFromPodAnnotations) and getPodsToDelete of pkg/controller/replicaset/replica_set.go:
// which pods a ReplicaSet deletes first when it scales down (spec §11.2–11.3).
import type { Pod } from '../../api/types';
import { EPOCH_MS, parseEpochMs } from '../../sim/clock';
import { isPodActive, isPodReady } from '../deployment/util/podUtil';
import { fromLess } from '../deployment/util/sort';
import { parseInt64 } from '../deployment/util/revision';

/** Annotation with which users make a pod cheaper (lower) or dearer (higher) to delete. */
export const PodDeletionCostAnnotation = 'controller.kubernetes.io/pod-deletion-cost';

/** Pending < Unknown < Running; any other phase counts like Pending (Go's zero value for a missing map key). */
function phaseOrdinal(pod: Pod): number {
  return pod.status.phase === 'Running' ? 2 : pod.status.phase === 'Unknown' ? 1 : 0;
}

/** An API time as sim ms (the scale of `now`); undefined is Go's zero time (also for unparsable text). */
function instant(t: string | undefined | null): number | undefined {
  if (t === undefined || t === null || t === '') return undefined;
  const abs = parseEpochMs(t);
  return abs === undefined ? undefined : abs - EPOCH_MS;
}

/** The Ready condition's lastTransitionTime of a Ready pod (undefined = zero time). */
function podReadyTime(pod: Pod): number | undefined {
  if (!isPodReady(pod)) return undefined;
  const c = pod.status.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  return instant(c?.lastTransitionTime);
}

/** afterOrZero: t1 is after t2, where a zero time counts as the most recent of all. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/** maxContainerRestarts: the highest restartCount among the pod's (app) containers. */
function maxContainerRestarts(pod: Pod): number {
  let max = 0;
  for (const c of pod.status.containerStatuses ?? []) max = Math.max(max, c.restartCount);
  return max;
}

/**
 * getDeletionCostFromPodAnnotations: the pod-deletion-cost as an int32; 0 when absent or invalid
 * ("+10", "008", "abc" and out-of-range values are invalid).
 */
export function getDeletionCostFromPodAnnotations(annotations: Record<string, string> | undefined): number {
  const v = annotations?.[PodDeletionCostAnnotation];
  if (v === undefined || v.length === 0) return 0;
  const first = v[0] ?? '';
  if (!(first === '-' || v === '0' || (first >= '1' && first <= '9'))) return 0;
  const parsed = parseInt64(v);
  if (parsed.error !== undefined || parsed.value < -2_147_483_648 || parsed.value > 2_147_483_647) return 0;
  return parsed.value;
}

/**
 * logarithmicRankDiff: compares two ages on a log2 scale. Each age (now − t, in nanoseconds as upstream) is
 * bucketed to floor(log2(age)) (−1 if not positive). Example: 5 h = 1.8e13 ns → 44, 8 h = 2.88e13 ns → 44
 * (same bucket), 2 h = 7.2e12 ns → 42.
 */
function logarithmicRankDiff(t1: number, t2: number, now: number): number {
  const bucket = (t: number): number => {
    const ns = (now - t) * 1e6;
    return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
  };
  return bucket(t1) - bucket(t2);
}

/** Options for activePodsWithRanksLess (feature gates; both default on as in current Kubernetes). */
export interface RankOptions {
  /** PodDeletionCost gate (beta, on since 1.22). */
  podDeletionCost?: boolean;
}

/**
 * activePodsWithRanksLess: true when pod `a` (rank `rankA`) should be deleted before `b`. First rule that differs:
 * 1 unscheduled first; 2 Pending < Unknown < Running; 3 not Ready first; 4 lower pod-deletion-cost first;
 * 5 higher rank first (more related pods on its node); 6 both Ready: more recently Ready first, compared in log2
 * buckets of age relative to `now` (LogarithmicScaleDown), same bucket → smaller UID first, an unknown ready time
 * counts as newest; 7 more container restarts first; 8 newer creationTimestamp first (same bucketing).
 */
export function activePodsWithRanksLess(
  a: Pod,
  b: Pod,
  rankA: number,
  rankB: number,
  now: number,
  options: RankOptions = {},
): boolean {
  const nodeA = a.spec.nodeName ?? '';
  const nodeB = b.spec.nodeName ?? '';
  if (nodeA !== nodeB && (nodeA === '' || nodeB === '')) return nodeA === '';
  if (phaseOrdinal(a) !== phaseOrdinal(b)) return phaseOrdinal(a) < phaseOrdinal(b);
  const readyA = isPodReady(a);
  const readyB = isPodReady(b);
  if (readyA !== readyB) return !readyA;
  if (options.podDeletionCost ?? true) {
    const costA = getDeletionCostFromPodAnnotations(a.metadata.annotations);
    const costB = getDeletionCostFromPodAnnotations(b.metadata.annotations);
    if (costA !== costB) return costA < costB;
  }
  if (rankA !== rankB) return rankA > rankB;
  const uidLess = (): boolean => (a.metadata.uid ?? '') < (b.metadata.uid ?? '');
  const logCompare = (t1: number | undefined, t2: number | undefined): boolean => {
    if (t1 === undefined || t2 === undefined) return afterOrZero(t1, t2);
    const diff = logarithmicRankDiff(t1, t2, now);
    return diff === 0 ? uidLess() : diff < 0;
  };
  if (readyA && readyB) {
    const t1 = podReadyTime(a);
    const t2 = podReadyTime(b);
    if (t1 !== t2) return logCompare(t1, t2);
  }
  if (maxContainerRestarts(a) !== maxContainerRestarts(b))
    return maxContainerRestarts(a) > maxContainerRestarts(b);
  const c1 = instant(a.metadata.creationTimestamp);
  const c2 = instant(b.metadata.creationTimestamp);
  if (c1 !== c2) return logCompare(c1, c2);
  return false;
}

/**
 * activePodsLess (plain ActivePods order, used outside the ReplicaSet scale-down): like activePodsWithRanksLess
 * without deletion cost, ranks and log2 buckets — exact times, a zero time counting as newest.
 */
export function activePodsLess(a: Pod, b: Pod): boolean {
  const nodeA = a.spec.nodeName ?? '';
  const nodeB = b.spec.nodeName ?? '';
  if (nodeA !== nodeB && (nodeA === '' || nodeB === '')) return nodeA === '';
  if (phaseOrdinal(a) !== phaseOrdinal(b)) return phaseOrdinal(a) < phaseOrdinal(b);
  const readyA = isPodReady(a);
  const readyB = isPodReady(b);
  if (readyA !== readyB) return !readyA;
  if (readyA && readyB) {
    const t1 = podReadyTime(a);
    const t2 = podReadyTime(b);
    if (t1 !== t2) return afterOrZero(t1, t2);
  }
  if (maxContainerRestarts(a) !== maxContainerRestarts(b))
    return maxContainerRestarts(a) > maxContainerRestarts(b);
  const c1 = instant(a.metadata.creationTimestamp);
  const c2 = instant(b.metadata.creationTimestamp);
  if (c1 !== c2) return afterOrZero(c1, c2);
  return false;
}

/** Comparator form of activePodsLess for Array.prototype.sort. */
export const activePodsComparator = fromLess(activePodsLess);

/**
 * getPodsRankedByRelatedPodsOnSameNode: each pod's rank = the number of ACTIVE pods among `relatedPods` on the
 * same node (unscheduled pods share the node name ""). Related pods are those of every ReplicaSet with the same
 * controller, i.e. the whole Deployment.
 */
export function getPodsRankedByRelatedPodsOnSameNode(
  podsToRank: readonly Pod[],
  relatedPods: readonly Pod[],
): number[] {
  const podsOnNode = new Map<string, number>();
  for (const p of relatedPods) {
    if (!isPodActive(p)) continue;
    const node = p.spec.nodeName ?? '';
    podsOnNode.set(node, (podsOnNode.get(node) ?? 0) + 1);
  }
  return podsToRank.map((p) => podsOnNode.get(p.spec.nodeName ?? '') ?? 0);
}

/** What activePodsWithRanksLess compares that depends only on the (immutable) pod object: cached per object. */
interface StaticKey {
  pod: Pod;
  unscheduled: boolean;
  phase: number;
  ready: boolean;
  cost: number;
  readyAt: number | undefined;
  restarts: number;
  created: number | undefined;
  uid: string;
}

/** A pod's rank key for one call: its static part plus the rank and the log2 age buckets at `now`. */
interface RankKey {
  s: StaticKey;
  rank: number;
  readyBucket: number;
  createdBucket: number;
}

const STATIC_KEYS = new WeakMap<Pod, StaticKey>();

/** floor(log2(age in ns)) of an instant relative to `now` (−1 when not in the past; 0 for the zero time). */
function bucketOf(t: number | undefined, now: number): number {
  if (t === undefined) return 0;
  const ns = (now - t) * 1e6;
  return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
}

function rankKey(pod: Pod, rank: number, now: number): RankKey {
  let k = STATIC_KEYS.get(pod);
  if (!k) {
    const ready = isPodReady(pod);
    k = {
      pod,
      unscheduled: (pod.spec.nodeName ?? '') === '',
      phase: phaseOrdinal(pod),
      ready,
      cost: getDeletionCostFromPodAnnotations(pod.metadata.annotations),
      readyAt: ready ? podReadyTime(pod) : undefined,
      restarts: maxContainerRestarts(pod),
      created: instant(pod.metadata.creationTimestamp),
      uid: pod.metadata.uid ?? '',
    };
    STATIC_KEYS.set(pod, k);
  }
  return { s: k, rank, readyBucket: bucketOf(k.readyAt, now), createdBucket: bucketOf(k.created, now) };
}

/**
 * The log2-bucketed time comparison of activePodsWithRanksLess as a three-way result: −1 when `a` goes first.
 * A zero (undefined) time counts as the newest; the same bucket falls back to the UIDs.
 */
function logCompare(
  t1: number | undefined,
  t2: number | undefined,
  b1: number,
  b2: number,
  a: StaticKey,
  b: StaticKey,
): number {
  if (t1 === undefined || t2 === undefined) return t1 === undefined ? -1 : 1;
  if (b1 !== b2) return b1 < b2 ? -1 : 1;
  return a.uid < b.uid ? -1 : b.uid < a.uid ? 1 : 0;
}

/**
 * activePodsWithRanksLess on precomputed keys (deletion cost gate on), as a comparator: −1 when `x` is deleted
 * before `y`, 1 when after, 0 when neither (exactly `less(x, y) ? -1 : less(y, x) ? 1 : 0`, in one pass —
 * every rule is antisymmetric).
 */
function keyCompare(x: RankKey, y: RankKey): number {
  const a = x.s;
  const b = y.s;
  if (a.unscheduled !== b.unscheduled) return a.unscheduled ? -1 : 1;
  if (a.phase !== b.phase) return a.phase < b.phase ? -1 : 1;
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  if (a.cost !== b.cost) return a.cost < b.cost ? -1 : 1;
  if (x.rank !== y.rank) return x.rank > y.rank ? -1 : 1;
  if (a.ready && b.ready && a.readyAt !== b.readyAt)
    return logCompare(a.readyAt, b.readyAt, x.readyBucket, y.readyBucket, a, b);
  if (a.restarts !== b.restarts) return a.restarts > b.restarts ? -1 : 1;
  if (a.created !== b.created)
    return logCompare(a.created, b.created, x.createdBucket, y.createdBucket, a, b);
  return 0;
}

/** activePodsWithRanksLess on precomputed keys. */
function keyLess(a: RankKey, b: RankKey): boolean {
  return keyCompare(a, b) < 0;
}

/**
 * getPodsToDelete: the `diff` pods to delete out of `filteredPods` (a new array; inputs untouched). When all of
 * them go (diff ≥ length) they are taken in list order without ranking; otherwise they are ranked against
 * `relatedPods` (or, already counted, the number of active related pods per node name, '' = unscheduled) and
 * ordered with activePodsWithRanksLess. Only the first `diff` matter, so with few to delete
 * among many (a rolling update removes a handful of 10,000 pods at a time) a bounded heap picks them in
 * O(n log diff) instead of sorting everything; the order is total (UIDs break ties), so the result is the same.
 */
export function getPodsToDelete(
  filteredPods: readonly Pod[],
  relatedPods: readonly Pod[] | ReadonlyMap<string, number>,
  diff: number,
  now: number,
): Pod[] {
  if (diff >= filteredPods.length) return filteredPods.slice(0, Math.max(0, diff));
  if (diff <= 0) return [];
  const ranks =
    relatedPods instanceof Map
      ? filteredPods.map((p) => relatedPods.get(p.spec.nodeName ?? '') ?? 0)
      : getPodsRankedByRelatedPodsOnSameNode(filteredPods, relatedPods as readonly Pod[]);
  const keys = filteredPods.map((pod, i) => rankKey(pod, ranks[i] ?? 0, now));
  if (diff * 8 >= keys.length)
    return keys
      .sort(keyCompare)
      .slice(0, diff)
      .map((k) => k.s.pod);
  // Max-heap (by deletion order) of the `diff` best candidates seen so far.
  const heap: RankKey[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!keyLess(heap[p]!, heap[i]!)) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && keyLess(heap[m]!, heap[l]!)) m = l;
      if (r < heap.length && keyLess(heap[m]!, heap[r]!)) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i]!, heap[m]!];
      i = m;
    }
  };
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (heap.length < diff) {
      heap.push(k);
      up(heap.length - 1);
    } else if (keyLess(k, heap[0]!)) {
      heap[0] = k;
      down(0);
    }
  }
  return heap.sort(keyCompare).map((k) => k.s.pod);
}
