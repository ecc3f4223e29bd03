// The API server's request path for user requests (kubectl): namespace check, defaulting, validation,
// AlreadyExists/NotFound/Conflict, patches, dry runs and deletion (graceful for pods, cascading through the
// garbage collector for owners). In-cluster components write through StoreWriter directly.
import type { ApiStatus, Deployment, Kind, KubeObject, Pod, ReplicaSet } from '../api/types';
import { deepClone } from '../api/clone';
import { admitPod, setDefaultsDeployment, setDefaultsPod, setDefaultsReplicaSet } from '../api/defaults';
import {
  alreadyExistsStatus,
  conflictStatus,
  invalidStatus,
  methodNotSupportedStatus,
  notFoundStatus,
} from '../api/errors';
import type { FieldError } from '../api/fieldErrors';
import { applyPatch, type PatchType } from '../api/patch';
import {
  validateDeployment,
  validateDeploymentUpdate,
  validatePod,
  validateReplicaSet,
  validateReplicaSetUpdate,
} from '../api/validation';
import { canonicalJson } from '../api/hash';
import type { Cluster } from './cluster';

/** Namespaces that exist in the simulated cluster. */
export const NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;

/**
 * Rollout Lab's own size limit (not a Kubernetes rule): a workload may ask for at most this many replicas, so a
 * typo such as `--replicas=1000000` cannot freeze the browser. A real API server would accept it and leave the
 * pods that do not fit Pending. Benchmarks (`npm run bench`) roll 10,000 replicas over in a few seconds.
 */
export const MAX_REPLICAS = 10_000;

/** Our refusal of an absurd size, worded so nobody mistakes it for a Kubernetes rule. */
function tooLarge(obj: KubeObject): ApiStatus | undefined {
  if (obj.kind !== 'Deployment' && obj.kind !== 'ReplicaSet') return undefined;
  const n = obj.spec.replicas ?? 1;
  if (n <= MAX_REPLICAS) return undefined;
  return {
    kind: 'Status',
    status: 'Failure',
    reason: 'Forbidden',
    code: 403,
    message: `Rollout Lab simulates at most ${MAX_REPLICAS} replicas per ${obj.kind}; ${obj.metadata.name} asks for ${n} (a real cluster would accept this and leave the pods that do not fit Pending)`,
  };
}

/** Kinds a user may create, replace, patch or delete. */
const WRITABLE: ReadonlySet<Kind> = new Set<Kind>(['Deployment', 'ReplicaSet', 'Pod']);

export type ApiRequest =
  | { verb: 'create'; object: KubeObject; dryRun?: boolean }
  | { verb: 'update'; object: KubeObject; dryRun?: boolean }
  | {
      verb: 'patch';
      kind: Kind;
      namespace?: string;
      name: string;
      patchType: PatchType;
      patch: unknown;
      dryRun?: boolean;
    }
  | {
      verb: 'delete';
      kind: Kind;
      namespace?: string;
      name: string;
      gracePeriodSeconds?: number;
      propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
      dryRun?: boolean;
    }
  | { verb: 'get'; kind: Kind; namespace?: string; name: string }
  | { verb: 'list'; kind: Kind; namespace?: string };

export type ApiResponse =
  | { ok: true; object: KubeObject; changed: boolean; items?: undefined }
  | { ok: true; items: KubeObject[]; changed: false; object?: undefined }
  | { ok: false; status: ApiStatus };

const fail = (status: ApiStatus): ApiResponse => ({ ok: false, status });

function keyFor(kind: Kind, namespace: string | undefined, name: string): string {
  return kind === 'Node' ? name : `${namespace ?? 'default'}/${name}`;
}

function defaulted(obj: KubeObject): KubeObject {
  switch (obj.kind) {
    case 'Deployment':
      return setDefaultsDeployment(obj);
    case 'ReplicaSet':
      return setDefaultsReplicaSet(obj);
    case 'Pod':
      return admitPod(setDefaultsPod(obj));
    default:
      return deepClone(obj);
  }
}

