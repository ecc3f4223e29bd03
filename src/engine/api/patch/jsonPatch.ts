// Mirrors gopkg.in/evanphx/json-patch.v4 patch.go (Patch.Apply), the RFC 6902 JSON patch the API server
// applies. v4 behaviour kept: `replace` of a missing object key adds it, negative array indexes count from
// the end, `-1` on add appends, leading zeros and `+` are accepted in indexes.
import type { Json, JsonObject } from './goJson';
import { goTypeOf, has, isObject, put } from './goJson';
import type { Marks } from './encode';
import { cloneMarked } from './encode';

/** A failed operation; the API server reports every one of them with the same generic 422 text. */
export class JsonPatchError extends Error {}

type Container = JsonObject | Json[];

/** decodePatchKey: `~1` → `/`, `~0` → `~`, in one left-to-right pass (RFC 6901). */
export function decodePatchKey(k: string): string {
  return k.replace(/~[01]/g, (m) => (m === '~1' ? '/' : '~'));
}

/** strconv.Atoi: optional sign and decimal digits only. */
function atoi(key: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(key)) return undefined;
  const n = Number(key);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** partialArray index of key (negative counts from the end), or undefined when out of range. */
function arrayIndex(con: Json[], key: string): number | undefined {
  const i = atoi(key);
  if (i === undefined || i >= con.length || i < -con.length) return undefined;
  return i < 0 ? i + con.length : i;
}

function getIn(con: Container, key: string): { found: boolean; value: Json | undefined } {
  if (!Array.isArray(con)) return { found: true, value: has(con, key) ? (con[key] as Json) : undefined };
  const i = arrayIndex(con, key);
  return i === undefined ? { found: false, value: undefined } : { found: true, value: con[i] };
}

/** findObject: the container holding the last path segment, decoding every container on the way. */
function findObject(
  doc: JsonObject,
  path: string,
  marks: Marks,
): { con: Container; key: string } | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let con: Container = doc;
  for (const part of split.slice(1, -1)) {
    const next = getIn(con, decodePatchKey(part));
    if (!next.found || next.value === undefined || next.value === null) return undefined;
    if (!Array.isArray(next.value) && !isObject(next.value)) return undefined;
    con = next.value;
    marks.decoded.add(con);
  }
  return { con, key: decodePatchKey(split[split.length - 1] as string) };
}

function addTo(con: Container, key: string, val: Json): void {
  if (!Array.isArray(con)) {
    put(con, key, val);
    return;
  }
  if (key === '-') {
    con.push(val);
    return;
  }
  let i = atoi(key);
  if (i === undefined) throw new JsonPatchError(`value was not a proper array index: '${key}'`);
  const size = con.length + 1;
  if (i >= size || i < -size) throw new JsonPatchError(`Unable to access invalid index: ${i}`);
  if (i < 0) i += size;
  con.splice(i, 0, val);
}

function removeFrom(con: Container, key: string): void {
  if (!Array.isArray(con)) {
    if (!has(con, key)) throw new JsonPatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    delete con[key];
    return;
  }
  let i = atoi(key);
  if (i === undefined) throw new JsonPatchError(`strconv.Atoi: parsing "${key}": invalid syntax`);
  if (i >= con.length || i < -con.length) throw new JsonPatchError(`Unable to access invalid index: ${i}`);
  if (i < 0) i += con.length;
  con.splice(i, 1);
}

/** lazyNode.equal: n (from the document) against o (from the patch), decoding n on the way. */
function lazyEqual(n: Json, o: Json, marks: Marks): boolean {
  if (isObject(n)) {
    marks.decoded.add(n);
    if (!isObject(o) || Object.keys(n).length !== Object.keys(o).length) return false;
    return Object.keys(n).every((k) => {
      if (!has(o, k)) return false;
      const a = n[k] as Json;
      const b = o[k] as Json;
      if (a === null || b === null) return a === b;
      return lazyEqual(a, b, marks);
    });
  }
  if (Array.isArray(n)) {
    marks.decoded.add(n);
    return (
      Array.isArray(o) &&
      n.length === o.length &&
      n.every((x, i) => x !== null && o[i] !== null && lazyEqual(x, o[i] as Json, marks))
    );
  }
  if (isObject(o) || Array.isArray(o)) return false;
  return goTypeOf(n) === goTypeOf(o) && n === o;
}

