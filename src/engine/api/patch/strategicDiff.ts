// Mirrors the diff half of k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (diffMaps, diffLists,
// CreateThreeWayMergePatch): the patch kubectl apply computes from last-applied, new manifest and live object.
import type { Json, JsonObject } from './goJson';
import { deepEqual, goLess, goSortedKeys, goSprintV, goTypeOf, has, isObject, put, toJson } from './goJson';
import type { LookupPatchMeta } from './patchMeta';
import { extractRetainKeysPatchStrategy } from './patchMeta';
import { errNoMergeKey, internal } from './patchErrors';
import {
  DELETE_FROM_PRIMITIVE_LIST_PREFIX,
  DIRECTIVE_MARKER,
  mergeMap,
  RETAIN_KEYS_DIRECTIVE,
  SET_ELEMENT_ORDER_PREFIX,
} from './strategic';
import { goSortByString } from './goSort';
import { deduplicateScalars, normalizeSliceOrder, sliceElementType, sortScalars } from './strategicOrder';

/** DiffOptions of diffMaps. */
export interface DiffOptions {
  setElementOrder: boolean;
  ignoreChangesAndAdditions: boolean;
  ignoreDeletions: boolean;
  buildRetainKeysDirective: boolean;
}

const DEFAULT_DIFF: DiffOptions = {
  setElementOrder: false,
  ignoreChangesAndAdditions: false,
  ignoreDeletions: false,
  buildRetainKeysDirective: false,
};

/**
 * diffMaps: a patch that turns original into modified — added and changed fields, null for removed ones,
 * `$patch: delete` items and `$deleteFromPrimitiveList/` lists for merge lists, `$setElementOrder/` lists,
 * `$retainKeys` for retainKeys fields. Options drop additions/changes or deletions.
 */
export function diffMaps(
  original: JsonObject,
  modified: JsonObject,
  schema: LookupPatchMeta,
  opts: DiffOptions,
): JsonObject {
  const patch: JsonObject = {};
  const retainKeys: Json[] = [];
  for (const key of goSortedKeys(modified)) {
    const modifiedValue = modified[key] as Json;
    if (opts.buildRetainKeysDirective && modifiedValue !== null) retainKeys.push(key);
    if (!has(original, key)) {
      if (!opts.ignoreChangesAndAdditions) put(patch, key, modifiedValue);
      continue;
    }
    const originalValue = original[key] as Json;
    if (key === DIRECTIVE_MARKER) {
      if (typeof originalValue !== 'string' || typeof modifiedValue !== 'string')
        throw internal(`invalid value for special key: ${DIRECTIVE_MARKER}`);
      if (originalValue !== modifiedValue) put(patch, DIRECTIVE_MARKER, modifiedValue);
      continue;
    }
    if (goTypeOf(originalValue) !== goTypeOf(modifiedValue)) {
      if (!opts.ignoreChangesAndAdditions) put(patch, key, modifiedValue);
      continue;
    }
    if (isObject(originalValue))
      handleMapDiff(key, originalValue, modifiedValue as JsonObject, patch, schema, opts);
    else if (Array.isArray(originalValue))
      handleSliceDiff(key, originalValue, modifiedValue as Json[], patch, schema, opts);
    else if (!opts.ignoreChangesAndAdditions && !deepEqual(originalValue, modifiedValue))
      put(patch, key, modifiedValue);
  }
  if (!opts.ignoreDeletions) {
    for (const key of Object.keys(original)) if (!has(modified, key)) put(patch, key, null);
  }
  const hasAdditionalNewField = Object.keys(original).some((k) => original[k] !== null && !has(modified, k));
  if (retainKeys.length > 0 && (Object.keys(patch).length > 0 || hasAdditionalNewField)) {
    put(patch, RETAIN_KEYS_DIRECTIVE, sortScalars(retainKeys));
  }
  return patch;
}

