// Timing models. `realistic` (default): scheduling, sandbox, pulls, start, probes and termination take the
// times a small real cluster shows, with seeded jitter. `fixed:D`: exactly the conformance traces' model —
// every pod of a pullable image is Ready exactly D s after creation, unpullable never, deleted pods vanish.
import type { Random } from './random';

export type TimingMode = { kind: 'realistic' } | { kind: 'fixed'; readyDelayMs: number };

/** Parse `realistic` or `fixed:<seconds>` (as the CLI's --timing flag takes it). */
export function parseTiming(text: string): TimingMode | { error: string } {
  if (text === 'realistic') return { kind: 'realistic' };
  const m = /^fixed:(\d+(?:\.\d+)?)$/.exec(text);
  if (m) return { kind: 'fixed', readyDelayMs: Math.round(Number(m[1]) * 1000) };
  return { error: `invalid timing "${text}": use realistic or fixed:<seconds> (e.g. fixed:5)` };
}

export function timingToString(t: TimingMode): string {
  return t.kind === 'realistic' ? 'realistic' : `fixed:${t.readyDelayMs / 1000}`;
}

/**
 * Realistic delays, in ms. Sources: typical kind/minikube clusters — the scheduler binds within tens of ms,
 * sandbox + CNI take ~0.5–1 s, registry pulls run at tens of MB/s, the kubelet's PLEG relists every 1 s
 * (so container starts and exits are noticed on a per-node 1 s tick), the pod worker resyncs after an error
 * every ~10 s with up to 50 % jitter.
 */
export const REALISTIC = {
  scheduleMin: 5,
  scheduleMax: 30,
  sandboxMin: 400,
  sandboxMax: 900,
  /** pull throughput, bytes per ms (25–40 MB/s) */
  pullBytesPerMsMin: 25 * 1048.576,
  pullBytesPerMsMax: 40 * 1048.576,
  /** resolving the reference before a pull (or before it fails) */
  resolveMin: 250,
  resolveMax: 1200,
  createMin: 80,
  createMax: 250,
  relistPeriod: 1000,
  errorResyncMin: 10_000,
  errorResyncMax: 15_000,
  /** the kubelet notices a deletion and sends SIGTERM */
  killMin: 30,
  killMax: 150,
} as const;

/** Kubelet back-off constants (pkg/kubelet: image pull and crash loop back-off): 10 s doubling to 300 s. */
export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;

/** A uniformly jittered delay in [min, max] from the seeded generator. */
export function jitter(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng.float() * (max - min + 1));
}
