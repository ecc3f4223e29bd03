// Decoded JSON as Go sees it (interface{} values: int64 vs float64, == and reflect.DeepEqual, byte-wise string
// order) and fmt's %v of such values: the Go behaviour that leaks into patch errors and list ordering.

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

/** The JSON kind Go names in UnmarshalTypeError: `object`, `array`, `string`, `number`, `bool`. */
export function jsonKind(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return Array.isArray(v) ? 'array' : 'object';
}
