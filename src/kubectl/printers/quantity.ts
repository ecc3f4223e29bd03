// Resource quantities (`500m`, `128Mi`, `2`) parsed exactly and printed in canonical form, as Quantity.String().
// Mirrors k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity, CanonicalizeBytes) for describe.

/** How a quantity was written; String() keeps the family (binary suffixes stay binary when exact). */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** A quantity as an exact number of nano-units (1 = 10⁻⁹) plus its format. */
export interface Quantity {
  nanos: bigint;
  format: QuantityFormat;
}

const NANO = 1_000_000_000n;
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const DECIMAL_SUFFIX: Record<number, string> = {
  [-9]: 'n',
  [-6]: 'u',
  [-3]: 'm',
  0: '',
  3: 'k',
  6: 'M',
  9: 'G',
  12: 'T',
  15: 'P',
  18: 'E',
};

const pow10 = (e: number): bigint => 10n ** BigInt(e);

/** The zero quantity (prints `0`). */
export const ZERO_QUANTITY: Quantity = { nanos: 0n, format: 'DecimalSI' };

/**
 * parseQuantity: `100m` → 0.1, `1.5Gi` → 1610612736, `2e3` → 2000; values finer than 1n round up (as the API
 * server does). Returns undefined for text that is not a quantity.
 */
export function parseQuantity(text: string): Quantity | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:([numkMGTPE]|[KMGTPE]i)|[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, whole, frac = '', suffix = '', exp] = m;
  // mantissa as an integer of "frac.length" decimals
  const mantissa = BigInt(`${whole}${frac}` || '0');
  let format: QuantityFormat = 'DecimalSI';
  let numerator = mantissa;
  let denominator = pow10(frac.length);
  if (exp !== undefined) {
    format = 'DecimalExponent';
    const e = Number(exp);
    if (e >= 0) numerator *= pow10(e);
    else denominator *= pow10(-e);
  } else if (suffix in BINARY) {
    format = 'BinarySI';
    numerator <<= BigInt(BINARY[suffix] as number);
  } else {
    const e = DECIMAL[suffix] as number;
    if (e >= 0) numerator *= pow10(e);
    else denominator *= pow10(-e);
  }
  const scaled = numerator * NANO;
  let nanos = scaled / denominator;
  if (scaled % denominator !== 0n) nanos += 1n;
  return { nanos: sign === '-' ? -nanos : nanos, format };
}

/** Sum of quantities; the result keeps the format of the first operand (Quantity.Add). */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos + b.nanos, format: a.format };
}

/** MilliValue (rounded up like Quantity.MilliValue). */
export const milliValue = (q: Quantity): bigint => ceilDiv(q.nanos, 1_000_000n);
/** Value in whole units (rounded up like Quantity.Value). */
export const unitValue = (q: Quantity): bigint => ceilDiv(q.nanos, NANO);

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/**
 * Quantity.String(): canonical form. Binary quantities ≥ 1024 that are whole numbers use the largest exact
 * binary suffix (`1536Mi`); everything else uses the largest power-of-1000 suffix with an integer mantissa
 * (`1500m`, `2`, `2k`, `500m`). Zero prints `0`.
 */
export function formatQuantity(q: Quantity): string {
  if (q.nanos === 0n) return '0';
  const neg = q.nanos < 0n;
  const abs = neg ? -q.nanos : q.nanos;
  const sign = neg ? '-' : '';
  if (q.format === 'BinarySI' && abs >= 1024n * NANO && abs % NANO === 0n) {
    let v = abs / NANO;
    let k = 0;
    while (k < 6 && v % 1024n === 0n) {
      v /= 1024n;
      k++;
    }
    return `${sign}${v}${BINARY_SUFFIX[k]}`;
  }
  let exponent = -9;
  let mantissa = abs;
  while (exponent < 18 && mantissa % 1000n === 0n) {
    mantissa /= 1000n;
    exponent += 3;
  }
  const suffix =
    q.format === 'DecimalExponent' ? (exponent === 0 ? '' : `e${exponent}`) : DECIMAL_SUFFIX[exponent];
  return `${sign}${mantissa}${suffix}`;
}

/** Canonical text of a quantity string (unparsable text is returned unchanged). */
export function canonicalQuantity(text: string): string {
  const q = parseQuantity(text);
  return q ? formatQuantity(q) : text;
}
