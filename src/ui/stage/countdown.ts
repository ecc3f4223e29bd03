// Countdown arithmetic for tiles: what is left at the frame's instant and which words describe it.
import type { Countdown } from '../../worker/protocol';

/** Remaining ms and the remaining share (0–1). Example: ends at 20 s, total 10 s, now 17 s → 3 000 ms, 0.3. */
export function remaining(c: Countdown, now: number): { ms: number; fraction: number } {
  const ms = Math.max(0, c.endsAt - now);
  return { ms, fraction: c.totalMs > 0 ? Math.min(1, ms / c.totalMs) : 0 };
}

/** i18n key of each countdown's caption (`retry in 8s`, `grace 25s`, `available in 7s`). */
export const COUNTDOWN_KEYS: Record<Countdown['kind'], string> = {
  pullBackOff: 'pod.countdown.pullBackOff',
  crashBackOff: 'pod.countdown.crashBackOff',
  grace: 'pod.countdown.grace',
  minReady: 'pod.countdown.minReady',
};
