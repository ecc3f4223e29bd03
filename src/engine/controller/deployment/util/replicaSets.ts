// Mirrors pkg/controller/deployment/util/deployment_util.go (EqualIgnoreHash, FindNewReplicaSet,
// FindOldReplicaSets, FindActiveOrLatest, SetFromReplicaSetTemplate) and controller_utils.go
// (FilterActiveReplicaSets): which ReplicaSet is "new", which are "old" (spec §3.2, §7).
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../../../api/types';
import { deepClone } from '../../../api/clone';
import { semanticDeepEqual } from './equality';
import { replicaSetsByCreationTimestamp } from './sort';

/** The label carrying the template hash on ReplicaSets, their selectors, templates and pods. */
export const DefaultDeploymentUniqueLabelKey = 'pod-template-hash';

function withoutHashLabel(t: PodTemplateSpec): PodTemplateSpec {
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels[DefaultDeploymentUniqueLabelKey];
  return { ...t, metadata: { ...(t.metadata ?? {}), labels } };
}

/**
 * equalIgnoreHash: true when two pod templates are semantically equal once the `pod-template-hash` label is
 * removed from both (inputs are not modified). This — never the hash string — is how the new RS is found and how
 * a rollback re-uses an old RS.
 */
export function equalIgnoreHash(t1: PodTemplateSpec, t2: PodTemplateSpec): boolean {
  return semanticDeepEqual(withoutHashLabel(t1), withoutHashLabel(t2));
}

/** True when two references denote the same ReplicaSet (same object, UID, or namespace/name without UIDs). */
function sameReplicaSet(a: ReplicaSet, b: ReplicaSet): boolean {
  if (a === b) return true;
  if (a.metadata.uid !== undefined || b.metadata.uid !== undefined) return a.metadata.uid === b.metadata.uid;
  return a.metadata.namespace === b.metadata.namespace && a.metadata.name === b.metadata.name;
}

/**
 * findNewReplicaSet: the oldest ReplicaSet (creationTimestamp, then name) whose template equals the Deployment's
 * template ignoring the hash label, or undefined. Several can match after a cluster upgrade changed hashing;
 * the oldest wins deterministically.
 */
export function findNewReplicaSet(d: Deployment, rsList: readonly ReplicaSet[]): ReplicaSet | undefined {
  const sorted = [...rsList].sort(replicaSetsByCreationTimestamp);
  return sorted.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
}

/**
 * findNewReplicaSet for the Deployment controller, whose arguments are stored (immutable) objects: template
 * comparisons are remembered per pair of template objects.
 */
export function findNewStoredReplicaSet(
  d: Deployment,
  rsList: readonly ReplicaSet[],
): ReplicaSet | undefined {
  const sorted = [...rsList].sort(replicaSetsByCreationTimestamp);
  return sorted.find((rs) => templatesMatch(rs.spec.template, d.spec.template));
}

/**
 * equalIgnoreHash of two stored templates, remembered per pair of objects: stored objects never change, and
 * the Deployment controller asks about the same pairs on every sync.
 */
const MATCHES = new WeakMap<PodTemplateSpec, WeakMap<PodTemplateSpec, boolean>>();

function templatesMatch(rsTemplate: PodTemplateSpec, dTemplate: PodTemplateSpec): boolean {
  let byD = MATCHES.get(rsTemplate);
  if (!byD) MATCHES.set(rsTemplate, (byD = new WeakMap()));
  let m = byD.get(dTemplate);
  if (m === undefined) {
    m = equalIgnoreHash(rsTemplate, dTemplate);
    byD.set(dTemplate, m);
  }
  return m;
}

/** The old ReplicaSets: every one except the new one (`allOldRSs`) and those of them with spec.replicas ≠ 0. */
export interface OldReplicaSets {
  /** Old RSs that still want pods (spec.replicas ≠ 0) — upstream's first return value. */
  requiredRSs: ReplicaSet[];
  /** All old RSs. */
  allOldRSs: ReplicaSet[];
}

/**
 * findOldReplicaSets splits `rsList` into old RSs (everything but the new one). Both lists come out oldest first:
 * upstream's FindNewReplicaSet sorts the caller's slice in place before this loop walks it.
 */
export function findOldReplicaSets(d: Deployment, rsList: readonly ReplicaSet[]): OldReplicaSets {
  const newRS = findNewReplicaSet(d, rsList);
  const requiredRSs: ReplicaSet[] = [];
  const allOldRSs: ReplicaSet[] = [];
  for (const rs of [...rsList].sort(replicaSetsByCreationTimestamp)) {
    if (newRS !== undefined && sameReplicaSet(rs, newRS)) continue;
    allOldRSs.push(rs);
    if ((rs.spec.replicas ?? 1) !== 0) requiredRSs.push(rs);
  }
  return { requiredRSs, allOldRSs };
}

/** filterActiveReplicaSets: the ReplicaSets that have (or ought to have) pods, i.e. spec.replicas > 0. */
export function filterActiveReplicaSets(rsList: readonly (ReplicaSet | undefined | null)[]): ReplicaSet[] {
  return rsList.filter(
    (rs): rs is ReplicaSet => rs !== undefined && rs !== null && (rs.spec.replicas ?? 1) > 0,
  );
}

/**
 * findActiveOrLatest: when at most one ReplicaSet is active, the one to scale directly — the active one, or, if
 * none is active, the new RS or else the newest old RS. Undefined when several are active (proportional scaling
 * is needed) or when there are no ReplicaSets at all.
 */
export function findActiveOrLatest(
  newRS: ReplicaSet | undefined | null,
  oldRSs: readonly ReplicaSet[],
): ReplicaSet | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => replicaSetsByCreationTimestamp(b, a));
  const active = filterActiveReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  if (active.length === 1) return active[0];
  return undefined;
}

/**
 * setFromReplicaSetTemplate (legacy rollback): puts the RS template into `d` (the caller's clone, changed in
 * place), without the hash label.
 */
export function setFromReplicaSetTemplate(d: Deployment, template: PodTemplateSpec): Deployment {
  d.spec.template = withoutHashLabel(deepClone(template));
  return d;
}
