// Mirrors k8s.io/apimachinery/pkg/api/resource (quantity.go ParseQuantity / CanonicalizeBytes, suffix.go):
// resource quantities such as `200m`, `512Mi`, `1e3`, parsed exactly (BigInt) and printed in canonical form.

/** The three ways a quantity remembers to print itself. */
export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

/** A parsed quantity: value = mantissa × 10^exponent (exact), plus the format it prints in. */
export interface Quantity {
  mantissa: bigint;
  exponent: number;
  format: QuantityFormat;
  /** The input text when it was already canonical (upstream re-uses it verbatim, e.g. `+5` stays `+5`). */
  cached?: string;
}

/** The regular expression upstream quotes in its format error. */
export const QUANTITY_REGEX = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
/** ErrFormatWrong. */
export const ERR_FORMAT_WRONG = `quantities must match the regular expression '${QUANTITY_REGEX}'`;
/** ErrNumeric. */
export const ERR_NUMERIC = 'unable to parse numeric part of quantity';
/** ErrSuffix. */
export const ERR_SUFFIX = "unable to parse quantity's suffix";

export type QuantityResult = { ok: true; value: Quantity } | { ok: false; error: string };

const DEC_SUFFIX: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BIN_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const MAX_INT64 = (1n << 63n) - 1n;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

interface Scanned {
  positive: boolean;
  /** the number as written (sign, digits, '.'), without the suffix */
  value: string;
  num: string;
  denom: string;
  suffix: string;
}

/** parseQuantityString: splits sign, integer digits (leading zeros dropped), fraction digits and suffix. */
function scan(str: string): Scanned | undefined {
  let pos = 0;
  const end = str.length;
  let positive = true;
  if (str[0] === '-' || str[0] === '+') {
    positive = str[0] === '+';
    pos++;
  }
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  let num = str.slice(pos, i);
  if (i >= end) return { positive, value: str, num, denom: '', suffix: '' };
  pos = i;
  if (num === '') num = '0';
  let denom = '';
  if (str[pos] === '.') {
    pos++;
    i = pos;
    while (i < end && isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    if (i >= end) return { positive, value: str, num, denom, suffix: '' };
    pos = i;
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < end && 'eEinumkKMGTP'.includes(str[pos] as string)) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return undefined;
  return { positive, value, num, denom, suffix: str.slice(suffixStart) };
}

/** suffixHandler.interpret: (base, exponent, format) of a suffix, or undefined. */
function interpret(suffix: string): { base: 2 | 10; exponent: number; format: QuantityFormat } | undefined {
  if (suffix in DEC_SUFFIX) return { base: 10, exponent: DEC_SUFFIX[suffix] as number, format: 'DecimalSI' };
  if (suffix in BIN_SUFFIX) return { base: 2, exponent: BIN_SUFFIX[suffix] as number, format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1)))
    return { base: 10, exponent: Number(suffix.slice(1)), format: 'DecimalExponent' };
  return undefined;
}

/**
 * ParseQuantity. Values finer than 1n are rounded up (0.1n → 1n); BinarySI values are capped at 2^63−1 and a
 * BinarySI value strictly between 0 and 1 becomes DecimalSI. Example: `0.5Gi` = 536870912 → prints `512Mi`.
 */
export function parseQuantity(input: string | number): QuantityResult {
  const str = typeof input === 'number' ? String(input) : input;
  if (str.length === 0) return { ok: false, error: ERR_FORMAT_WRONG };
  if (str === '0')
    return { ok: true, value: { mantissa: 0n, exponent: 0, format: 'DecimalSI', cached: str } };
  const sc = scan(str);
  if (!sc) return { ok: false, error: ERR_FORMAT_WRONG };
  const suf = interpret(sc.suffix);
  if (!suf) return { ok: false, error: ERR_SUFFIX };
  const digits = BigInt(sc.num + sc.denom);
  const cached = canonicalInput(str, sc, suf);

  let mantissa = (sc.positive ? 1n : -1n) * digits;
  let exponent = -sc.denom.length;
  if (suf.base === 10) exponent += suf.exponent;
  else mantissa *= 1n << BigInt(suf.exponent);
  let format = suf.format;
  if (mantissa !== 0n && exponent < -9) {
    // Round the magnitude up to a whole nano: 1.5n → 2n (RoundUp, away from zero).
    const div = 10n ** BigInt(-9 - exponent);
    const abs = mantissa < 0n ? -mantissa : mantissa;
    const up = (abs + div - 1n) / div;
    mantissa = mantissa < 0n ? -up : up;
    exponent = -9;
  }
  if (format === 'BinarySI') {
    const abs = mantissa < 0n ? -mantissa : mantissa;
    if (cmpAbs(abs, exponent, MAX_INT64) > 0) {
      mantissa = mantissa < 0n ? -MAX_INT64 : MAX_INT64;
      exponent = 0;
    } else if (abs !== 0n && cmpAbs(abs, exponent, 1n) < 0) format = 'DecimalSI';
  }
  const q: Quantity = { mantissa, exponent, format };
  if (cached) q.cached = str;
  return { ok: true, value: q };
}

