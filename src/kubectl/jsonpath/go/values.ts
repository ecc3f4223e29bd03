// The Go values a JSONPath template sees when kubectl runs it on an unstructured object, and how Go prints
// them: fmt %v (text output), encoding/json (maps and lists), and fmt %#v (the debugging dump).
import { goQuote } from './strconv';

/** A number literal of the template: Go `int` (IntNode) or `float64` (FloatNode). */
export class GoNumber {
  constructor(
    readonly value: number,
    readonly type: 'int' | 'float64',
  ) {}
}

/** A `uint8`: what `.*` yields for each byte of a string. */
export class GoByte {
  constructor(readonly value: number) {}
}

/** JSON data (an unstructured object: integral numbers are int64, others float64) or a template literal. */
export type GoValue =
  null | boolean | number | string | GoNumber | GoByte | GoValue[] | { [key: string]: GoValue };

/** A JSON object (Go map[string]interface{}). */
export function isMap(v: GoValue): v is { [key: string]: GoValue } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof GoNumber) &&
    !(v instanceof GoByte)
  );
}

/** Go's dynamic type name, as in `int64 is not array or slice`. */
export function goTypeName(v: GoValue): string {
  if (v === null) return 'interface {}';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (v instanceof GoNumber) return v.type;
  if (v instanceof GoByte) return 'uint8';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** Map keys in Go's order (fmt and encoding/json sort them). */
export function sortedKeys(m: { [key: string]: GoValue }): string[] {
  return Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * fmt %v of a float64 (strconv 'g', shortest): exponent form when the exponent is < -4 or >= 6,
 * e.g. 0.25 → `0.25`, 1000000.5 → `1.0000005e+06`, 0.0000015 → `1.5e-06`.
 */
export function formatFloatV(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mantissa = '0', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6)
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(x);
}

/** fmt.Fprint of a scalar, as the JSONPath text output prints it (nil prints as `null`). */
export function printScalar(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof GoByte) return String(v.value);
  if (v instanceof GoNumber) return v.type === 'float64' ? formatFloatV(v.value) : String(v.value);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloatV(v);
  return goDefault(v);
}

/** encoding/json string escaping, HTML-safe as json.Marshal is by default. */
function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || ch === '<' || ch === '>' || ch === '&' || cp === 0x2028 || cp === 0x2029)
      out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

function jsonNumber(n: number): string {
  // encoding/json: shortest digits, exponent only below 1e-6 or from 1e21 (JavaScript's own thresholds).
  return Number.isFinite(n) ? String(n) : 'null';
}

/** json.Marshal (compact) or json.MarshalIndent(v, "", indent). Keys sorted. */
export function goJson(v: GoValue, indent = '', level = 0): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return jsonNumber(v);
  if (v instanceof GoNumber || v instanceof GoByte) return jsonNumber(v.value);
  const nl = indent === '' ? '' : `\n${indent.repeat(level + 1)}`;
  const end = indent === '' ? '' : `\n${indent.repeat(level)}`;
  const colon = indent === '' ? ':' : ': ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((e) => nl + goJson(e, indent, level + 1)).join(',')}${end}]`;
  }
  const keys = sortedKeys(v);
  if (keys.length === 0) return '{}';
  return `{${keys.map((k) => `${nl}${jsonString(k)}${colon}${goJson(v[k] ?? null, indent, level + 1)}`).join(',')}${end}}`;
}

/** fmt %v of any value: `map[app:nginx]`, `[a b]`, `<nil>`. */
export function goDefault(v: GoValue): string {
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goDefault).join(' ')}]`;
  if (isMap(v))
    return `map[${sortedKeys(v)
      .map((k) => `${k}:${goDefault(v[k] ?? null)}`)
      .join(' ')}]`;
  return printScalar(v);
}

/** fmt %#v of an unstructured value: `map[string]interface {}{"a":1, "b":[]interface {}{"x"}}`. */
export function goSyntax(v: GoValue, nested = false): string {
  if (v === null) return nested ? 'interface {}(nil)' : '<nil>';
  if (typeof v === 'string') return goQuote(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((e) => goSyntax(e, true)).join(', ')}}`;
  if (isMap(v)) {
    const entries = sortedKeys(v).map((k) => `${goQuote(k)}:${goSyntax(v[k] ?? null, true)}`);
    return `map[string]interface {}{${entries.join(', ')}}`;
  }
  if (v instanceof GoByte) return `0x${v.value.toString(16)}`;
  return printScalar(v);
}
