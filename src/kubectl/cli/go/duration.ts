// Go's time.ParseDuration and Duration.String, as used by kubectl duration flags (--timeout, --request-timeout).
import type { ParseResult } from '../../jsonpath/go/strconv';
import { utf8Bytes } from '../../jsonpath/go/utf8';

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n, // U+00B5 micro sign
  μs: 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const LIMIT = 1n << 63n;

/** time's private quote: ASCII kept (with `"` and `\` escaped), every other byte as `\xNN`. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x80 || cp < 0x20) {
      out += utf8Bytes(ch)
        .map((b) => `\\x${b.toString(16).padStart(2, '0')}`)
        .join('');
    } else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, e.g. `1m30s`, `1.5h`, `300ms`; a bare `0` is
 * allowed. Returns nanoseconds. Errors are Go's: `time: missing unit in duration "5"`,
 * `time: unknown unit "x" in duration "5x"`, `time: invalid duration "abc"`.
 */
export function parseGoDuration(orig: string): ParseResult<bigint> {
  const invalid: ParseResult<bigint> = { ok: false, error: `time: invalid duration ${timeQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, value: 0n };
  if (s === '') return invalid;
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid;
    // Leading integer: overflow beyond 2^63 is an invalid duration.
    let i = 0;
    let v = 0n;
    while (isDigit(s[i])) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > LIMIT) return invalid;
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    // Fraction: digits after '.', accumulated until more precision cannot matter.
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (isDigit(s[j])) {
        if (!overflow && f > (LIMIT - 1n) / 10n) overflow = true;
        if (!overflow) {
          const next = f * 10n + BigInt(s.charCodeAt(j) - 48);
          if (next > LIMIT) overflow = true;
          else {
            f = next;
            scale *= 10;
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let u = 0;
    while (u < s.length && !(s[u] === '.' || isDigit(s[u]))) u++;
    if (u === 0) return { ok: false, error: `time: missing unit in duration ${timeQuote(orig)}` };
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = Object.hasOwn(UNITS, unitName) ? UNITS[unitName] : undefined;
    if (unit === undefined)
      return { ok: false, error: `time: unknown unit ${timeQuote(unitName)} in duration ${timeQuote(orig)}` };
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      // Go uses float64 here: v += uint64(float64(f) * (float64(unit) / scale)).
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > LIMIT) return invalid;
    }
    d += v;
    if (d > LIMIT) return invalid;
  }
  if (neg) return { ok: true, value: -d };
  if (d > LIMIT - 1n) return invalid;
  return { ok: true, value: d };
}

/** Digits of `v / 10^prec` fraction with trailing zeros dropped: (1500000, 6) → ".5", rest 1. */
function frac(v: bigint, prec: number): [string, bigint] {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) digits = `${digit}${digits}`;
    v /= 10n;
  }
  return [print ? `.${digits}` : '', v];
}

/** Duration.String: 0 → `0s`, 1.5e9 ns → `1.5s`, 90 s → `1m30s`, 5 s → `5s`, 2 ms → `2ms`. */
export function formatGoDuration(ns: bigint): string {
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    if (u < 1_000n) out = `${u}ns`;
    else {
      const [prec, unit] = u < 1_000_000n ? [3, 'µs'] : [6, 'ms'];
      const [f, rest] = frac(u, prec);
      out = `${rest}${f}${unit}`;
    }
  } else {
    const [f, secs] = frac(u, 9);
    u = secs;
    out = `${u % 60n}${f}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}
