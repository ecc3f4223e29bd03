// The ReplicaSets of a Deployment as kubectl sees them (owner reference, revision annotation) and template
// equality ignoring pod-template-hash (deployment util EqualIgnoreHash, with Go zero values = absent).
import type { Deployment, PodTemplateSpec, ReplicaSet, Simulation } from '../engine';

const REVISION = 'deployment.kubernetes.io/revision';
const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';

/** The ReplicaSets controlled by `d` (ownerReference with controller: true and its UID), in creation order. */
export function ownedReplicaSets(sim: Simulation, d: Deployment): ReplicaSet[] {
  const uid = d.metadata.uid;
  return sim
    .list<ReplicaSet>('ReplicaSet', d.metadata.namespace ?? 'default')
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller === true && o.uid === uid));
}

/** The revision annotation as a number (0 when missing or unparsable, as upstream's Revision()). */
export function revisionOf(obj: ReplicaSet | Deployment): number {
  const n = Number(obj.metadata.annotations?.[REVISION] ?? '0');
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Earlier revisions this ReplicaSet held (revision-history annotation), e.g. `2,4` → [2, 4]. */
export function formerRevisions(rs: ReplicaSet): number[] {
  const text = rs.metadata.annotations?.[REVISION_HISTORY];
  if (!text) return [];
  return text
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** Drop Go zero values (undefined, null, '', 0, false, empty maps and lists) so absent = zero compares equal. */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map(normalize);
    return items.length === 0 ? undefined : items;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      const n = normalize((v as Record<string, unknown>)[key]);
      if (n !== undefined) out[key] = n;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  if (v === null || v === '' || v === 0 || v === false) return undefined;
  return v;
}

function withoutHash(t: PodTemplateSpec): unknown {
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  return normalize({ ...t, metadata: { ...t.metadata, labels } });
}

/** True when two pod templates are equal ignoring the pod-template-hash label. */
export function sameTemplate(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  return JSON.stringify(withoutHash(a)) === JSON.stringify(withoutHash(b));
}

/** The new ReplicaSet: the oldest whose template equals the Deployment's (findNewReplicaSet). */
export function findNewReplicaSet(d: Deployment, rss: readonly ReplicaSet[]): ReplicaSet | undefined {
  return rss.find((rs) => sameTemplate(rs.spec.template, d.spec.template));
}
