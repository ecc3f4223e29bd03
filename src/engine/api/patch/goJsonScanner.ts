// Mirrors Go's encoding/json scanner (scanner.go): the syntax error texts the API server answers when a patch
// body is not valid JSON, byte for byte (Go scans UTF-8 bytes, so `é` fails on its first byte, shown as `'Ã'`).
import type { Json } from './goJson';
import { toJson } from './goJson';

/** UTF-8 bytes of a string. */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const QUOTE_ESCAPES: Record<number, string> = {
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  92: '\\\\',
};

/** scanner.go quoteChar: the byte c as Go's string(rune(c)), quoted with single quotes: `'b'`, `'\n'`, `'Ã'`. */
export function quoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  if (QUOTE_ESCAPES[c] !== undefined) return `'${QUOTE_ESCAPES[c]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  // Bytes ≥ 0x80 become the runes U+0080–U+00FF; the C1 controls, NBSP and soft hyphen are not printable.
  if ((c >= 0x80 && c <= 0xa0) || c === 0xad) return `'\\u${c.toString(16).padStart(4, '0')}'`;
  return `'${String.fromCharCode(c)}'`;
}

type Step = (c: number) => void;

/**
 * checkValid: the syntax error Go's json.Unmarshal reports for `text`, or null when it is valid JSON.
 * E.g. `{bad` → `invalid character 'b' looking for beginning of object key string`, `{"a":` → `unexpected
 * end of JSON input`, `{"a":tru` → `invalid character ' ' in literal true (expecting 'e')`.
 */
export function goJsonSyntaxError(text: string): string | null {
  const stack: ('key' | 'value' | 'array')[] = [];
  let err: string | null = null;
  let endTop = false;
  const fail = (c: number, context: string): void => {
    err = `invalid character ${quoteChar(c)} ${context}`;
  };
  const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
  let step: Step;

  const endValue: Step = (c) => {
    step = endValue;
    const top = stack[stack.length - 1];
    if (top === undefined) {
      endTop = true;
      step = endTopState;
      step(c);
      return;
    }
    if (isSpace(c)) return;
    if (top === 'key') {
      if (c === 0x3a) {
        stack[stack.length - 1] = 'value';
        step = beginValue;
      } else fail(c, 'after object key');
    } else if (top === 'value') {
      if (c === 0x2c) {
        stack[stack.length - 1] = 'key';
        step = beginString;
      } else if (c === 0x7d) {
        stack.pop();
        step = endValue;
      } else fail(c, 'after object key:value pair');
    } else if (c === 0x2c) step = beginValue;
    else if (c === 0x5d) {
      stack.pop();
      step = endValue;
    } else fail(c, 'after array element');
  };
  const endTopState: Step = (c) => {
    if (!isSpace(c)) fail(c, 'after top-level value');
  };
  const literal = (rest: string, name: string): Step => {
    let i = 0;
    const s: Step = (c) => {
      const want = rest.charCodeAt(i);
      if (c !== want) {
        fail(c, `in literal ${name} (expecting '${rest[i]}')`);
        return;
      }
      i++;
      if (i === rest.length) step = endValue;
    };
    return s;
  };
  const inString: Step = (c) => {
    if (c === 0x22) step = endValue;
    else if (c === 0x5c) step = inStringEsc;
    else if (c < 0x20) fail(c, 'in string literal');
  };
  const inStringEsc: Step = (c) => {
    if ([0x62, 0x66, 0x6e, 0x72, 0x74, 0x5c, 0x2f, 0x22].includes(c)) step = inString;
    else if (c === 0x75) step = escU(4);
    else fail(c, 'in string escape code');
  };
  const escU =
    (left: number): Step =>
    (c) => {
      if (!isHex(c)) fail(c, 'in \\u hexadecimal character escape');
      else step = left === 1 ? inString : escU(left - 1);
    };
  const state0: Step = (c) => {
    if (c === 0x2e) step = dot;
    else if (c === 0x65 || c === 0x45) step = expStart;
    else endValue(c);
  };
  const state1: Step = (c) => {
    if (!isDigit(c)) state0(c);
  };
  const neg: Step = (c) => {
    if (c === 0x30) step = state0;
    else if (c >= 0x31 && c <= 0x39) step = state1;
    else fail(c, 'in numeric literal');
  };
  const dot: Step = (c) => {
    if (isDigit(c)) step = dot0;
    else fail(c, 'after decimal point in numeric literal');
  };
  const dot0: Step = (c) => {
    if (c === 0x65 || c === 0x45) step = expStart;
    else if (!isDigit(c)) endValue(c);
  };
  const expSign: Step = (c) => {
    if (isDigit(c)) step = exp0;
    else fail(c, 'in exponent of numeric literal');
  };
  const expStart: Step = (c) => {
    if (c === 0x2b || c === 0x2d) step = expSign;
    else expSign(c);
  };
  const exp0: Step = (c) => {
    if (!isDigit(c)) endValue(c);
  };
  const beginValue: Step = (c) => {
    if (isSpace(c)) return;
    if (c === 0x7b) {
      stack.push('key');
      step = beginStringOrEmpty;
    } else if (c === 0x5b) {
      stack.push('array');
      step = beginValueOrEmpty;
    } else if (c === 0x22) step = inString;
    else if (c === 0x2d) step = neg;
    else if (c === 0x30) step = state0;
    else if (c >= 0x31 && c <= 0x39) step = state1;
    else if (c === 0x74) step = literal('rue', 'true');
    else if (c === 0x66) step = literal('alse', 'false');
    else if (c === 0x6e) step = literal('ull', 'null');
    else fail(c, 'looking for beginning of value');
  };
  const beginValueOrEmpty: Step = (c) => {
    if (isSpace(c)) return;
    if (c === 0x5d) {
      stack.pop();
      step = endValue;
    } else beginValue(c);
  };
  const beginString: Step = (c) => {
    if (isSpace(c)) return;
    if (c === 0x22) step = inString;
    else fail(c, 'looking for beginning of object key string');
  };
  const beginStringOrEmpty: Step = (c) => {
    if (isSpace(c)) return;
    if (c === 0x7d) {
      stack.pop();
      step = endValue;
    } else beginString(c);
  };

  step = beginValue;
  for (const c of utf8Bytes(text)) {
    step(c);
    if (err !== null) return err;
  }
  if (endTop) return null;
  step(0x20);
  if (err !== null) return err;
  return endTop ? null : 'unexpected end of JSON input';
}

/** Parses a request body the way Go does: its syntax error text, or the decoded value. */
export function parseGoJson(text: string): { ok: true; value: Json } | { ok: false; error: string } {
  const error = goJsonSyntaxError(text);
  if (error !== null) return { ok: false, error };
  return { ok: true, value: toJson(JSON.parse(text) as unknown) };
}
