// Simulated time: integer milliseconds since the simulation started, shown to users as a fixed epoch plus that
// offset (so transcripts are reproducible). No wall clock is ever read here.
import type { MicroTime, Time } from '../api/types';

/** The instant simulated time 0 corresponds to: 2025-03-03T09:00:00Z (a Monday morning class). */
export const EPOCH_MS = 1_740_992_400_000;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 → [year, month 1-12, day 1-31] (Howard Hinnant's civil_from_days). */
function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** [year, month, day] → days since 1970-01-01 (days_from_civil). */
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Broken-down UTC fields of an absolute epoch-ms instant. */
export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  /** 0 = Sunday */
  weekday: number;
}

/** Absolute epoch milliseconds → UTC calendar fields. */
export function civil(epochMs: number): CivilTime {
  const days = Math.floor(epochMs / MS_PER_DAY);
  const rem = epochMs - days * MS_PER_DAY;
  const [year, month, day] = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(rem / 3_600_000),
    minute: Math.floor((rem % 3_600_000) / 60_000),
    second: Math.floor((rem % 60_000) / 1000),
    millis: rem % 1000,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

/** Simulated ms → metav1.Time (RFC 3339, truncated to whole seconds like the API server). */
export function toTime(simMs: number): Time {
  const c = civil(EPOCH_MS + simMs);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}Z`;
}

/** Simulated ms → metav1.MicroTime (RFC 3339 with 6 fractional digits). */
export function toMicroTime(simMs: number): MicroTime {
  const c = civil(EPOCH_MS + simMs);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}.${pad(c.millis, 3)}000Z`;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** Parsed timestamps: a simulation uses few distinct seconds, and controllers compare them constantly. */
const PARSED = new Map<string, number | undefined>();

/** RFC 3339 text → absolute epoch ms, or undefined when it is not a valid timestamp. */
export function parseEpochMs(text: string): number | undefined {
  const hit = PARSED.get(text);
  if (hit !== undefined || PARSED.has(text)) return hit;
  if (PARSED.size > 50_000) PARSED.clear();
  const v = parseUncached(text);
  PARSED.set(text, v);
  return v;
}

function parseUncached(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const days = daysFromCivil(Number(y), Number(mo), Number(d));
  let ms = days * MS_PER_DAY + Number(h) * 3_600_000 + Number(mi) * 60_000 + Number(s) * 1000;
  if (frac) ms += Math.floor(Number(`0.${frac}`) * 1000);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 3_600_000 + Number(zone.slice(4, 6)) * 60_000);
  }
  return ms;
}

/** metav1.Time → simulated ms (relative to EPOCH_MS). Unparsable text counts as time 0 of the epoch. */
export function fromTime(t: Time | undefined | null): number {
  if (!t) return 0;
  const abs = parseEpochMs(t);
  return abs === undefined ? 0 : abs - EPOCH_MS;
}

/** Simulated ms → whole seconds (the precision of metav1.Time). */
export function truncateToSecond(simMs: number): number {
  return Math.floor(simMs / 1000) * 1000;
}
