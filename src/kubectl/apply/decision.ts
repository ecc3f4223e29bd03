// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go (applyOneObject, client-side branch): create
// when the object is missing, otherwise a three-way patch, `unchanged` when the patch is `{}`.
import type { Json, JsonObject } from '../../engine/api/patch/goJson';
import { isObject, toJson } from '../../engine/api/patch/goJson';
import { resourceForKind } from '../../engine/api/names';
import type { Kind } from '../../engine/api/types';
import {
  LAST_APPLIED_ANNOTATION,
  marshalUnstructured,
  modifiedConfiguration,
  originalConfiguration,
} from './lastApplied';
import { createThreeWayMergePatch } from './threeWay';

/** What `kubectl apply -f` does with one manifest. */
export type ApplyDecision =
  | { action: 'create'; object: JsonObject }
  | { action: 'patch'; patch: JsonObject; warning?: string }
  | { action: 'unchanged' }
  | { action: 'error'; error: string };

/** Options: the namespace kubectl defaults to (namespaced kinds only) and the file name for error texts. */
export interface ApplyOptions {
  namespace?: string;
  source?: string;
}

/**
 * warningNoLastAppliedConfigAnnotation, printed to stderr before patching an object that was not created by
 * apply (or `create --save-config`), e.g. for `deployments/nginx`.
 */
export function missingAnnotationWarning(kind: Kind, name: string): string {
  const objectName = `${resourceForKind(kind).resource}/${name}`;
  return `Warning: resource ${objectName} is missing the ${LAST_APPLIED_ANNOTATION} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`;
}

/** Drops null-valued fields at every depth, as kubectl does to the body of the create request. */
function dropNullFields(v: Json): void {
  if (Array.isArray(v)) v.forEach(dropNullFields);
  else if (isObject(v)) {
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else dropNullFields(v[k] as Json);
    }
  }
}

function namespaceFor(manifest: JsonObject, opts: ApplyOptions): string | undefined {
  const kind = manifest['kind'];
  if (kind === 'Node') return undefined;
  return opts.namespace ?? 'default';
}

/**
 * applyDecision: `create` (the manifest with its last-applied annotation) when there is no live object;
 * otherwise the three-way strategic merge patch (with the missing-annotation warning when the live object
 * has no last-applied annotation), or `unchanged` when that patch is empty.
 */
export function applyDecision(live: unknown, manifest: unknown, opts: ApplyOptions = {}): ApplyDecision {
  const m = toJson(manifest);
  const man: JsonObject = isObject(m) ? m : {};
  const modified = modifiedConfiguration(man, namespaceFor(man, opts));
  if (live === undefined || live === null) {
    dropNullFields(modified);
    return { action: 'create', object: modified };
  }
  const original = originalConfiguration(live);
  const result = createThreeWayMergePatch(original, modified, live);
  if (!result.ok) {
    const cur = toJson(live);
    const text = `creating patch with:\noriginal:\n${original ?? ''}\nmodified:\n${marshalUnstructured(modified)}\n\ncurrent:\n${marshalUnstructured(cur)}\n\nfor:`;
    return {
      action: 'error',
      error: `error when ${text} ${JSON.stringify(opts.source ?? '')}: ${result.error}`,
    };
  }
  if (Object.keys(result.patch).length === 0) return { action: 'unchanged' };
  if (original !== undefined) return { action: 'patch', patch: result.patch };
  const meta = isObject(man['metadata']) ? man['metadata'] : {};
  const kind = (typeof man['kind'] === 'string' ? man['kind'] : 'Deployment') as Kind;
  const name = typeof meta['name'] === 'string' ? meta['name'] : '';
  return { action: 'patch', patch: result.patch, warning: missingAnnotationWarning(kind, name) };
}