function handleMapDiff(
  key: string,
  original: JsonObject,
  modified: JsonObject,
  patch: JsonObject,
  schema: LookupPatchMeta,
  opts: DiffOptions,
): void {
  const [sub, meta] = schema.forStruct(key);
  const { retainKeys, strategy } = extractRetainKeysPatchStrategy(meta.strategies);
  if (strategy === 'replace') {
    if (!opts.ignoreChangesAndAdditions) put(patch, key, modified);
    return;
  }
  const value = diffMaps(original, modified, sub, { ...opts, buildRetainKeysDirective: retainKeys });
  if (Object.keys(value).length > 0) put(patch, key, value);
}

function handleSliceDiff(
  key: string,
  original: Json[],
  modified: Json[],
  patch: JsonObject,
  schema: LookupPatchMeta,
  opts: DiffOptions,
): void {
  const [sub, meta] = schema.forSlice(key);
  const { retainKeys, strategy } = extractRetainKeysPatchStrategy(meta.strategies);
  if (strategy !== 'merge') {
    if (!opts.ignoreChangesAndAdditions && !deepEqual(original, modified)) put(patch, key, modified);
    return;
  }
  const lists = diffLists(original, modified, sub, meta.mergeKey, {
    ...opts,
    buildRetainKeysDirective: retainKeys,
  });
  if (lists.add.length > 0) put(patch, key, lists.add);
  if (lists.remove.length > 0) put(patch, `${DELETE_FROM_PRIMITIVE_LIST_PREFIX}/${key}`, lists.remove);
  if (lists.order.length > 0) put(patch, `${SET_ELEMENT_ORDER_PREFIX}/${key}`, lists.order);
}

/** diffLists: the patch list, the parallel deletion list (scalars) and the `$setElementOrder` list. */
function diffLists(
  original: Json[],
  modified: Json[],
  schema: LookupPatchMeta,
  mergeKey: string,
  opts: DiffOptions,
): { add: Json[]; remove: Json[]; order: Json[] } {
  if (original.length === 0) {
    if (modified.length === 0 || opts.ignoreChangesAndAdditions) return { add: [], remove: [], order: [] };
    return { add: modified, remove: [], order: [] };
  }
  const kind = sliceElementType(original, modified);
  if (kind === 'map') {
    const { patch, deletions } = diffListsOfMaps(original, modified, schema, mergeKey, opts);
    const sorted = normalizeSliceOrder(patch, modified, mergeKey, kind);
    const orderSame = isOrderSame(original, modified, mergeKey);
    const add = [...sorted, ...deletions];
    let order: Json[] = [];
    if (
      opts.setElementOrder &&
      ((!opts.ignoreChangesAndAdditions && (add.length > 0 || !orderSame)) ||
        (!opts.ignoreDeletions && add.length > 0))
    ) {
      order = modified.map((v) => ({ [mergeKey]: (v as JsonObject)[mergeKey] as Json }));
    }
    return { add, remove: [], order };
  }
  // Upstream sorts `original` in place here, so the equality test below compares the sorted copy.
  const sortedOriginal = sortScalars(original);
  const { add, remove } = diffListsOfScalars(sortedOriginal, modified, opts);
  const sorted = normalizeSliceOrder(add, modified, mergeKey, kind);
  let order: Json[] = [];
  if (
    opts.setElementOrder &&
    ((!opts.ignoreDeletions && remove.length > 0) ||
      (!opts.ignoreChangesAndAdditions && !deepEqual(sortedOriginal, modified)))
  ) {
    order = modified;
  }
  return { add: sorted, remove, order };
}

function isOrderSame(original: Json[], modified: Json[], mergeKey: string): boolean {
  if (original.length !== modified.length) return false;
  return modified.every((m, i) => {
    const o = original[i] as Json;
    if (!isObject(o) || !has(o, mergeKey)) throw errNoMergeKey(isObject(o) ? o : {}, mergeKey);
    if (!isObject(m) || !has(m, mergeKey)) throw errNoMergeKey(isObject(m) ? m : {}, mergeKey);
    return goTypeOf(o[mergeKey] as Json) === goTypeOf(m[mergeKey] as Json) && o[mergeKey] === m[mergeKey];
  });
}

