// Go's strconv as kubectl uses it: ParseInt (base 0, as pflag parses int flags), ParseBool, Quote (fmt %q).
// The error texts are Go's exactly, because kubectl prints them verbatim after `invalid argument ...`.
import { utf8Bytes } from './utf8';

/** A parsed number or Go's error text (e.g. `strconv.ParseInt: parsing "x": invalid syntax`). */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(ch: string): boolean {
  return PRINTABLE.test(ch);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** One rune escaped the way strconv.Quote does inside the given quote character. */
function quoteRune(ch: string, quote: string): string {
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (isPrint(ch)) return ch;
  const simple = SIMPLE_ESCAPES[ch];
  if (simple) return simple;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd'; // a lone surrogate is not valid UTF-8
  if (cp < 0x10000) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/** strconv.Quote (fmt `%q` of a string): `a"b` → `"a\"b"`, a newline → `\n`. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += quoteRune(ch, '"');
  return `${out}"`;
}

/**
 * fmt `%q` of a single byte, as pflag prints an unknown shorthand (`'Z'`). A non-ASCII letter is a
 * multi-byte UTF-8 sequence; Go takes its first byte as a rune, so `-é` reports `'Ã'` (U+00C3).
 */
export function goQuoteByte(byte: number): string {
  return `'${quoteRune(String.fromCharCode(byte), "'")}'`;
}

/** strconv.ParseBool. */
export function parseBool(s: string): ParseResult<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return { ok: true, value: true };
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}

/** Go's underscoreOK: underscores may only separate digits (`1_000`, `0x_1f`), never lead or trail. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let isHex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes((s[1] ?? '').toLowerCase())) {
    i = 2;
    saw = '0';
    isHex = (s[1] ?? '').toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (isHex && c.toLowerCase() >= 'a' && c.toLowerCase() <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

type UintResult = { ok: true; value: bigint } | { ok: false; range: boolean };

/** strconv.ParseUint core; `base` 0 means "from the prefix" (0x, 0o, 0b, leading 0 = octal). */
function parseUint(s: string, base: number, bitSize: number): UintResult {
  if (s === '') return { ok: false, range: false };
  const base0 = base === 0;
  const s0 = s;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const p = (s[1] ?? '').toLowerCase();
      if (s.length >= 3 && p === 'b') [base, s] = [2, s.slice(2)];
      else if (s.length >= 3 && p === 'o') [base, s] = [8, s.slice(2)];
      else if (s.length >= 3 && p === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  }
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    let d: number;
    if (c === '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') d = c.charCodeAt(0) - 48;
    else if (c.toLowerCase() >= 'a' && c.toLowerCase() <= 'z') d = c.toLowerCase().charCodeAt(0) - 87;
    else return { ok: false, range: false };
    if (d >= base) return { ok: false, range: false };
    n = n * BigInt(base) + BigInt(d);
    if (n > maxVal) return { ok: false, range: true };
  }
  if (underscores && !underscoreOK(s0)) return { ok: false, range: false };
  return { ok: true, value: n };
}

/**
 * strconv.ParseInt(s, base, bitSize). pflag's int/int32/int64 flags use base 0, so `010` is 8,
 * `0x10` is 16 and `1_000` is 1000; klog's `-v` uses base 10. Values beyond ±2^53 lose precision
 * in the returned number (the range check itself is exact).
 */
export function parseInt(s: string, base: number, bitSize: 32 | 64): ParseResult<number> {
  const fail = (range: boolean): ParseResult<number> => ({
    ok: false,
    error: `strconv.ParseInt: parsing ${goQuote(s)}: ${range ? 'value out of range' : 'invalid syntax'}`,
  });
  if (s === '') return fail(false);
  let body = s;
  let neg = false;
  if (s[0] === '+') body = s.slice(1);
  else if (s[0] === '-') [neg, body] = [true, s.slice(1)];
  const un = parseUint(body, base, bitSize);
  if (!un.ok) return fail(un.range);
  const cutoff = 1n << BigInt(bitSize - 1);
  if ((!neg && un.value >= cutoff) || (neg && un.value > cutoff)) return fail(true);
  return { ok: true, value: Number(neg ? -un.value : un.value) };
}

/** strconv.Atoi: base 10, 64-bit, with Atoi's own function name in the error. */
export function atoi(s: string): ParseResult<number> {
  const r = parseInt(s, 10, 64);
  return r.ok ? r : { ok: false, error: r.error.replace('strconv.ParseInt', 'strconv.Atoi') };
}

/** Byte length of a string in UTF-8 (Go counts columns and lengths in bytes). */
export function byteLength(s: string): number {
  return utf8Bytes(s).length;
}
