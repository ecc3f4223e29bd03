// JSON exactly as Go's encoding/json MarshalIndent prints kubectl's unstructured objects (`-o json`):
// map keys sorted, 4-space indent, `<`, `>`, `&`, U+2028 and U+2029 escaped as \u003c … (HTML-safe encoding).
import type { JsonValue } from './yamlEmitter';

/** Compares strings by code point (= UTF-8 byte order, Go's string comparison). */
function codePointLess(a: string, b: string): number {
  const ai = Array.from(a);
  const bi = Array.from(b);
  for (let i = 0; i < ai.length && i < bi.length; i++) {
    const d = ((ai[i] as string).codePointAt(0) as number) - ((bi[i] as string).codePointAt(0) as number);
    if (d !== 0) return d;
  }
  return ai.length - bi.length;
}

const HTML_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** A Go JSON string literal (JSON.stringify already matches Go for quotes, backslashes and control characters). */
export function goJsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => HTML_ESCAPES[c] as string);
}

function encode(v: JsonValue, indent: string, level: number): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v !== 'object') return JSON.stringify(v);
  const inner = indent.repeat(level + 1);
  const outer = indent.repeat(level);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + encode(x, indent, level + 1)).join(',\n')}\n${outer}]`;
  }
  const keys = Object.keys(v).sort(codePointLess);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${goJsonString(k)}: ${encode(v[k] as JsonValue, indent, level + 1)}`).join(',\n')}\n${outer}}`;
}

/** json.MarshalIndent(v, "", indent) of a map-based (unstructured) value; no trailing newline. */
export function goJsonMarshalIndent(v: JsonValue, indent = '    '): string {
  return encode(v, indent, 0);
}
