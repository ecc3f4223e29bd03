// `kubectl rollout history`: the REVISION/CHANGE-CAUSE table or one revision's pod template, per object.
// Mirrors kubectl pkg/cmd/rollout/rollout_history.go (Validate, Run with and without -o).
import type { CommandResult } from '../cli/index';
import type { Deployment, ReplicaSet } from '../../engine/index';
import { printRolloutHistory, validateRolloutHistory, viewDeploymentHistory } from '../printers/history';
import { build } from './builder';
import type { CmdError } from './errors';
import { plain } from './errors';
import { list, num, str } from './flags';
import { infosError } from './mutate';
import { ownedReplicaSets, revisionOf } from './deployments';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
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
  const b = build(ctx, {
    args: cmd.args,
    filenames,
    selector: str(cmd, 'selector'),
    allowEmptySelector: true,
  });
  if (!b.ok) return out.fail(b.error);
  const errs: CmdError[] = infosError(b.result.errors);
  const objectOutput = fmt.format.kind !== 'default';
  const printer = objectPrinter(cmd, fmt.format);
  for (const info of b.result.infos) {
    if (info.resource.kind !== 'Deployment' || !info.object) {
      const gk =
        info.resource.group === '' ? info.resource.kind : `${info.resource.kind}.${info.resource.group}`;
      errs.push(plain(`no history viewer has been implemented for "${gk}"`));
      continue;
    }
    const d = info.object as Deployment;
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
