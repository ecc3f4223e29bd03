// Mirrors apimachinery's metav1 controller-ref helpers (GetControllerOf, IsControlledBy, NewControllerRef)
// and client-go's cache.MetaNamespaceKeyFunc.
import type { KubeObject, ObjectMeta, OwnerReference } from './types';
import { apiVersionForKind } from './names';

/** cache.MetaNamespaceKeyFunc: `namespace/name`, or just `name` for cluster-scoped objects. */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

/** metav1.GetControllerOf: the owner reference with `controller: true`, if any. */
export function getControllerOf(obj: {
  metadata: Pick<ObjectMeta, 'ownerReferences'>;
}): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller === true);
}

/** metav1.IsControlledBy: the object's controller reference points at the owner's uid. */
export function isControlledBy(
  obj: { metadata: Pick<ObjectMeta, 'ownerReferences'> },
  owner: { metadata: Pick<ObjectMeta, 'uid'> },
): boolean {
  const ref = getControllerOf(obj);
  return ref !== undefined && owner.metadata.uid !== undefined && ref.uid === owner.metadata.uid;
}

/**
 * metav1.NewControllerRef: the reference a controller stamps on what it creates, e.g. a ReplicaSet's
 * `{apiVersion: apps/v1, kind: Deployment, name, uid, controller: true, blockOwnerDeletion: true}`.
 */
export function newControllerRef(owner: Pick<KubeObject, 'kind' | 'metadata'>): OwnerReference {
  return {
    apiVersion: apiVersionForKind(owner.kind),
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}
