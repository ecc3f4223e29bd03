// Mirrors the apply half of k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (StrategicMergeMapPatch,
// mergeMap, mergePatchIntoOriginal, mergeSlice, directives). Like upstream it mutates the maps it is given:
// callers pass fresh copies.
import type { Json, JsonObject } from './goJson';
import { deepEqual, goSortedKeys, goSprintV, goTypeOf, has, isObject, put } from './goJson';
import type { LookupPatchMeta } from './patchMeta';
import { extractRetainKeysPatchStrategy } from './patchMeta';
import {
  badRequest,
  ErrBadPatchFormatForPrimitiveList,
  ErrBadPatchFormatForRetainKeys,
  ErrBadPatchFormatForSetElementOrderList,
  errBadArgType,
  errBadPatchType,
  errNoMergeKey,
  internal,
} from './patchErrors';
import type { ElemKind } from './strategicOrder';
import {
  deduplicateScalars,
  extractToDeleteItems,
  findMapInSlice,
  normalizeElementOrder,
  partition,
  sliceElementType,
} from './strategicOrder';

export const DIRECTIVE_MARKER = '$patch';
export const RETAIN_KEYS_DIRECTIVE = '$retainKeys';
export const DELETE_FROM_PRIMITIVE_LIST_PREFIX = '$deleteFromPrimitiveList';
export const SET_ELEMENT_ORDER_PREFIX = '$setElementOrder';

/** MergeOptions: the server merges parallel lists and drops unmatched nulls; the 3-way diff does neither. */
export interface MergeOptions {
  mergeParallelList: boolean;
  ignoreUnmatchedNulls: boolean;
}

/** StrategicMergeMapPatch: applies patch to original (both mutated) with server semantics. */
export function strategicMergeMapPatch(
  original: JsonObject,
  patch: JsonObject | null,
  schema: LookupPatchMeta,
): JsonObject {
  if (patch === null) return original;
  return mergeMap(original, patch, schema, { mergeParallelList: true, ignoreUnmatchedNulls: true });
}

/** extractKey: `$setElementOrder/containers` → `containers`. */
function extractKey(s: string, prefix: string): string {
  const slash = s.indexOf('/');
  if (slash < 0 || s.slice(0, slash) !== prefix) {
    if (prefix === DELETE_FROM_PRIMITIVE_LIST_PREFIX) throw badRequest(ErrBadPatchFormatForPrimitiveList);
    throw badRequest(ErrBadPatchFormatForSetElementOrderList);
  }
  return s.slice(slash + 1);
}

/** handleDirectiveInMergeMap: `$patch: replace` keeps the patch map, `$patch: delete` empties it. */
function handleDirectiveInMergeMap(directive: Json, patch: JsonObject): JsonObject {
  if (directive === 'replace') {
    delete patch[DIRECTIVE_MARKER];
    return patch;
  }
  if (directive === 'delete') return {};
  throw errBadPatchType(directive, patch);
}

/** removeDirectives: drops maps carrying `$patch` (and the fields/elements holding them); keep=false for such a map. */
export function removeDirectives(obj: Json): { value: Json; keep: boolean } {
  if (Array.isArray(obj)) {
    const res: Json[] = [];
    for (const v of obj) {
      const r = removeDirectives(v);
      if (r.keep) res.push(r.value);
    }
    return { value: res, keep: true };
  }
  if (isObject(obj)) {
    if (has(obj, DIRECTIVE_MARKER)) return { value: null, keep: false };
    for (const k of Object.keys(obj)) {
      const r = removeDirectives(obj[k] as Json);
      if (r.keep) put(obj, k, r.value);
      else delete obj[k];
    }
  }
  return { value: obj, keep: true };
}

/** discardNullValuesFromPatch: removes null-valued fields at every depth (list elements stay). */
function discardNullValues(v: Json): void {
  if (Array.isArray(v)) v.forEach(discardNullValues);
  else if (isObject(v)) {
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else discardNullValues(v[k] as Json);
    }
  }
}

