// Mirrors the list-ordering half of k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (normalizeElementOrder,
// mergeSortedSlice, normalizeSliceOrder, partition*, deduplicateScalars, sortScalars, sliceElementType).
import type { Json, JsonObject } from './goJson';
import { goSortByString, goStableSort } from './goSort';
import { goScalarEqual, goSprintV, goTypeOf, isObject } from './goJson';
import { ErrNoListOfLists, errBadArgType, errNoMergeKey, internal, PatchError } from './patchErrors';

/** The element kind of a list, as strategicpatch distinguishes it: maps, or scalars (never lists). */
export type ElemKind = 'map' | 'scalar';

/** sortScalars: scalars ordered by their %v text. */
export const sortScalars = (s: Json[]): Json[] => goSortByString(s, goSprintV);

/** deduplicateScalars: Go's in-place dedupe, which moves the last element into each duplicate's slot. */
export function deduplicateScalars(input: Json[]): Json[] {
  const s = [...input];
  let length = s.length - 1;
  for (let i = 0; i < length; i++) {
    for (let j = i + 1; j <= length; j++) {
      if (goScalarEqual(s[i], s[j])) {
        s[j] = s[length] as Json;
        s.length = length;
        length--;
        j--;
      }
    }
  }
  return s;
}

/** sliceElementType: every element of every list has the same Go type, which is not a list. */
export function sliceElementType(...slices: Json[][]): ElemKind {
  let prev: string | undefined;
  for (const s of slices) {
    for (const v of s) {
      const t = goTypeOf(v);
      if (prev === undefined) {
        prev = t;
        if (t === 'slice') throw new PatchError('Unprocessable', ErrNoListOfLists);
      } else if (prev !== t) {
        throw internal(
          `list element types are not identical: [${slices.map((x) => goSprintV(x)).join(' ')}]`,
        );
      }
    }
  }
  if (prev === undefined) throw internal('no elements in any of the given slices');
  return prev === 'map' ? 'map' : 'scalar';
}

/** The value `index` compares: the merge key's value for maps (nil when absent), the item itself otherwise. */
function lookupValue(item: Json, mergeKey: string, kind: ElemKind): Json {
  if (kind !== 'map') return item;
  if (!isObject(item)) return null;
  return Object.prototype.hasOwnProperty.call(item, mergeKey) ? (item[mergeKey] as Json) : null;
}

/** index: position of val in l by merge key (maps) or value (scalars), -1 when absent. */
export function indexOf(l: Json[], val: Json, mergeKey: string, kind: ElemKind): number {
  const want = lookupValue(val, mergeKey, kind);
  return l.findIndex((v) => goScalarEqual(want, lookupValue(v, mergeKey, kind)));
}

/** validateMergeKeyInLists: every item is a map holding the merge key. */
function validateMergeKeyInLists(mergeKey: string, ...lists: Json[][]): void {
  for (const list of lists) {
    for (const item of list) {
      if (!isObject(item)) throw errBadArgType('map', item);
      if (!Object.prototype.hasOwnProperty.call(item, mergeKey)) throw errNoMergeKey(item, mergeKey);
    }
  }
}

/** extractToDeleteItems: splits items into kept ones and `$patch: delete` ones. */
export function extractToDeleteItems(l: Json[]): { nonDelete: Json[]; toDelete: Json[] } {
  const nonDelete: Json[] = [];
  const toDelete: Json[] = [];
  for (const v of l) {
    if (!isObject(v)) throw errBadArgType('map', v);
    if (v['$patch'] === 'delete') toDelete.push(v);
    else nonDelete.push(v);
  }
  return { nonDelete, toDelete };
}

/** normalizeSliceOrder: sorts toSort by position in order (unknown items float), deletions last. */
export function normalizeSliceOrder(toSort: Json[], order: Json[], mergeKey: string, kind: ElemKind): Json[] {
  let items = [...toSort];
  let toDelete: Json[] = [];
  if (kind === 'map') {
    validateMergeKeyInLists(mergeKey, items, order);
    ({ nonDelete: items, toDelete } = extractToDeleteItems(items));
  }
  goStableSort(items, (a, b) => {
    const ia = indexOf(order, a, mergeKey, kind);
    if (ia >= 0) {
      const ib = indexOf(order, b, mergeKey, kind);
      if (ib >= 0) return ia < ib;
    }
    return true;
  });
  return [...items, ...toDelete];
}

/**
 * mergeSortedSlice: interleaves server-only items (left) into patch items (right), keeping each side's order;
 * a server-only item goes first only when both are in the live list and it comes earlier there.
 */
export function mergeSortedSlice(
  left: Json[],
  right: Json[],
  serverOrder: Json[],
  mergeKey: string,
  kind: ElemKind,
): Json[] {
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++] as Json);
    else if (j >= right.length) out.push(left[i++] as Json);
    else {
      const li = indexOf(serverOrder, left[i] as Json, mergeKey, kind);
      const ri = indexOf(serverOrder, right[j] as Json, mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++] as Json);
      else out.push(right[j++] as Json);
    }
  }
  return out;
}

/** normalizeElementOrder: patch items in patch order, server-only items in live order, merged. */
export function normalizeElementOrder(
  patch: Json[],
  serverOnly: Json[],
  patchOrder: Json[],
  serverOrder: Json[],
  mergeKey: string,
  kind: ElemKind,
): Json[] {
  const p = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
  const s = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  return mergeSortedSlice(s, p, serverOrder, mergeKey, kind);
}

/** partitionPrimitivesByPresentInList: items present in partitionBy, and the rest. */
export function partitionPrimitives(
  original: Json[],
  partitionBy: Json[],
): { patch: Json[]; serverOnly: Json[] } {
  const patch: Json[] = [];
  const serverOnly: Json[] = [];
  for (const v of original) {
    if (partitionBy.some((p) => goScalarEqual(p, v))) patch.push(v);
    else serverOnly.push(v);
  }
  return { patch, serverOnly };
}

/** findMapInSliceBasedOnKeyValue: the map in m whose key equals value. */
export function findMapInSlice(
  m: Json[],
  key: string,
  value: Json,
): { map: JsonObject; index: number } | undefined {
  for (let k = 0; k < m.length; k++) {
    const v = m[k] as Json;
    if (!isObject(v)) throw internal(`value for key ${k} is not a map`);
    if (Object.prototype.hasOwnProperty.call(v, key) && goScalarEqual(v[key], value))
      return { map: v, index: k };
  }
  return undefined;
}

/** partitionMapsByPresentInList: maps whose merge key occurs in partitionBy, and the rest. */
export function partitionMaps(
  original: Json[],
  partitionBy: Json[],
  mergeKey: string,
): { patch: Json[]; serverOnly: Json[] } {
  const patch: Json[] = [];
  const serverOnly: Json[] = [];
  for (const v of original) {
    if (!isObject(v)) throw errBadArgType('map', v);
    if (!Object.prototype.hasOwnProperty.call(v, mergeKey)) throw errNoMergeKey(v, mergeKey);
    if (findMapInSlice(partitionBy, mergeKey, v[mergeKey] as Json) === undefined) serverOnly.push(v);
    else patch.push(v);
  }
  return { patch, serverOnly };
}

/** Partition by merge key (maps) or by value (scalars), as mergeSlice and mergePatchIntoOriginal do. */
export function partition(
  merged: Json[],
  by: Json[],
  mergeKey: string,
): { patch: Json[]; serverOnly: Json[] } {
  return mergeKey === '' ? partitionPrimitives(merged, by) : partitionMaps(merged, by, mergeKey);
}
