// The ReplicaSets of a Deployment as kubectl sees them (owner reference, revision annotation). Which one is
// new comes from the engine's mirror of the deployment util (findNewReplicaSet, re-exported here).
import type { Deployment, ReplicaSet, Simulation } from '../engine';

export { equalIgnoreHash, findNewReplicaSet } from '../engine';

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
