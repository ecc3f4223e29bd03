// Mirrors pkg/controller/deployment/rollback.go: the legacy server-side rollback driven by the
// `deprecated.deployment.rollback.to` annotation (kubectl's `rollout undo` is client-side instead).
import type { Deployment, ReplicaSet } from '../../api/types';
import type { DeploymentController } from './deploymentController';
import { getAllReplicaSetsAndSyncRevision } from './newReplicaSet';
import {
  RollbackToAnnotation,
  equalIgnoreHash,
  lastRevision,
  revision,
  setDeploymentAnnotationsTo,
  setFromReplicaSetTemplate,
} from './util';

/** The revision the annotation asks for, or undefined when there is none (unparsable counts as 0). */
export function getRollbackTo(d: Deployment): number | undefined {
  const v = d.metadata.annotations?.[RollbackToAnnotation];
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/** rollback: copy the template of the requested revision into the Deployment, then drop the annotation. */
export function rollback(dc: DeploymentController, d: Deployment, rsList: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true);
  const allRSs = [...oldRSs, ...(newRS ? [newRS] : [])];
  let rev = getRollbackTo(d) ?? 0;
  if (rev === 0) {
    rev = lastRevision(allRSs);
    if (rev === 0) {
      dc.event(d, 'Warning', 'DeploymentRollbackRevisionNotFound', 'Unable to find last revision.');
      return clearRollbackTo(dc, d);
    }
  }
  for (const rs of allRSs) {
    const v = revision(rs);
    if (v.error !== undefined || v.value !== rev) continue;
    if (equalIgnoreHash(d.spec.template, rs.spec.template)) {
      dc.event(
        d,
        'Warning',
        'DeploymentRollbackTemplateUnchanged',
        `The rollback revision contains the same template as current deployment "${d.metadata.name}"`,
      );
      return clearRollbackTo(dc, d);
    }
    const next = setFromReplicaSetTemplate(d, rs.spec.template);
    setDeploymentAnnotationsTo(next, rs);
    delete next.metadata.annotations?.[RollbackToAnnotation];
    dc.ctx.write.update(next);
    dc.event(
      d,
      'Normal',
      'DeploymentRollback',
      `Rolled back deployment "${d.metadata.name}" to revision ${rev}`,
    );
    return;
  }
  dc.event(d, 'Warning', 'DeploymentRollbackRevisionNotFound', 'Unable to find the revision to rollback to.');
  clearRollbackTo(dc, d);
}

function clearRollbackTo(dc: DeploymentController, d: Deployment): void {
  const annotations = { ...(d.metadata.annotations ?? {}) };
  delete annotations[RollbackToAnnotation];
  dc.ctx.write.update({ ...d, metadata: { ...d.metadata, annotations } });
}
