// Copies of the most frequent stored shapes as complete object literals. V8 gives a spread copy
// (`{ ...pod, status }`) only four in-object fields and puts the rest in a separate property array; a literal
// that names every key keeps them all in the object: a 10,000-pod rollout stores hundreds of thousands of pod
// versions. Keys and their order are exactly those of the spread (JSON output is identical); any other shape
// falls back to the spread.
import type { ObjectMeta, Pod } from '../api/types';

/** Does `o` have exactly these own enumerable keys, in this order? */
function hasKeys(o: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in o) if (k !== keys[i++]) return false;
  return i === keys.length;
}

const POD = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];

/** `{ ...pod, metadata, spec, status }`. */
export function podWith(pod: Pod, metadata: ObjectMeta, spec: Pod['spec'], status: Pod['status']): Pod {
  if (hasKeys(pod, POD)) return { apiVersion: pod.apiVersion, kind: pod.kind, metadata, spec, status };
  return { ...pod, metadata, spec, status };
}

/** The metadata of a pod made from a ReplicaSet template, once the API server has stamped it. */
const TEMPLATE_POD = [
  'name',
  'generateName',
  'namespace',
  'labels',
  'ownerReferences',
  'uid',
  'resourceVersion',
  'creationTimestamp',
];
const TEMPLATE_POD_DELETING = [...TEMPLATE_POD, 'deletionTimestamp', 'deletionGracePeriodSeconds'];

/** `{ ...meta, resourceVersion }`. */
export function metaWithVersion(meta: ObjectMeta, resourceVersion: string | undefined): ObjectMeta {
  if (hasKeys(meta, TEMPLATE_POD))
    return {
      name: meta.name,
      generateName: meta.generateName,
      namespace: meta.namespace,
      labels: meta.labels,
      ownerReferences: meta.ownerReferences,
      uid: meta.uid,
      resourceVersion,
      creationTimestamp: meta.creationTimestamp,
    };
  if (hasKeys(meta, TEMPLATE_POD_DELETING))
    return {
      name: meta.name,
      generateName: meta.generateName,
      namespace: meta.namespace,
      labels: meta.labels,
      ownerReferences: meta.ownerReferences,
      uid: meta.uid,
      resourceVersion,
      creationTimestamp: meta.creationTimestamp,
      deletionTimestamp: meta.deletionTimestamp,
      deletionGracePeriodSeconds: meta.deletionGracePeriodSeconds,
    };
  return { ...meta, resourceVersion };
}

/** `{ ...meta, deletionTimestamp, deletionGracePeriodSeconds, resourceVersion }` (a graceful pod deletion). */
export function metaDeleting(
  meta: ObjectMeta,
  deletionTimestamp: string,
  deletionGracePeriodSeconds: number,
  resourceVersion: string,
): ObjectMeta {
  if (hasKeys(meta, TEMPLATE_POD) || hasKeys(meta, TEMPLATE_POD_DELETING))
    return {
      name: meta.name,
      generateName: meta.generateName,
      namespace: meta.namespace,
      labels: meta.labels,
      ownerReferences: meta.ownerReferences,
      uid: meta.uid,
      resourceVersion,
      creationTimestamp: meta.creationTimestamp,
      deletionTimestamp,
      deletionGracePeriodSeconds,
    };
  return { ...meta, deletionTimestamp, deletionGracePeriodSeconds, resourceVersion };
}