/** Upstream's fast path keeps the input string when it is already canonical; true when it would. */
function canonicalInput(
  str: string,
  sc: Scanned,
  suf: { exponent: number; format: QuantityFormat },
): boolean {
  let scale = 0;
  let mantissa = 1n;
  let precision: number;
  if (suf.format === 'BinarySI') {
    if (suf.exponent >= 0 && sc.denom.length === 0) {
      mantissa = 1n << BigInt(suf.exponent);
      precision = 15 - sc.num.length - Math.trunc((suf.exponent * 3) / 10) - 1;
    } else precision = -1;
  } else {
    scale = suf.exponent;
    precision = 18 - (sc.num.length + sc.denom.length);
  }
  if (precision < 0) return false;
  scale -= sc.denom.length;
  if (scale < -9) return false;
  const shifted = sc.num + sc.denom;
  const value = BigInt(shifted);
  if (value * mantissa > MAX_INT64) return false;
  if (suf.format === 'BinarySI') return suf.exponent % 10 === 0 && (value & 7n) !== 0n;
  return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0' && str.length > 0;
}

/** Compares |mantissa × 10^exponent| with an integer. */
function cmpAbs(abs: bigint, exponent: number, n: bigint): number {
  const lhs = exponent >= 0 ? abs * 10n ** BigInt(exponent) : abs;
  const rhs = exponent >= 0 ? n : n * 10n ** BigInt(-exponent);
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

/** The exact value as a fraction numerator / 10^k (k ≥ 0). */
function scaled(q: Quantity, k: number): bigint {
  return q.exponent + k >= 0
    ? q.mantissa * 10n ** BigInt(q.exponent + k)
    : q.mantissa / 10n ** BigInt(-(q.exponent + k));
}

/**
 * Quantity.String() (CanonicalizeBytes): the largest suffix that loses nothing and prints no fraction.
 * Examples: 1.5 → `1500m`; 1000 → `1k`; 1.5Gi → `1536Mi`; 0.1Gi → `107374182400m`; 1e3 → `1e3`.
 */
export function quantityString(q: Quantity): string {
  if (q.cached !== undefined) return q.cached;
  if (q.mantissa === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI') {
    const abs = q.mantissa < 0n ? -q.mantissa : q.mantissa;
    // Between -1024 and 1024 (exclusive) binary suffixes would need fractions: print DecimalSI instead.
    if (cmpAbs(abs, q.exponent, 1024n) < 0) format = 'DecimalSI';
    else if (q.exponent < 0 && abs % 10n ** BigInt(-q.exponent) !== 0n) format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let n = scaled(q, 0);
    let exp = 0;
    while (n % 1024n === 0n && n !== 0n) {
      n /= 1024n;
      exp += 10;
    }
    const suffix = Object.keys(BIN_SUFFIX).find((s) => BIN_SUFFIX[s] === exp) ?? '';
    return `${n}${suffix}`;
  }
  let m = q.mantissa;
  let e = q.exponent;
  while (m % 10n === 0n) {
    m /= 10n;
    e++;
  }
  while (e % 3 !== 0) {
    m *= 10n;
    e--;
  }
  if (format === 'DecimalExponent') return e === 0 ? `${m}` : `${m}e${e}`;
  return `${m}${Object.keys(DEC_SUFFIX).find((s) => DEC_SUFFIX[s] === e) ?? ''}`;
}

/** Parses and re-prints a quantity the way the API server stores it: `0.5` → `500m`; error text on failure. */
export function canonicalizeQuantity(
  input: string | number,
): { ok: true; value: string } | { ok: false; error: string } {
  const r = parseQuantity(input);
  return r.ok ? { ok: true, value: quantityString(r.value) } : r;
}

/** Quantity.Cmp: -1, 0 or 1. */
export function compareQuantity(a: Quantity, b: Quantity): number {
  const k = Math.max(0, -Math.min(a.exponent, b.exponent));
  const x = scaled(a, k);
  const y = scaled(b, k);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Ceiling of value × 10^k as a number (MilliValue is k = 3, Value is k = 0; both round up like upstream). */
function ceilScaled(q: Quantity, k: number): number {
  if (q.exponent + k >= 0) return Number(q.mantissa * 10n ** BigInt(q.exponent + k));
  const div = 10n ** BigInt(-(q.exponent + k));
  const t = q.mantissa / div;
  return Number(q.mantissa > 0n && q.mantissa % div !== 0n ? t + 1n : t);
}

/** Quantity.MilliValue: `250m` → 250, `1` → 1000, `1Mi` → 1048576000. */
export const quantityMilliValue = (q: Quantity): number => ceilScaled(q, 3);

/** Quantity.Value (rounded up): `1Mi` → 1048576, `250m` → 1. */
export const quantityValue = (q: Quantity): number => ceilScaled(q, 0);

/** True when the quantity is negative. */
export const isNegativeQuantity = (q: Quantity): boolean => q.mantissa < 0n;
