// How one pod is drawn: its visual state, kubectl's STATUS / READY words (from the kubectl pod printer) and
// the countdown worth showing (image-pull or crash back-off, grace period, minReadySeconds).
import type { Pod, PodRuntime } from '../engine';
import { fromTime } from '../engine';
import { podSummary, type PodSummary } from '../kubectl/printers';
import type { Countdown, PodFrame, PodVisualState } from './protocol';

/** kubectl's summary per pod object (stored objects are immutable, so identity is a safe cache key). */
const summaries = new WeakMap<Pod, PodSummary>();

function summaryOf(pod: Pod): PodSummary {
  let s = summaries.get(pod);
  if (!s) {
    s = podSummary(pod);
    summaries.set(pod, s);
  }
  return s;
}

const PULL_ERRORS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const CRASH_WORDS = new Set(['CrashLoopBackOff', 'Error', 'Completed', 'RunContainerError', 'OOMKilled']);

/** The Ready condition's transition instant (simulated ms), when the pod is Ready. */
function readySince(pod: Pod): number | undefined {
  const c = pod.status?.conditions?.find((x) => x.type === 'Ready');
  return c?.status === 'True' ? fromTime(c.lastTransitionTime) : undefined;
}

/**
 * podVisualState: terminating beats everything (a deletionTimestamp is set); unscheduled pods are pending;
 * then kubectl's STATUS word decides, and a Running pod is `running` (not Ready), `ready` (Ready for less
 * than minReadySeconds) or `available`. Availability mirrors podutil.IsPodAvailable: Ready since t and
 * t + minReadySeconds < now. Example: Ready at 12 s, minReadySeconds 10 → available after 22 s.
 */
export function podVisualState(
  pod: Pod,
  status: string,
  minReadySeconds: number,
  now: number,
): PodVisualState {
  if (pod.metadata.deletionTimestamp) return 'terminating';
  if (!pod.spec.nodeName) return 'pending';
  if (PULL_ERRORS.has(status)) return 'pullError';
  if (CRASH_WORDS.has(status) || status.startsWith('ExitCode:') || status.startsWith('Signal:'))
    return 'crashLoop';
  const since = readySince(pod);
  if (since !== undefined) {
    return minReadySeconds > 0 && !(since + minReadySeconds * 1000 < now) ? 'ready' : 'available';
  }
  if (status === 'Running' || status === 'NotReady') return 'running';
  return 'creating';
}

/** The countdown shown on a tile, if one is running at `now`. */
export function podCountdown(
  pod: Pod,
  rt: PodRuntime | undefined,
  state: PodVisualState,
  minReadySeconds: number,
  now: number,
): Countdown | undefined {
  if (state === 'terminating') {
    const grace = (pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
    const endsAt = fromTime(pod.metadata.deletionTimestamp);
    return grace > 0 ? { kind: 'grace', endsAt, totalMs: grace } : undefined;
  }
  if (state === 'ready') {
    const since = readySince(pod) ?? now;
    return { kind: 'minReady', endsAt: since + minReadySeconds * 1000, totalMs: minReadySeconds * 1000 };
  }
  for (const c of rt?.containers ?? []) {
    if (
      (c.stage === 'pull-backoff' || c.stage === 'pull-failed') &&
      c.pullRetryAt > now &&
      c.pullBackoffMs > 0
    ) {
      return { kind: 'pullBackOff', endsAt: c.pullRetryAt, totalMs: c.pullBackoffMs };
    }
    if (c.stage === 'crash-backoff' && c.crashRetryAt > now && c.crashBackoffMs > 0) {
      return { kind: 'crashBackOff', endsAt: c.crashRetryAt, totalMs: c.crashBackoffMs };
    }
  }
  return undefined;
}

/** podFrame: everything the stage needs about one pod, compactly. */
export function podFrame(
  pod: Pod,
  lane: string,
  rt: PodRuntime | undefined,
  minReadySeconds: number,
  now: number,
): PodFrame {
  const s = summaryOf(pod);
  const state = podVisualState(pod, s.status, minReadySeconds, now);
  const frame: PodFrame = {
    name: pod.metadata.name,
    lane,
    state,
    status: s.status,
    ready: `${s.ready}/${s.total}`,
    restarts: s.restarts,
  };
  if (pod.spec.nodeName) frame.node = pod.spec.nodeName;
  const countdown = podCountdown(pod, rt, state, minReadySeconds, now);
  if (countdown) frame.countdown = countdown;
  return frame;
}