function requirePath(op: JsonObject, field: 'path' | 'from'): string {
  const p = op[field];
  if (typeof p !== 'string')
    throw new JsonPatchError(
      field === 'path'
        ? 'operation missing path field: missing value'
        : 'operation, missing from field: missing value',
    );
  return p;
}

function locate(doc: JsonObject, path: string, marks: Marks, what: string): { con: Container; key: string } {
  const found = findObject(doc, path, marks);
  if (found === undefined)
    throw new JsonPatchError(`${what} operation does not apply: doc is missing path: ${path}`);
  return found;
}

/** Applies one operation to doc (mutated). */
function applyOp(doc: JsonObject, op: JsonObject | null, marks: Marks): void {
  const kind = op !== null && typeof op['op'] === 'string' ? op['op'] : 'unknown';
  const value = (): Json => (op !== null && has(op, 'value') ? (op['value'] as Json) : null);
  switch (kind) {
    case 'add': {
      const { con, key } = locate(doc, requirePath(op as JsonObject, 'path'), marks, 'add');
      addTo(con, key, value());
      return;
    }
    case 'remove': {
      const { con, key } = locate(doc, requirePath(op as JsonObject, 'path'), marks, 'remove');
      removeFrom(con, key);
      return;
    }
    case 'replace': {
      const path = requirePath(op as JsonObject, 'path');
      const { con, key } = locate(doc, path, marks, 'replace');
      if (!getIn(con, key).found)
        throw new JsonPatchError(`replace operation does not apply: doc is missing key: ${path}`);
      if (Array.isArray(con)) con[arrayIndex(con, key) as number] = value();
      else put(con, key, value());
      return;
    }
    case 'move': {
      const from = locate(doc, requirePath(op as JsonObject, 'from'), marks, 'move');
      const got = getIn(from.con, from.key);
      if (!got.found) throw new JsonPatchError(`error in move for path: '${from.key}'`);
      removeFrom(from.con, from.key);
      const to = locate(doc, requirePath(op as JsonObject, 'path'), marks, 'move');
      addTo(to.con, to.key, got.value ?? null);
      return;
    }
    case 'copy': {
      const from = locate(doc, requirePath(op as JsonObject, 'from'), marks, 'copy');
      const got = getIn(from.con, from.key);
      if (!got.found) throw new JsonPatchError(`error in copy for from: '${from.key}'`);
      const to = locate(doc, requirePath(op as JsonObject, 'path'), marks, 'copy');
      addTo(to.con, to.key, got.value === undefined ? null : cloneMarked(got.value, marks));
      return;
    }
    case 'test': {
      const path = requirePath(op as JsonObject, 'path');
      const { con, key } = locate(doc, path, marks, 'test');
      const got = getIn(con, key);
      if (!got.found) throw new JsonPatchError(`error in test for path: '${path}'`);
      const expected = op !== null && has(op, 'value') ? (op['value'] as Json) : undefined;
      if (got.value === undefined || got.value === null) {
        if (expected === null) return;
        throw new JsonPatchError(`testing value ${path} failed: test failed`);
      }
      if (expected === undefined || expected === null || !lazyEqual(got.value, expected, marks))
        throw new JsonPatchError(`testing value ${path} failed: test failed`);
      return;
    }
    default:
      throw new JsonPatchError(`Unexpected kind: ${kind}`);
  }
}

/** Patch.Apply: applies the operations in order to doc (mutated); throws JsonPatchError on the first failure. */
export function jsonPatch(doc: JsonObject, ops: (JsonObject | null)[], marks: Marks): JsonObject {
  marks.decoded.add(doc);
  for (const op of ops) applyOp(doc, op, marks);
  return doc;
}