/** diffListsOfScalars: walks both lists sorted by %v text; returns additions and (deduplicated) deletions. */
function diffListsOfScalars(
  sortedOriginal: Json[],
  modified: Json[],
  opts: DiffOptions,
): { add: Json[]; remove: Json[] } {
  const mod = sortScalars(modified);
  const add: Json[] = [];
  const remove: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < sortedOriginal.length || j < mod.length) {
    const o = i < sortedOriginal.length ? goSprintV(sortedOriginal[i] as Json) : undefined;
    const m = j < mod.length ? goSprintV(mod[j] as Json) : undefined;
    if (o !== undefined && m !== undefined && o === m) {
      i++;
      j++;
    } else if (o === undefined || (m !== undefined && goLess(m, o))) {
      if (!opts.ignoreChangesAndAdditions) add.push(mod[j] as Json);
      j++;
    } else {
      if (!opts.ignoreDeletions) remove.push(sortedOriginal[i] as Json);
      i++;
    }
  }
  return { add, remove: deduplicateScalars(remove) };
}

function mergeKeyOf(item: Json, mergeKey: string): { map: JsonObject; value: Json; text: string } {
  if (!isObject(item)) throw internal(`expected a map[string]interface {}, but received a ${goTypeOf(item)}`);
  if (!has(item, mergeKey)) throw errNoMergeKey(item, mergeKey);
  const value = item[mergeKey] as Json;
  return { map: item, value, text: goSprintV(value) };
}

/** diffListsOfMaps: walks both lists sorted by merge key; changed items recurse, removed ones get `$patch: delete`. */
function diffListsOfMaps(
  original: Json[],
  modified: Json[],
  schema: LookupPatchMeta,
  mergeKey: string,
  opts: DiffOptions,
): { patch: Json[]; deletions: Json[] } {
  const byKey = (x: Json): string => (isObject(x) ? goSprintV((x[mergeKey] ?? null) as Json) : '');
  const orig = goSortByString(original, byKey);
  const mod = goSortByString(modified, byKey);
  const patch: Json[] = [];
  const deletions: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < orig.length || j < mod.length) {
    const o = i < orig.length ? mergeKeyOf(orig[i] as Json, mergeKey) : undefined;
    const m = j < mod.length ? mergeKeyOf(mod[j] as Json, mergeKey) : undefined;
    if (o !== undefined && m !== undefined && o.text === m.text) {
      const value = diffMaps(o.map, m.map, schema, opts);
      if (Object.keys(value).length > 0) {
        put(value, mergeKey, m.value);
        patch.push(value);
      }
      i++;
      j++;
    } else if (o === undefined || (m !== undefined && goLess(m.text, o.text))) {
      if (!opts.ignoreChangesAndAdditions) patch.push((m as { map: JsonObject }).map);
      j++;
    } else {
      if (!opts.ignoreDeletions) deletions.push({ [mergeKey]: o.value, [DIRECTIVE_MARKER]: 'delete' });
      i++;
    }
  }
  return { patch, deletions };
}

/**
 * CreateThreeWayMergePatch (overwrite=true, as kubectl apply uses it): changes from current to modified
 * (without deletions) merged onto the deletions from original to modified. `original` may be empty.
 */
export function createThreeWayMergeMapPatch(
  original: JsonObject,
  modified: JsonObject,
  current: JsonObject,
  schema: LookupPatchMeta,
): JsonObject {
  const o = toJson(original) as JsonObject;
  const m = toJson(modified) as JsonObject;
  const c = toJson(current) as JsonObject;
  const delta = diffMaps(c, m, schema, { ...DEFAULT_DIFF, ignoreDeletions: true, setElementOrder: true });
  const deletions = diffMaps(o, m, schema, {
    ...DEFAULT_DIFF,
    setElementOrder: true,
    ignoreChangesAndAdditions: true,
  });
  return mergeMap(deletions, delta, schema, { mergeParallelList: false, ignoreUnmatchedNulls: false });
}

/** CreateTwoWayMergeMapPatch: the patch from original to modified (with `$setElementOrder`). */
export function createTwoWayMergeMapPatch(
  original: JsonObject,
  modified: JsonObject,
  schema: LookupPatchMeta,
): JsonObject {
  return diffMaps(toJson(original) as JsonObject, toJson(modified) as JsonObject, schema, {
    ...DEFAULT_DIFF,
    setElementOrder: true,
  });
}