function validate(obj: KubeObject, old?: KubeObject): FieldError[] {
  switch (obj.kind) {
    case 'Deployment':
      return old ? validateDeploymentUpdate(obj, old as Deployment) : validateDeployment(obj);
    case 'ReplicaSet':
      return old ? validateReplicaSetUpdate(obj, old as ReplicaSet) : validateReplicaSet(obj);
    case 'Pod':
      return old ? validatePodUpdate(obj, old as Pod) : validatePod(obj);
    default:
      return [];
  }
}

/**
 * Pod updates may only change container images, activeDeadlineSeconds, terminationGracePeriodSeconds and
 * additions to tolerations (pkg/apis/core/validation ValidatePodUpdate); anything else is Forbidden.
 */
function validatePodUpdate(next: Pod, old: Pod): FieldError[] {
  const strip = (p: Pod) => ({
    ...p.spec,
    containers: p.spec.containers.map((c) => ({ ...c, image: '' })),
    initContainers: p.spec.initContainers?.map((c) => ({ ...c, image: '' })),
    activeDeadlineSeconds: undefined,
    terminationGracePeriodSeconds: undefined,
    tolerations: undefined,
  });
  if (canonicalJson(strip(next)) === canonicalJson(strip(old))) return validatePod(next);
  return [
    {
      type: 'FieldValueForbidden',
      field: 'spec',
      detail:
        'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    },
  ];
}

/** What an update may change: everything but status and the server-owned metadata. */
function userView(obj: KubeObject): string {
  const m = obj.metadata;
  return canonicalJson({
    spec: (obj as { spec?: unknown }).spec,
    labels: m.labels ?? {},
    annotations: m.annotations ?? {},
    ownerReferences: m.ownerReferences ?? [],
    finalizers: m.finalizers ?? [],
  });
}

/** Handle one user request against the cluster at its current instant. */
export function handleRequest(cluster: Cluster, req: ApiRequest): ApiResponse {
  const store = cluster.store;
  switch (req.verb) {
    case 'get': {
      const obj = store.get(req.kind, keyFor(req.kind, req.namespace, req.name));
      return obj ? { ok: true, object: obj, changed: false } : fail(notFoundStatus(req.kind, req.name));
    }
    case 'list':
      return {
        ok: true,
        items: store.list(req.kind, req.kind === 'Node' ? undefined : req.namespace),
        changed: false,
      };
    case 'create':
      return create(cluster, req.object, req.dryRun ?? false);
    case 'update':
      return update(cluster, req.object, req.dryRun ?? false);
    case 'patch': {
      const current = store.get(req.kind, keyFor(req.kind, req.namespace, req.name));
      if (!current) return fail(notFoundStatus(req.kind, req.name));
      const patched = applyPatch(current, req.patchType, req.patch);
      if (!patched.ok) return fail(patched.status as ApiStatus);
      return update(cluster, patched.value as KubeObject, req.dryRun ?? false);
    }
    case 'delete':
      return remove(cluster, req);
  }
}

function create(cluster: Cluster, input: KubeObject, dryRun: boolean): ApiResponse {
  if (!WRITABLE.has(input.kind)) return fail(methodNotSupportedStatus(input.kind, 'create'));
  const ns = input.metadata?.namespace ?? 'default';
  if (!(NAMESPACES as readonly string[]).includes(ns)) return fail(notFoundStatus('namespaces', ns));
  const obj = defaulted({ ...input, metadata: { ...input.metadata, namespace: ns } } as KubeObject);
  // Server-owned fields a client may not set on create.
  for (const f of [
    'uid',
    'resourceVersion',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'generation',
  ] as const)
    delete obj.metadata[f];
  if (obj.kind === 'Deployment') obj.status = {};
  if (obj.kind === 'ReplicaSet') obj.status = { replicas: 0 };
  if (obj.kind === 'Pod') obj.status = { phase: 'Pending', qosClass: 'BestEffort' };
  const errs = validate(obj);
  if (errs.length > 0)
    return fail(invalidStatus(obj.kind, obj.metadata.name || obj.metadata.generateName || '', errs));
  const big = tooLarge(obj);
  if (big) return fail(big);
  if (obj.metadata.name && cluster.store.get(obj.kind, keyFor(obj.kind, ns, obj.metadata.name))) {
    return fail(alreadyExistsStatus(obj.kind, obj.metadata.name));
  }
  if (dryRun) return { ok: true, object: obj, changed: false };
  return { ok: true, object: cluster.write.create(obj), changed: true };
}

function update(cluster: Cluster, input: KubeObject, dryRun: boolean): ApiResponse {
  if (!WRITABLE.has(input.kind)) return fail(methodNotSupportedStatus(input.kind, 'update'));
  const ns = input.metadata?.namespace ?? 'default';
  const old = cluster.store.get(input.kind, keyFor(input.kind, ns, input.metadata.name));
  if (!old) return fail(notFoundStatus(input.kind, input.metadata.name));
  if (input.metadata.resourceVersion && input.metadata.resourceVersion !== old.metadata.resourceVersion) {
    return fail(conflictStatus(input.kind, input.metadata.name));
  }
  const obj = defaulted({ ...input, metadata: { ...input.metadata, namespace: ns } } as KubeObject);
  obj.metadata.uid = old.metadata.uid;
  obj.metadata.creationTimestamp = old.metadata.creationTimestamp;
  obj.metadata.generation = old.metadata.generation;
  obj.metadata.resourceVersion = old.metadata.resourceVersion;
  (obj as { status?: unknown }).status = (old as { status?: unknown }).status;
  const errs = validate(obj, old);
  if (errs.length > 0) return fail(invalidStatus(obj.kind, obj.metadata.name, errs));
  const big = tooLarge(obj);
  if (big) return fail(big);
  // A no-op update leaves the object (and its resourceVersion) untouched, as the real API server does.
  if (userView(obj) === userView(old)) return { ok: true, object: old, changed: false };
  if (dryRun) return { ok: true, object: obj, changed: false };
  return { ok: true, object: cluster.write.update(obj), changed: true };
}

function remove(cluster: Cluster, req: Extract<ApiRequest, { verb: 'delete' }>): ApiResponse {
  const obj = cluster.store.get(req.kind, keyFor(req.kind, req.namespace, req.name));
  if (!obj) return fail(notFoundStatus(req.kind, req.name));
  if (!WRITABLE.has(req.kind)) return fail(methodNotSupportedStatus(req.kind, 'delete'));
  if (req.dryRun) return { ok: true, object: obj, changed: false };
  if (req.propagationPolicy === 'Orphan') {
    // Orphan: dependents lose their ownerReference to this object and live on.
    const uid = obj.metadata.uid;
    const dependents: KubeObject[] = [
      ...cluster.store.podsOwnedBy(uid ?? ''),
      ...cluster.store
        .list('ReplicaSet')
        .filter((r) => r.metadata.ownerReferences?.some((o) => o.uid === uid)),
    ];
    for (const dep of dependents) {
      cluster.write.update({
        ...dep,
        metadata: {
          ...dep.metadata,
          ownerReferences: (dep.metadata.ownerReferences ?? []).filter((o) => o.uid !== uid),
        },
      } as KubeObject);
    }
  }
  const opts = req.gracePeriodSeconds === undefined ? {} : { gracePeriodSeconds: req.gracePeriodSeconds };
  cluster.write.delete(obj, opts);
  const after = cluster.store.get(req.kind, keyFor(req.kind, req.namespace, req.name));
  return { ok: true, object: after ?? obj, changed: true };
}
