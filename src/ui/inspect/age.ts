// Ages of events the way kubectl prints them (apimachinery ShortHumanDuration's steps): 45s, 2m5s, 12m, 3h.

/** Elapsed simulated ms → `45s`, `2m5s` (under 10 minutes), `12m`, `3h5m` (under 8 hours), `9h`, `2d`. */
export function age(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}
