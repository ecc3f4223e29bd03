// Human-readable durations for AGE columns, event ages and "(10s ago)".
// Mirrors k8s.io/apimachinery/pkg/util/duration/duration.go (HumanDuration, ShortHumanDuration).

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Go's int(x) for a float: truncation toward zero. */
const trunc = (x: number): number => Math.trunc(x);

/**
 * humanDuration renders a duration (milliseconds) with at most two units, like `kubectl get`'s AGE column.
 * Go truncates toward zero (`int(d.Seconds())`), and up to 2 s in the past still counts as "now":
 *   -2000 ms → `<invalid>`, -1999 ms → `0s`, 119 999 ms → `119s`, 121 000 ms → `2m1s`, 601 000 ms → `10m`,
 *   3 h 1 min → `3h1m`, 49 h → `2d1h`, 729 days → `729d`, 2 years + 1 day → `2y1d` (a year is 365 days).
 */
export function humanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = trunc(ms / SECOND) % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = trunc(ms / HOUR);
  if (hours < 8) {
    const m = trunc(ms / MINUTE) % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${trunc(hours / 24)}d` : `${trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = trunc(hours / 24) % 365;
    const years = trunc(hours / 24 / 365);
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${trunc(hours / 24 / 365)}y`;
}

/**
 * shortHumanDuration renders a duration with a single unit (`59s`, `1m`, `23h`, `364d`, `1y`); older printers
 * used it. Same `<invalid>` / `0s` rules as humanDuration.
 */
export function shortHumanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = trunc(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = trunc(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${trunc(hours / 24)}d`;
  return `${trunc(ms / HOUR / 24 / 365)}y`;
}
