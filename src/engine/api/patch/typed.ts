// Mirrors how the API server turns a patched document back into a typed object: the JSON decoder
// (sigs.k8s.io/json, for json and merge patches) or runtime.DefaultUnstructuredConverter.FromUnstructured
// (for strategic merge patches), with fieldValidation=Warn: wrong types fail, unknown fields are dropped
// with a warning `unknown field "spec.foo"`.
import type { Json, JsonObject } from './goJson';
import { goTypeOf, has, isObject, jsonKind, put } from './goJson';
import type { FieldDef, StructDef, TypeRef } from './schema';
import { goTypeName, rootStruct, structOf } from './schema';
import { ERR_FORMAT_WRONG, parseQuantity } from '../quantity';
import { goReflectType } from './patchErrors';

/** Which decoder: `json` (encoding/json errors) or `unstructured` (converter errors). */
export type DecodeMode = 'json' | 'unstructured';

export type DecodeResult = { ok: true; value: JsonObject; warnings: string[] } | { ok: false; error: string };

class DecodeError extends Error {}

interface Ctx {
  mode: DecodeMode;
  warnings: string[];
  /** First saved encoding/json type error (decoding continues after it, as Go's saveError does). */
  saved: string | null;
}

const INT32_MAX = 2 ** 31 - 1;

/** encoding/json's UnmarshalTypeError text with the struct-field context. */
function typeError(value: string, goType: string, struct: string, path: string[]): string {
  if (struct === '' && path.length === 0)
    return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
  return `json: cannot unmarshal ${value} into Go struct field ${struct}.${path.join('.')} of type ${goType}`;
}

/** Checks a scalar field; returns the value to keep. */
function decodePrim(v: Json, t: TypeRef & { k: 'prim' }, ctx: Ctx, struct: string, path: string[]): Json {
  const goT = goTypeOf(v);
  const json = ctx.mode === 'json';
  const fail = (jsonValue: string, goType: string): Json => {
    if (json) ctx.saved ??= typeError(jsonValue, goType, struct, path);
    else throw new DecodeError(`cannot convert ${goReflectType(v)} to ${goType}`);
    return v;
  };
  switch (t.t) {
    case 'string':
      return goT === 'string' ? v : fail(jsonKind(v), 'string');
    case 'bool':
      return goT === 'bool' ? v : fail(jsonKind(v), 'bool');
    case 'int32':
    case 'int64':
    case 'float64': {
      if (typeof v !== 'number') return fail(jsonKind(v), t.t);
      if (t.t === 'float64') return v;
      const tooBig = t.t === 'int32' ? v > INT32_MAX || v < -INT32_MAX - 1 : !Number.isSafeInteger(v);
      if (json && (!Number.isInteger(v) || tooBig)) return fail(`number ${String(v)}`, t.t);
      if (!json && !Number.isInteger(v)) throw new DecodeError(`cannot convert float64 to ${t.t}`);
      // The converter's reflect conversion wraps out-of-range values instead of failing.
      return !json && t.t === 'int32' ? v | 0 : v;
    }
    case 'intstr': {
      if (typeof v === 'string') return v;
      if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= INT32_MAX) return v;
      const shown = typeof v === 'number' ? `number ${String(v)}` : jsonKind(v);
      // IntOrString.UnmarshalJSON decodes non-strings into an int32 and returns that error at once.
      throw new DecodeError(
        json
          ? typeError(shown, 'int32', struct, path)
          : `json: cannot unmarshal ${shown} into Go value of type int32`,
      );
    }
    case 'quantity': {
      if (typeof v !== 'string' && typeof v !== 'number') throw new DecodeError(ERR_FORMAT_WRONG);
      const q = parseQuantity(v);
      if (!q.ok) throw new DecodeError(q.error);
      return v;
    }
    case 'time': {
      if (typeof v === 'string') return v;
      const err = `json: cannot unmarshal ${jsonKind(v)} into Go value of type string`;
      throw new DecodeError(json ? typeError(jsonKind(v), 'string', struct, path) : err);
    }
  }
}

function decodeValue(v: Json, t: TypeRef, ctx: Ctx, struct: string, path: string[], where: string): Json {
  if (v === null) return null;
  switch (t.k) {
    case 'prim':
      return decodePrim(v, t, ctx, struct, path);
    case 'struct': {
      const s = structOf(t);
      if (s === undefined) return v;
      if (!isObject(v)) return mismatch(v, t, ctx, struct, path, 'struct');
      return decodeStruct(v, s, ctx, path, where);
    }
    case 'map': {
      if (!isObject(v)) return mismatch(v, t, ctx, struct, path, 'map');
      const out: JsonObject = {};
      for (const k of Object.keys(v)) {
        const d = decodeValue(v[k] as Json, t.elem, ctx, struct, path, `${where}[${k}]`);
        put(out, k, d);
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(v)) return mismatch(v, t, ctx, struct, path, 'slice');
      return v.map((x, i) => decodeValue(x, t.elem, ctx, struct, path, `${where}[${i}]`));
    }
    default:
      return v;
  }
}

/** A container of the wrong JSON kind: a saved type error (json) or the converter's `cannot restore` error. */
function mismatch(
  v: Json,
  t: TypeRef,
  ctx: Ctx,
  struct: string,
  path: string[],
  want: 'struct' | 'map' | 'slice',
): Json {
  if (ctx.mode === 'json') {
    ctx.saved ??= typeError(jsonKind(v), goTypeName(t), struct, path);
    return null;
  }
  const kind = goTypeOf(v);
  throw new DecodeError(
    want === 'struct' ? `cannot restore struct from: ${kind}` : `cannot restore ${want} from ${kind}`,
  );
}

function decodeStruct(v: JsonObject, s: StructDef, ctx: Ctx, path: string[], where: string): JsonObject {
  const out: JsonObject = {};
  const known = new Set(s.fields.map((f: FieldDef) => f.json));
  for (const f of s.fields) {
    if (!has(v, f.json)) continue;
    const child = [...path, f.json];
    const d = decodeValue(
      v[f.json] as Json,
      f.type,
      ctx,
      s.name,
      child,
      where === '' ? f.json : `${where}.${f.json}`,
    );
    // A null decodes to the zero value, which the typed object omits (times print as null).
    if (d !== null || (f.type.k === 'prim' && f.type.t === 'time')) put(out, f.json, d);
  }
  const unknown = Object.keys(v)
    .filter((k) => !known.has(k))
    .sort();
  for (const k of unknown) {
    if (s.open) put(out, k, v[k] as Json);
    else ctx.warnings.push(`unknown field "${where === '' ? k : `${where}.${k}`}"`);
  }
  return out;
}

/**
 * Decodes a patched object of `kind` into its typed form: the value with unknown fields and nulls removed
 * plus the unknown-field warnings, or the decoder's error text (`json: cannot unmarshal string into Go struct
 * field DeploymentSpec.spec.replicas of type int32`, `cannot convert string to int32`).
 */
export function decodeTyped(kind: string, value: JsonObject, mode: DecodeMode): DecodeResult {
  const ctx: Ctx = { mode, warnings: [], saved: null };
  try {
    const out = decodeStruct(value, rootStruct(kind), ctx, [], '');
    if (ctx.saved !== null) return { ok: false, error: ctx.saved };
    return { ok: true, value: out, warnings: ctx.warnings };
  } catch (e) {
    if (e instanceof DecodeError) return { ok: false, error: e.message };
    throw e;
  }
}
