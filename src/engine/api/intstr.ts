// Mirrors k8s.io/apimachinery/pkg/util/intstr (GetScaledValueFromIntOrPercent) for maxSurge/maxUnavailable.
import type { IntOrString } from './types';

/** Result of resolving an IntOrString: a value, or the error text upstream returns. */
export type ScaledValue = { value: number; error?: undefined } | { value?: undefined; error: string };

const PERCENT = /^(-?\d+)%$/;

/** True when the value is a percentage string such as "25%". */
export function isPercent(v: IntOrString | undefined | null): v is string {
  return typeof v === 'string' && PERCENT.test(v);
}

/**
 * getScaledValueFromIntOrPercent: an int is returned as is; "N%" is N% of `total`, rounded up or down.
 * Example: maxSurge "25%" of 10 replicas rounds up to 3 (2.5 → 3); maxUnavailable "25%" rounds down to 2.
 * A string that is not a percentage is an error (upstream: `invalid value for IntOrString: invalid type:
 * string is not a percentage`); a string with "%" whose number does not parse is `invalid value "x": ...`.
 */
export function getScaledValueFromIntOrPercent(
  v: IntOrString | undefined | null,
  total: number,
  roundUp: boolean,
): ScaledValue {
  if (v === undefined || v === null) return { error: 'nil value for IntOrString' };
  if (typeof v === 'number') return { value: v };
  if (!v.endsWith('%'))
    return { error: 'invalid value for IntOrString: invalid type: string is not a percentage' };
  const m = PERCENT.exec(v);
  if (!m) return { error: `invalid value "${v}": strconv.Atoi: parsing "${v.slice(0, -1)}": invalid syntax` };
  const pct = Number(m[1]);
  // Upstream computes float64(value)*float64(total)/100 and applies math.Ceil or math.Floor.
  const exact = (pct * total) / 100;
  return { value: roundUp ? Math.ceil(exact) : Math.floor(exact) };
}

/** intstr.FromInt / FromString helpers for readability in tests and builders. */
export const fromInt = (n: number): IntOrString => n;
export const fromString = (s: string): IntOrString => s;
