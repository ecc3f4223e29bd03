// The bytes evanphx/json-patch hands back after a json or merge patch, which the API server quotes in its
// `patch: Invalid value: "<document>"` errors: containers the patch code decoded are re-marshalled from Go
// maps (keys sorted), untouched parts of the live object keep Go struct field order, untouched patch values
// keep their own order.
import type { Json, JsonObject } from './goJson';
import { goSortedKeys, isObject } from './goJson';
import type { TypeRef } from './schema';
import { rootStruct, structOf } from './schema';

/** Which containers were decoded by the patch code, and which came from the live object. */
export interface Marks {
  decoded: WeakSet<object>;
  origin: WeakSet<object>;
}

/** Fresh marks. */
export const newMarks = (): Marks => ({ decoded: new WeakSet(), origin: new WeakSet() });

/** Marks every container of v as coming from the live object. */
export function markOrigin(v: Json, marks: Marks): void {
  if (Array.isArray(v)) {
    marks.origin.add(v);
    v.forEach((x) => markOrigin(x, marks));
  } else if (isObject(v)) {
    marks.origin.add(v);
    for (const k of Object.keys(v)) markOrigin(v[k] as Json, marks);
  }
}

/** Marks every container of v as decoded (pruneNulls walks a whole value this way). */
export function markDecodedDeep(v: Json, marks: Marks): void {
  if (Array.isArray(v)) {
    marks.decoded.add(v);
    v.forEach((x) => markDecodedDeep(x, marks));
  } else if (isObject(v)) {
    marks.decoded.add(v);
    for (const k of Object.keys(v)) markDecodedDeep(v[k] as Json, marks);
  }
}

/** A deep copy that carries the marks over (a copied node keeps how it would marshal). */
export function cloneMarked(v: Json, marks: Marks): Json {
  if (Array.isArray(v)) {
    const out = v.map((x) => cloneMarked(x, marks));
    if (marks.decoded.has(v)) marks.decoded.add(out);
    if (marks.origin.has(v)) marks.origin.add(out);
    return out;
  }
  if (isObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v))
      Object.defineProperty(out, k, {
        value: cloneMarked(v[k] as Json, marks),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    if (marks.decoded.has(v)) marks.decoded.add(out);
    if (marks.origin.has(v)) marks.origin.add(out);
    return out;
  }
  return v;
}

/** Go's JSON string encoding: HTML-safe escapes and \u2028/\u2029 on top of the usual ones. */
export function goJsonString(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function keyOrder(v: JsonObject, t: TypeRef | undefined, marks: Marks): string[] {
  if (marks.decoded.has(v)) return goSortedKeys(v);
  if (!marks.origin.has(v)) return Object.keys(v);
  const s = t === undefined ? undefined : structOf(t);
  if (s === undefined) return goSortedKeys(v);
  const known = s.fields.map((f) => f.json).filter((k) => Object.prototype.hasOwnProperty.call(v, k));
  const rest = goSortedKeys(v).filter((k) => !s.fields.some((f) => f.json === k));
  return [...known, ...rest];
}

function childType(t: TypeRef | undefined, key: string): TypeRef | undefined {
  if (t === undefined) return undefined;
  if (t.k === 'map') return t.elem;
  return structOf(t)?.fields.find((f) => f.json === key)?.type;
}

function encode(v: Json | undefined, t: TypeRef | undefined, marks: Marks): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return JSON.stringify(v);
  if (typeof v === 'string') return goJsonString(v);
  if (Array.isArray(v)) {
    const elem = t?.k === 'list' ? t.elem : undefined;
    return `[${v.map((x) => encode(x, elem, marks)).join(',')}]`;
  }
  const parts = keyOrder(v, t, marks).map(
    (k) => `${goJsonString(k)}:${encode(v[k] as Json, childType(t, k), marks)}`,
  );
  return `{${parts.join(',')}}`;
}

/** The patched document of a kind as json-patch marshals it. */
export function encodePatched(doc: JsonObject, kind: string, marks: Marks): string {
  return encode(doc, { k: 'struct', name: rootStruct(kind).name }, marks);
}
