// Formats simulated milliseconds for people: a clock (`1:05`, `1:02:03`) and short countdowns (`8s`, `2m5s`).

/** Simulated ms → `m:ss` (or `h:mm:ss` from one hour on). Example: 65 000 → `1:05`. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Remaining ms → whole seconds rounded up, as `8s` or `2m5s`. Example: 7 200 → `8s`. */
export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}
