// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/apply/patcher.go (patchSimple) for the kinds kubectl knows
// statically: strategicpatch.CreateThreeWayMergePatch(original, modified, current, PatchMetaFromStruct, overwrite).
import type { JsonObject } from '../../engine/api/patch/goJson';
import { isObject, toJson } from '../../engine/api/patch/goJson';
import { ErrBadJSONDoc, PatchError } from '../../engine/api/patch/patchErrors';
import { schemaForKind } from '../../engine/api/patch/patchMeta';
import { createThreeWayMergeMapPatch } from '../../engine/api/patch/strategicDiff';

export type ThreeWayResult = { ok: true; patch: JsonObject } | { ok: false; error: string };

/** A document argument: JSON text (the annotation) or an already decoded object. */
function documentOf(doc: unknown): JsonObject | undefined {
  if (doc === undefined || doc === null || doc === '') return {};
  if (typeof doc === 'string') {
    try {
      const parsed = toJson(JSON.parse(doc) as unknown);
      return isObject(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  const v = toJson(doc);
  return isObject(v) ? v : undefined;
}

/**
 * createThreeWayMergePatch: the strategic merge patch kubectl apply sends. `original` is the last-applied
 * configuration (annotation text or object; undefined when the live object has none), `modified` the new
 * manifest carrying its own last-applied annotation, `current` the live object. Fields removed from the
 * manifest since the last apply are deleted; fields the manifest sets overwrite live values; fields only the
 * live object has (status, replicas changed by `kubectl scale` when the manifest has none) are left alone.
 * An empty patch `{}` means nothing changes (`<kind>/<name> unchanged`).
 */
export function createThreeWayMergePatch(
  original: unknown,
  modified: unknown,
  current: unknown,
): ThreeWayResult {
  const o = documentOf(original);
  const m = documentOf(modified);
  const c = documentOf(current);
  if (o === undefined || m === undefined || c === undefined) return { ok: false, error: ErrBadJSONDoc };
  const kind = typeof m['kind'] === 'string' ? m['kind'] : typeof c['kind'] === 'string' ? c['kind'] : '';
  try {
    return { ok: true, patch: createThreeWayMergeMapPatch(o, m, c, schemaForKind(kind)) };
  } catch (e) {
    if (e instanceof PatchError) return { ok: false, error: e.message };
    throw e;
  }
}