/** applyRetainKeysDirective: clears fields of original that `$retainKeys` does not list. */
function applyRetainKeysDirective(original: JsonObject, patch: JsonObject, opts: MergeOptions): void {
  if (!has(patch, RETAIN_KEYS_DIRECTIVE)) return;
  const retain = patch[RETAIN_KEYS_DIRECTIVE] as Json;
  delete patch[RETAIN_KEYS_DIRECTIVE];
  if (!opts.mergeParallelList) {
    if (has(original, RETAIN_KEYS_DIRECTIVE)) {
      if (!deepEqual(original[RETAIN_KEYS_DIRECTIVE], retain)) {
        throw internal(
          `${goSprintV(original[RETAIN_KEYS_DIRECTIVE] as Json)} and ${goSprintV(retain)} are not deep equal: this may happen when calculating the 3-way diff patch`,
        );
      }
    } else put(original, RETAIN_KEYS_DIRECTIVE, retain);
    return;
  }
  if (!Array.isArray(retain)) throw badRequest(ErrBadPatchFormatForRetainKeys);
  const keep = new Set(retain.filter((v): v is string => typeof v === 'string'));
  for (const k of Object.keys(patch)) {
    if (
      patch[k] === null ||
      k.startsWith(DELETE_FROM_PRIMITIVE_LIST_PREFIX) ||
      k.startsWith(SET_ELEMENT_ORDER_PREFIX)
    )
      continue;
    if (!keep.has(k)) throw badRequest(ErrBadPatchFormatForRetainKeys);
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

/** mergeKeyValueEqual: equality of two list items by merge key (by value when there is none). */
function mergeKeyValueEqual(left: Json, right: Json, mergeKey: string): boolean {
  if (mergeKey === '') {
    // Go's == on interface{}: different dynamic types are unequal; two maps (or slices) cannot be compared.
    const t = goTypeOf(left);
    if (t !== goTypeOf(right)) return false;
    if (t === 'map' || t === 'slice')
      throw internal(
        `runtime error: comparing uncomparable type ${t === 'map' ? 'map[string]interface {}' : '[]interface {}'}`,
      );
    return left === right;
  }
  if (!isObject(left)) throw errBadArgType('map', left);
  if (!isObject(right)) throw errBadArgType('map', right);
  if (!has(left, mergeKey)) throw errNoMergeKey(left, mergeKey);
  if (!has(right, mergeKey)) throw errNoMergeKey(right, mergeKey);
  const a = left[mergeKey] as Json;
  const b = right[mergeKey] as Json;
  return goTypeOf(a) === goTypeOf(b) && a === b;
}

/** validatePatchWithSetOrderList: the patch list's items appear in `$setElementOrder`, in the same order. */
function validatePatchWithSetOrderList(patchList: Json[], setOrderList: Json[], mergeKey: string): void {
  if (setOrderList.length === 0 || patchList.length === 0) return;
  const nonDelete = mergeKey === '' ? patchList : extractToDeleteItems(patchList).nonDelete;
  let p = 0;
  let s = 0;
  while (p < nonDelete.length && s < setOrderList.length) {
    const item = nonDelete[p] as Json;
    if (isObject(item) && has(item, DIRECTIVE_MARKER)) {
      p++;
      continue;
    }
    if (mergeKeyValueEqual(item, setOrderList[s] as Json, mergeKey)) p++;
    s++;
  }
  if (p < nonDelete.length && s >= setOrderList.length) {
    throw internal(
      `the order in patch list:\n${goSprintV(patchList)}\n doesn't match ${SET_ELEMENT_ORDER_PREFIX} list:\n${goSprintV(setOrderList)}`,
    );
  }
}

/** mergePatchIntoOriginal: processes each `$setElementOrder/<list>` with its list, in the directive's order. */
function mergePatchIntoOriginal(
  original: JsonObject,
  patch: JsonObject,
  schema: LookupPatchMeta,
  opts: MergeOptions,
): void {
  for (const key of goSortedKeys(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER_PREFIX)) continue;
    const order = patch[key] as Json;
    if (!opts.mergeParallelList) {
      if (has(original, key)) {
        if (!deepEqual(original[key], order)) throw badRequest(ErrBadPatchFormatForSetElementOrderList);
      } else put(original, key, order);
    }
    delete patch[key];
    if (!Array.isArray(order)) throw errBadArgType('slice', order);
    const originalKey = extractKey(key, SET_ELEMENT_ORDER_PREFIX);
    const foundOriginal = has(original, originalKey);
    const foundPatch = has(patch, originalKey);
    const originalList = original[originalKey] as Json;
    const patchList = patch[originalKey] as Json;
    if (foundOriginal && !Array.isArray(originalList)) throw errBadArgType('slice', originalList);
    if (foundPatch && !Array.isArray(patchList)) throw errBadArgType('slice', patchList);
    const originalValue = foundOriginal ? (originalList as Json[]) : [];
    const patchValue = foundPatch ? (patchList as Json[]) : [];
    const [sub, meta] = schema.forSlice(originalKey);
    const { strategy } = extractRetainKeysPatchStrategy(meta.strategies);
    validatePatchWithSetOrderList(patchValue, order, meta.mergeKey);
    let merged: Json[];
    if (foundOriginal && !foundPatch) merged = originalValue;
    else if (!foundOriginal && foundPatch) merged = removeDirectives(patchValue).value as Json[];
    else if (foundOriginal && foundPatch)
      merged = mergeSliceHandler(originalValue, patchValue, sub, strategy, meta.mergeKey, false, opts);
    else continue;
    const parts = partition(merged, order, meta.mergeKey);
    // A live list stored empty (the typed API would have omitted it) is kept as it is.
    if (foundOriginal && originalValue.length === 0 && patchValue.length === 0) {
      put(original, originalKey, merged);
      delete patch[originalKey];
      continue;
    }
    const kind = sliceElementType(originalValue, patchValue);
    put(
      original,
      originalKey,
      normalizeElementOrder(parts.patch, parts.serverOnly, order, originalValue, meta.mergeKey, kind),
    );
    delete patch[originalKey];
  }
}

/** mergeMap: merges patch into original following the schema's strategies. */
export function mergeMap(
  original: JsonObject | null,
  patch: JsonObject,
  schema: LookupPatchMeta,
  opts: MergeOptions,
): JsonObject {
  if (has(patch, DIRECTIVE_MARKER)) return handleDirectiveInMergeMap(patch[DIRECTIVE_MARKER] as Json, patch);
  const orig = original ?? {};
  applyRetainKeysDirective(orig, patch, opts);
  mergePatchIntoOriginal(orig, patch, schema, opts);
  for (const key of goSortedKeys(patch)) {
    const patchV = patch[key] as Json;
    let k = key;
    let isDeleteList = false;
    if (key.startsWith(DELETE_FROM_PRIMITIVE_LIST_PREFIX)) {
      if (!opts.mergeParallelList) {
        put(orig, key, patchV);
        continue;
      }
      k = extractKey(key, DELETE_FROM_PRIMITIVE_LIST_PREFIX);
      isDeleteList = true;
    }
    if (patchV === null) {
      delete orig[k];
      if (opts.ignoreUnmatchedNulls) continue;
    }
    if (!has(orig, k) || goTypeOf(orig[k] as Json) !== goTypeOf(patchV)) {
      if (!isDeleteList) {
        if (opts.ignoreUnmatchedNulls) discardNullValues(patchV);
        const r = removeDirectives(patchV);
        if (r.keep) put(orig, k, r.value);
        else delete orig[k];
      }
      continue;
    }
    const current = orig[k] as Json;
    if (isObject(current)) {
      const [sub, meta] = schema.forStruct(k);
      const { strategy } = extractRetainKeysPatchStrategy(meta.strategies);
      put(
        orig,
        k,
        strategy === 'replace' ? (patchV as JsonObject) : mergeMap(current, patchV as JsonObject, sub, opts),
      );
    } else if (Array.isArray(current)) {
      const [sub, meta] = schema.forSlice(k);
      const { strategy } = extractRetainKeysPatchStrategy(meta.strategies);
      put(
        orig,
        k,
        mergeSliceHandler(current, patchV as Json[], sub, strategy, meta.mergeKey, isDeleteList, opts),
      );
    } else {
      const r = removeDirectives(patchV);
      if (r.keep) put(orig, k, r.value);
      else delete orig[k];
    }
  }
  return orig;
}

/** mergeSliceHandler: merge lists merge (and delete lists always do); other lists are replaced. */
function mergeSliceHandler(
  original: Json[],
  patch: Json[],
  schema: LookupPatchMeta,
  strategy: string,
  mergeKey: string,
  isDeleteList: boolean,
  opts: MergeOptions,
): Json[] {
  if (strategy === 'merge' || isDeleteList)
    return mergeSlice(original, patch, schema, mergeKey, opts, isDeleteList);
  return patch;
}

/** mergeSlice: merges two lists of scalars (deduplicated) or of maps (by merge key), then orders them. */
function mergeSlice(
  original: Json[],
  patch: Json[],
  schema: LookupPatchMeta,
  mergeKey: string,
  opts: MergeOptions,
  isDeleteList: boolean,
): Json[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind: ElemKind = sliceElementType(original, patch);
  let merged: Json[];
  let orig = original;
  let pat = patch;
  if (kind !== 'map') {
    if (opts.mergeParallelList && isDeleteList)
      return original.filter((v) => !patch.some((d) => deepEqualScalar(d, v)));
    merged = deduplicateScalars([...original, ...patch]);
  } else {
    if (mergeKey === '') throw internal(`cannot merge lists without merge key for ${schema.name()}`);
    ({ original: orig, patch: pat } = mergeSliceWithSpecialElements(original, patch, mergeKey));
    merged = mergeSliceWithoutSpecialElements(orig, pat, mergeKey, schema, opts);
  }
  const parts = partition(merged, pat, mergeKey);
  return normalizeElementOrder(parts.patch, parts.serverOnly, pat, orig, mergeKey, kind);
}

function deepEqualScalar(a: Json, b: Json): boolean {
  return goTypeOf(a) === goTypeOf(b) && a === b;
}

/** mergeSliceWithSpecialElements: applies `$patch: delete` items and detects `$patch: replace`. */
function mergeSliceWithSpecialElements(
  original: Json[],
  patch: Json[],
  mergeKey: string,
): { original: Json[]; patch: Json[] } {
  const plain: Json[] = [];
  let replace = false;
  let orig = original;
  for (const v of patch) {
    const m = v as JsonObject;
    if (!has(m, DIRECTIVE_MARKER)) {
      plain.push(v);
      continue;
    }
    const directive = m[DIRECTIVE_MARKER] as Json;
    if (directive === 'delete') {
      if (!has(m, mergeKey)) throw errNoMergeKey(m, mergeKey);
      const value = m[mergeKey] as Json;
      for (
        let found = findMapInSlice(orig, mergeKey, value);
        found !== undefined;
        found = findMapInSlice(orig, mergeKey, value)
      ) {
        const i = found.index;
        orig = [...orig.slice(0, i), ...orig.slice(i + 1)];
      }
    } else if (directive === 'replace') replace = true;
    else if (directive === 'merge') throw internal('merging lists cannot yet be specified in the patch');
    else throw errBadPatchType(directive, m);
  }
  return replace ? { original: plain, patch: [] } : { original: orig, patch: plain };
}

/** mergeSliceWithoutSpecialElements: merges each patch item into the live item with its key, or appends it. */
function mergeSliceWithoutSpecialElements(
  original: Json[],
  patch: Json[],
  mergeKey: string,
  schema: LookupPatchMeta,
  opts: MergeOptions,
): Json[] {
  const out = [...original];
  for (const v of patch) {
    const m = v as JsonObject;
    if (!has(m, mergeKey)) throw errNoMergeKey(m, mergeKey);
    const found = findMapInSlice(out, mergeKey, m[mergeKey] as Json);
    if (found !== undefined) out[found.index] = mergeMap(found.map, m, schema, opts);
    else out.push(v);
  }
  return out;
}
