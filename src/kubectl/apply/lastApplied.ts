// Mirrors staging/src/k8s.io/kubectl/pkg/util/apply.go (GetModifiedConfiguration, GetOriginalConfiguration,
// CreateApplyAnnotation): the kubectl.kubernetes.io/last-applied-configuration annotation client-side apply
// writes — the manifest as given (status included if present), re-encoded by Go's json.Marshal of an
// unstructured object: keys sorted, HTML characters escaped, compact, plus the Encoder's trailing newline.
import type { Json, JsonObject } from '../../engine/api/patch/goJson';
import { goSortedKeys, isObject, toJson } from '../../engine/api/patch/goJson';
import { goJsonString } from '../../engine/api/patch/encode';

/** v1.LastAppliedConfigAnnotation. */
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Go's json.Marshal of an unstructured value: `{"a":1,"b":"x\u0026y"}` (map keys sorted). */
export function marshalUnstructured(v: Json): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return JSON.stringify(v);
  if (typeof v === 'string') return goJsonString(v);
  if (Array.isArray(v)) return `[${v.map(marshalUnstructured).join(',')}]`;
  return `{${goSortedKeys(v)
    .map((k) => `${goJsonString(k)}:${marshalUnstructured(v[k] as Json)}`)
    .join(',')}}`;
}

function metadataOf(obj: JsonObject): JsonObject {
  if (!isObject(obj['metadata'])) obj['metadata'] = {};
  return obj['metadata'] as JsonObject;
}

/**
 * The manifest as kubectl's resource builder hands it to apply: a JSON copy with the namespace filled in
 * (the builder's DefaultNamespace) for namespaced kinds that do not name one.
 */
export function withNamespace(manifest: unknown, namespace: string | undefined): JsonObject {
  const obj = toJson(manifest);
  const out = isObject(obj) ? obj : {};
  if (namespace !== undefined) {
    const meta = metadataOf(out);
    if (typeof meta['namespace'] !== 'string' || meta['namespace'] === '') meta['namespace'] = namespace;
  }
  return out;
}

/**
 * lastAppliedAnnotation: the annotation value kubectl apply writes for this manifest, e.g.
 * `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"app":"nginx"},"name":"nginx","namespace":"default"},"spec":{...}}\n`.
 * Any last-applied annotation inside the manifest is ignored; an absent annotation map becomes `{}`.
 * Pass the namespace kubectl would default to (`-n`, else the context's, else `default`) for namespaced
 * kinds; omit it for cluster-scoped ones.
 */
export function lastAppliedAnnotation(manifest: unknown, namespace?: string): string {
  const obj = withNamespace(manifest, namespace);
  const meta = metadataOf(obj);
  const annotations: JsonObject = isObject(meta['annotations']) ? meta['annotations'] : {};
  delete annotations[LAST_APPLIED_ANNOTATION];
  meta['annotations'] = annotations;
  return `${marshalUnstructured(obj)}\n`;
}

/**
 * GetModifiedConfiguration(annotate=true): the manifest carrying its own last-applied annotation — the
 * "modified" document of the three-way merge and the body of the create request.
 */
export function modifiedConfiguration(manifest: unknown, namespace?: string): JsonObject {
  const lastApplied = lastAppliedAnnotation(manifest, namespace);
  const obj = withNamespace(manifest, namespace);
  const meta = metadataOf(obj);
  const annotations: JsonObject = isObject(meta['annotations']) ? meta['annotations'] : {};
  annotations[LAST_APPLIED_ANNOTATION] = lastApplied;
  meta['annotations'] = annotations;
  return obj;
}

/** GetOriginalConfiguration: the live object's last-applied annotation, or undefined when it has none. */
export function originalConfiguration(live: unknown): string | undefined {
  const obj = toJson(live);
  if (!isObject(obj) || !isObject(obj['metadata'])) return undefined;
  const annotations = obj['metadata']['annotations'];
  if (!isObject(annotations)) return undefined;
  const value = annotations[LAST_APPLIED_ANNOTATION];
  return typeof value === 'string' ? value : undefined;
}
