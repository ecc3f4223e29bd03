// kubectl's own view of a Deployment's ReplicaSets (it never asks the controller): the RSs it controls, which
// one is "new", revision numbers and template equality. Mirrors k8s.io/kubectl/pkg/util/deployment.
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../../engine/index';
import { canonicalJson } from '../../engine/api/hash';
import type { CommandContext } from './types';
import { listObjects } from './api';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const POD_TEMPLATE_HASH = 'pod-template-hash';

/** GetAllReplicaSets' candidates: ReplicaSets in the Deployment's namespace whose controller is the Deployment. */
export function ownedReplicaSets(ctx: CommandContext, d: Deployment): ReplicaSet[] {
  const uid = d.metadata.uid;
  return (listObjects(ctx, 'ReplicaSet', d.metadata.namespace) as ReplicaSet[]).filter((rs) =>
    rs.metadata.ownerReferences?.some((r) => r.controller === true && r.uid === uid),
  );
}

/** Drops nil, empty maps and empty lists: Semantic.DeepEqual treats them as equal to absent fields. */
function normalized(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(normalized);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const n = normalized(x);
      if (n !== undefined) out[k] = n;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return v === null ? undefined : v;
}

/** A template without the pod-template-hash label. */
export function withoutHash(t: PodTemplateSpec): PodTemplateSpec {
  const labels = { ...t.metadata?.labels };
  delete labels[POD_TEMPLATE_HASH];
  return { ...t, metadata: { ...t.metadata, labels } };
}

/** EqualIgnoreHash: templates equal once the pod-template-hash label is removed from both. */
export function equalIgnoreHash(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  return canonicalJson(normalized(withoutHash(a))) === canonicalJson(normalized(withoutHash(b)));
}

/** FindNewReplicaSet: the oldest RS whose template equals the Deployment's (ignoring the hash). */
export function findNewReplicaSet(d: Deployment, rss: readonly ReplicaSet[]): ReplicaSet | undefined {
  const sorted = [...rss].sort((a, b) => {
    const ta = a.metadata.creationTimestamp ?? '';
    const tb = b.metadata.creationTimestamp ?? '';
    return ta < tb ? -1 : ta > tb ? 1 : a.metadata.name < b.metadata.name ? -1 : 1;
  });
  return sorted.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
}

/** Revision(): the revision annotation as a number (absent = 0), or undefined when it does not parse. */
export function revisionOf(rs: ReplicaSet): number | undefined {
  const v = rs.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === undefined) return 0;
  return /^[+-]?\d+$/.test(v) ? Number(v) : undefined;
}
