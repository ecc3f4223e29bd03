// Mirrors gopkg.in/evanphx/json-patch.v4 merge.go (MergePatch), the RFC 7386 JSON merge patch the API server
// applies: null deletes a field, objects merge recursively, anything else replaces. v4 quirks kept: null fields
// are pruned from inserted values at every depth (inside list elements too, though null elements stay); a
// non-object replacing an object is not pruned.
import type { Json, JsonObject } from './goJson';
import { has, isObject, put } from './goJson';
import type { Marks } from './encode';
import { markDecodedDeep } from './encode';

/** pruneNulls: drops null fields at every depth, list elements included (v4 decodes the whole value). */
function pruneNulls(v: Json, marks: Marks): Json {
  markDecodedDeep(v, marks);
  if (Array.isArray(v)) {
    v.forEach((x) => pruneNulls(x, marks));
    return v;
  }
  if (isObject(v)) {
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else put(v, k, pruneNulls(v[k] as Json, marks));
    }
  }
  return v;
}

/** merge: merges patch into cur when both are objects; otherwise the patch value wins. */
function merge(cur: Json, patch: Json, marks: Marks): Json {
  if (!isObject(cur)) return pruneNulls(patch, marks);
  marks.decoded.add(cur);
  if (!isObject(patch)) return patch;
  marks.decoded.add(patch);
  mergeDocs(cur, patch, marks);
  return cur;
}

function mergeDocs(doc: JsonObject, patch: JsonObject, marks: Marks): void {
  for (const k of Object.keys(patch)) {
    const v = patch[k] as Json;
    if (v === null) delete doc[k];
    else if (!has(doc, k)) put(doc, k, pruneNulls(v, marks));
    else put(doc, k, merge(doc[k] as Json, v, marks));
  }
}

/**
 * MergePatch for an object document and an object patch (the API server rejects other patch shapes before
 * calling it). Mutates and returns doc; patch values are moved into it.
 */
export function mergePatch(doc: JsonObject, patch: JsonObject, marks: Marks): JsonObject {
  marks.decoded.add(doc);
  marks.decoded.add(patch);
  mergeDocs(doc, patch, marks);
  return doc;
}
