// `kubectl rollout history`: the REVISION/CHANGE-CAUSE table or one revision's pod template, per object.
// Mirrors kubectl pkg/cmd/rollout/rollout_history.go (Validate, Run with and without -o).
import type { CommandResult } from '../cli/index';
import type { ReplicaSet } from '../../engine/index';
import { printRolloutHistory, validateRolloutHistory, viewDeploymentHistory } from '../printers/history';
import { plain } from './errors';
import { list, num } from './flags';
import { ownedReplicaSets, revisionOf } from './deployments';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import { deploymentOf, groupKindString, rolloutObjects } from './rolloutTargets';
import type { CommandContext } from './types';

/** `kubectl rollout history (TYPE NAME | TYPE/NAME) [--revision=N]`. */
export function rolloutHistory(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const filenames = list(cmd, 'filename');
  const revision = num(cmd, 'revision');
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const invalid = validateRolloutHistory(
    cmd.args.length === 0 && filenames.length === 0 ? [] : ['x'],
    revision,
  );
  if (invalid) return out.fail(plain(invalid));
  const targets = rolloutObjects(ctx);
  if (!targets.ok) return out.fail(targets.error);
  const errs = targets.errors;
  const objectOutput = fmt.format.kind !== 'default';
  const printer = objectPrinter(cmd, fmt.format);
  for (const info of targets.infos) {
    const d = deploymentOf(info);
    if (!d) {
      errs.push(plain(`no history viewer has been implemented for "${groupKindString(info)}"`));
      continue;
    }
    const rss = ownedReplicaSets(ctx, d);
    if (objectOutput) {
      // -o: GetHistory's objects, i.e. the ReplicaSets by revision (one revision, or all in order).
      const byRevision = new Map<number, ReplicaSet>();
      for (const rs of rss) {
        const r = revisionOf(rs);
        if (r !== undefined) byRevision.set(r, rs);
      }
      const revisions = revision > 0 ? [revision] : [...byRevision.keys()].sort((a, x) => a - x);
      for (const r of revisions) {
        const rs = byRevision.get(r);
        if (!rs) {
          errs.push(plain('unable to find the specified revision'));
          break;
        }
        printer.printTo(out, rs, '', errs);
      }
      continue;
    }
    const view = viewDeploymentHistory(rss, revision);
    if ('error' in view) {
      errs.push(plain(view.error));
      continue;
    }
    out.out(printRolloutHistory('Deployment', d.metadata.name, revision, view.text));
  }
  return out.finish(errs);
}
