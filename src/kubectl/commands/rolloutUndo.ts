// `kubectl rollout undo`: client-side rollback — the target ReplicaSet's template (minus pod-template-hash)
// and annotations are copied into the Deployment with a JSON patch. Mirrors kubectl pkg/cmd/rollout/
// rollout_undo.go and DeploymentRollbacker.Rollback / deploymentRevision in polymorphichelpers/rollback.go.
import type { CommandResult } from '../cli/index';
import type { Deployment, ReplicaSet } from '../../engine/index';
import { printTemplate } from '../printers/history';
import { LAST_APPLIED_ANNOTATION } from '../apply/index';
import type { CmdError } from './errors';
import { errorString, plain } from './errors';
import { dryRunSuffix, num, type DryRun } from './flags';
import {
  equalIgnoreHash,
  ownedReplicaSets,
  POD_TEMPLATE_HASH,
  REVISION_ANNOTATION,
  revisionOf,
} from './deployments';
import { getDeploymentPatch } from './deploymentPatch';
import { mutationFlags, patchObject } from './mutate';
import { Output } from './output';
import { deploymentOf, groupKindString, rolloutObjects } from './rolloutTargets';
import type { CommandContext } from './types';

/** Deployment annotations a rollback keeps from the Deployment instead of taking them from the ReplicaSet. */
const ANNOTATIONS_TO_SKIP = [
  LAST_APPLIED_ANNOTATION,
  REVISION_ANNOTATION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
];

const revisionNotFound = (r: number): CmdError => plain(`unable to find specified revision ${r} in history`);

/**
 * deploymentRevision: with toRevision N the RS of revision N; with 0 the RS with the second-highest revision
 * (`no rollout history found for deployment "x"` when there is none).
 */
export function deploymentRevision(
  d: Deployment,
  rss: readonly ReplicaSet[],
  toRevision: number,
): ReplicaSet | CmdError {
  let latest: ReplicaSet | undefined;
  let latestRevision = -1;
  let previous: ReplicaSet | undefined;
  let previousRevision = -1;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latestRevision < v) {
        previousRevision = latestRevision;
        previous = latest;
        latestRevision = v;
        latest = rs;
      } else if (previousRevision < v) {
        previousRevision = v;
        previous = rs;
      }
    } else if (toRevision === v) return rs;
  }
  if (toRevision > 0) return revisionNotFound(toRevision);
  if (!previous) return plain(`no rollout history found for deployment "${d.metadata.name}"`);
  return previous;
}

/** The Deployment's annotations after a rollback to `rs`. */
export function rollbackAnnotations(d: Deployment, rs: ReplicaSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ANNOTATIONS_TO_SKIP) {
    const v = d.metadata.annotations?.[k];
    if (v !== undefined) out[k] = v;
  }
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {}))
    if (!ANNOTATIONS_TO_SKIP.includes(k)) out[k] = v;
  return out;
}

/** `kubectl rollout undo (TYPE NAME | TYPE/NAME) [--to-revision=N]`. */
export function rolloutUndo(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const flags = mutationFlags(cmd);
  if (!flags.ok) return out.fail(flags.error);
  const { printer, dryRun } = flags;
  const targets = rolloutObjects(ctx);
  if (!targets.ok) return out.fail(targets.error);
  const errs = targets.errors;
  const toRevision = num(cmd, 'to-revision');
  for (const info of targets.infos) {
    const d = deploymentOf(info);
    if (!d) {
      errs.push(plain(`no rollbacker has been implemented for "${groupKindString(info)}"`));
      continue;
    }
    const r = rollback(ctx, out, d, toRevision, dryRun);
    if (typeof r !== 'string') {
      errs.push(r);
      continue;
    }
    printer.printTo(out, d, `${r}${dryRunSuffix(dryRun)}`, errs);
  }
  return out.finish(errs);
}

/** DeploymentRollbacker.Rollback: the operation text to print, or the error. */
function rollback(
  ctx: CommandContext,
  out: Output,
  d: Deployment,
  toRevision: number,
  dryRun: DryRun,
): string | CmdError {
  if (toRevision < 0) return revisionNotFound(toRevision);
  const target = deploymentRevision(d, ownedReplicaSets(ctx, d), toRevision);
  if ('type' in target) return target;
  if (dryRun === 'client') return printTemplate(target.spec.template);
  if (d.spec.paused === true) {
    return plain(
      "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
    );
  }
  if (equalIgnoreHash(target.spec.template, d.spec.template)) {
    return `skipped rollback (current template already matches revision ${toRevision})`;
  }
  if (d.metadata.annotations?.[LAST_APPLIED_ANNOTATION] !== undefined) {
    out.warn(
      `resource deployments/${d.metadata.name} was previously managed with 'kubectl apply'. Rolling back will not update the ${LAST_APPLIED_ANNOTATION} annotation, which may cause unexpected behavior on future 'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead.`,
    );
  }
  const labels = { ...target.spec.template.metadata?.labels };
  delete labels[POD_TEMPLATE_HASH];
  const template = { ...target.spec.template, metadata: { ...target.spec.template.metadata, labels } };
  const patch = getDeploymentPatch(template, rollbackAnnotations(d, target));
  const res = patchObject(ctx, {
    kind: 'Deployment',
    namespace: d.metadata.namespace,
    name: d.metadata.name,
    patchType: 'json',
    patch,
    dryRun: dryRun === 'server',
  });
  if (!res.ok) return plain(`failed restoring revision ${toRevision}: ${errorString(res.error)}`);
  return 'rolled back';
}
