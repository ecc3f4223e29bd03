// Mirrors Go's encoding/json scanner (scanner.go) and fmt's %v for decoded JSON values: the pieces of Go
// behaviour that leak into the API server's patch error texts and into strategic-merge ordering.

/** A decoded JSON value (Go's interface{} after json.Unmarshal). */
export type Json = null | boolean | number | string | Json[] | JsonObject;
/** A decoded JSON object (Go's map[string]interface{}). */
export interface JsonObject {
  [key: string]: Json;
}

/** True for a JSON object (not null, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Sets obj[key] as an own property, even for the key `__proto__` (user data may use any key). */
export function put(obj: JsonObject, key: string, value: Json): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Own-property lookup (never the prototype chain). */
export function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Own-property read; undefined when absent. */
export function get(obj: JsonObject, key: string): Json | undefined {
  return has(obj, key) ? obj[key] : undefined;
}

/** Deep copy of JSON-shaped data; drops undefined members and non-JSON values (functions, symbols). */
export function toJson(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) return v.map((x) => toJson(x));
  if (typeof v === 'object') {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined && typeof x !== 'function' && typeof x !== 'symbol') put(out, k, toJson(x));
    }
    return out;
  }
  return null;
}

/**
 * The Go dynamic type of a decoded value, as reflect.TypeOf reports it. Kubernetes decodes JSON numbers with
 * UseNumber and keeps integers as int64, other numbers as float64 (`3` → int64, `1.5` → float64).
 */
export type GoType = 'nil' | 'bool' | 'string' | 'int64' | 'float64' | 'slice' | 'map';

/** reflect.TypeOf(v) for a decoded JSON value. */
export function goTypeOf(v: Json): GoType {
  if (v === null) return 'nil';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? 'int64' : 'float64';
  return Array.isArray(v) ? 'slice' : 'map';
}

/** Go's `==` on two interface{} values holding scalars (maps and slices never compare equal here). */
export function goScalarEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'object' && a !== null) return false;
  return goTypeOf(a) === goTypeOf(b) && a === b;
}

/** reflect.DeepEqual on decoded JSON (int64 1 and float64 1.5 differ; key order is irrelevant). */
export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => has(b, k) && deepEqual(a[k], b[k]));
  }
  return goScalarEqual(a, b);
}

/** Go's string `<`: byte-wise UTF-8 order, i.e. code point order (JS `<` compares UTF-16 units). */
export function goLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca < cb;
    if (ca > 0xffff) i++;
  }
  return a.length < b.length;
}

/** Sorted keys of an object in Go map order (fmt and json.Marshal both sort map keys). */
export function goSortedKeys(obj: JsonObject): string[] {
  return Object.keys(obj).sort((x, y) => (goLess(x, y) ? -1 : goLess(y, x) ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------
// fmt.Sprintf("%v", v)

/** strconv.FormatFloat(f, 'g', -1, 64), which %v uses: `1.5`, `1e+21`, `1.234567e+06`, `1e-05`. */
export function goFormatFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expText] = Math.abs(f).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  const sign = f < 0 ? '-' : '';
  // Shortest formatting switches to %e when the exponent is < -4 or >= 6 (eprec is 6 for shortest).
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** fmt's %v (and %+v) of a decoded JSON value: `map[a:1 b:[x y]]`, `<nil>`, `true`, `1.5`. */
export function goSprintV(v: Json): string {
  switch (goTypeOf(v)) {
    case 'nil':
      return '<nil>';
    case 'bool':
    case 'string':
      return String(v);
    case 'int64':
      return Math.abs(v as number) >= 1e21 ? BigInt(v as number).toString() : String(v);
    case 'float64':
      return goFormatFloat(v as number);
    case 'slice':
      return `[${(v as Json[]).map(goSprintV).join(' ')}]`;
    default: {
      const o = v as JsonObject;
      return `map[${goSortedKeys(o)
        .map((k) => `${k}:${goSprintV(o[k] as Json)}`)
        .join(' ')}]`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// encoding/json syntax errors (scanner.go), byte for byte.

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

/** The JSON kind Go names in UnmarshalTypeError: `object`, `array`, `string`, `number`, `bool`. */
export function jsonKind(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return Array.isArray(v) ? 'array' : 'object';
}

/** Parses a request body the way Go does: its syntax error text, or the decoded value. */
export function parseGoJson(text: string): { ok: true; value: Json } | { ok: false; error: string } {
  const error = goJsonSyntaxError(text);
  if (error !== null) return { ok: false, error };
  return { ok: true, value: toJson(JSON.parse(text) as unknown) };
}
