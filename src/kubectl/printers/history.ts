// `kubectl rollout history`: the REVISION / CHANGE-CAUSE table and the `--revision=N` pod template.
// Mirrors DeploymentHistoryViewer.ViewHistory / printTemplate (kubectl pkg/polymorphichelpers/history.go) and
// RolloutHistoryOptions.Validate / Run (kubectl pkg/cmd/rollout/rollout_history.go).
import type { Kind, PodTemplateSpec, ReplicaSet } from '../../engine/api/types';
import { describePodTemplate } from './describe/podTemplate';
import { plainString } from './describe/prefixWriter';
import { printName } from './name';
import { DESCRIBE_TABWRITER, tabbedString } from './tabwriter';

const REVISION = 'deployment.kubernetes.io/revision';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** A viewer result: the text to print, or the error kubectl would print as `error: <error>`. */
export type HistoryResult = { text: string } | { error: string };

/**
 * The revision → pod template map of a Deployment's ReplicaSets. A missing revision annotation counts as 0, an
 * unparsable one skips the RS; a later RS with the same revision wins. Each template gets the RS's change-cause.
 */
export function deploymentHistory(replicaSets: ReplicaSet[]): Map<number, PodTemplateSpec> {
  const history = new Map<number, PodTemplateSpec>();
  for (const rs of replicaSets) {
    const text = rs.metadata.annotations?.[REVISION];
    const revision = text === undefined ? 0 : /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(revision)) continue;
    const template: PodTemplateSpec = {
      ...rs.spec.template,
      metadata: { ...rs.spec.template.metadata, annotations: { ...rs.spec.template.metadata?.annotations } },
    };
    const cause = rs.metadata.annotations?.[CHANGE_CAUSE];
    if (cause) (template.metadata?.annotations as Record<string, string>)[CHANGE_CAUSE] = cause;
    history.set(revision, template);
  }
  return history;
}

/** printTemplate: DescribePodTemplate written without a tab writer, so every `Key:` is followed by a literal TAB. */
export function printTemplate(template: PodTemplateSpec): string {
  return plainString((w) => describePodTemplate(w, template));
}

/**
 * ViewHistory for a Deployment (`replicaSets` = the RSs it owns). Revision 0 gives the table
 * (`REVISION  CHANGE-CAUSE`, sorted, `<none>` for no cause); N > 0 the template of revision N.
 */
export function viewDeploymentHistory(replicaSets: ReplicaSet[], revision = 0): HistoryResult {
  const history = deploymentHistory(replicaSets);
  if (history.size === 0) return { text: 'No rollout history found.' };
  if (revision > 0) {
    const template = history.get(revision);
    return template ? { text: printTemplate(template) } : { error: 'unable to find the specified revision' };
  }
  const revisions = [...history.keys()].sort((a, b) => a - b);
  let table = 'REVISION\tCHANGE-CAUSE\n';
  for (const r of revisions) {
    const cause = history.get(r)?.metadata?.annotations?.[CHANGE_CAUSE] || '<none>';
    table += `${r}\t${cause}\n`;
  }
  return { text: tabbedString(table, DESCRIBE_TABWRITER) };
}

/** The template of one revision, for `rollout history --revision=N -o yaml|json`. */
export function deploymentRevisionTemplate(
  replicaSets: ReplicaSet[],
  revision: number,
): { template: PodTemplateSpec } | { error: string } {
  const template = deploymentHistory(replicaSets).get(revision);
  return template ? { template } : { error: 'unable to find the specified revision' };
}

/**
 * The command's output for one object: name-printer line with operation `"\n" + text` (hence the trailing
 * space after the name) or `"with revision #N\n" + text`, plus the printer's newline (a blank last line).
 */
export function printRolloutHistory(kind: Kind, name: string, revision: number, viewerText: string): string {
  const withRevision = revision > 0 ? `with revision #${revision}` : '';
  return printName(kind, name, `${withRevision}\n${viewerText}`);
}

/** RolloutHistoryOptions.Validate: resources are required first, then a non-negative revision. */
export function validateRolloutHistory(resources: string[], revision: number): string | undefined {
  if (resources.length === 0) return 'required resource not specified';
  if (revision < 0) return `revision must be a positive integer: ${revision}`;
  return undefined;
}
