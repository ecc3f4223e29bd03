// Timestamps as kubectl prints them: ages relative to "now" and Go's RFC1123Z layout.
// Mirrors translateTimestampSince / translateMicroTimestampSince (kubectl describe.go, printers.go).
import type { MicroTime, Time } from '../../engine/api/types';
import { civil, EPOCH_MS, fromTime, parseEpochMs } from '../../engine/sim/clock';
import { humanDuration } from './duration';

/** True when a metav1.Time / MicroTime is unset (Go's IsZero: nil or the zero instant). */
export function isZeroTime(t: Time | MicroTime | null | undefined): boolean {
  if (!t) return true;
  const abs = parseEpochMs(t);
  return abs === undefined || abs === GO_ZERO_TIME_MS;
}

/** 0001-01-01T00:00:00Z in Unix milliseconds (Go's zero time.Time). */
const GO_ZERO_TIME_MS = -62_135_596_800_000;

/**
 * translateTimestampSince: `<unknown>` for an unset time, else humanDuration(now − t).
 * `now` is simulated ms; e.g. t = 2 minutes before now → `2m`.
 */
export function translateTimestampSince(t: Time | MicroTime | null | undefined, now: number): string {
  if (isZeroTime(t)) return '<unknown>';
  return humanDuration(now - fromTime(t));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Go's time.RFC1123Z layout (`Mon, 02 Jan 2006 15:04:05 -0700`) in UTC, e.g. `Mon, 03 Mar 2025 09:00:00 +0000`.
 * An unset time prints Go's zero time, `Mon, 01 Jan 0001 00:00:00 +0000`, like `kubectl describe` does.
 */
export function formatRFC1123Z(t: Time | MicroTime | null | undefined): string {
  if (isZeroTime(t)) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const c = civil(EPOCH_MS + fromTime(t));
  const year = String(c.year).padStart(4, '0');
  return `${DAYS[c.weekday]}, ${pad2(c.day)} ${MONTHS[c.month - 1]} ${year} ${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)} +0000`;
}
