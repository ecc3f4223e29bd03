// `kubectl scale`: sets spec.replicas of Deployments and ReplicaSets (through their scale subresource), with
// the --current-replicas and --resource-version preconditions. Mirrors kubectl pkg/cmd/scale/scale.go and
// pkg/scale/scale.go (ScalePrecondition).
import type { CommandResult } from '../cli/index';
import type { Deployment, ReplicaSet } from '../../engine/index';
import { build } from './builder';
import type { CmdError } from './errors';
import { errorString, fromStatus, plain } from './errors';
import { bool, dryRunSuffix, list, num, str } from './flags';
import { recorded } from './changeCause';
import { infosError, mutationFlags, writeObject } from './mutate';
import { Output } from './output';
import type { CommandContext } from './types';

/** `kubectl scale --replicas=COUNT (-f FILENAME | TYPE NAME)`. */
export function scaleCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const flags = mutationFlags(cmd);
  if (!flags.ok) return out.fail(flags.error);
  const { printer, dryRun } = flags;
  const replicas = num(cmd, 'replicas');
  const current = num(cmd, 'current-replicas');
  const resourceVersion = str(cmd, 'resource-version');
  if (replicas < 0) {
    return out.fail(
      plain('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0'),
    );
  }
  if (current < -1) return out.fail(plain('The --current-replicas must specify an integer of -1 or greater'));
  const b = build(ctx, {
    args: cmd.args,
    filenames: list(cmd, 'filename'),
    selector: str(cmd, 'selector'),
    all: bool(cmd, 'all'),
  });
  if (!b.ok) return out.fail(b.error);
  const infos = b.result.infos;
  const infoErr: CmdError | undefined = infosError(b.result.errors)[0];
  if (resourceVersion !== '' && infos.length > 1)
    return out.fail(plain('cannot use --resource-version with multiple resources'));
  if (infos.length === 0) {
    return out.fail(
      plain(infoErr ? `no objects passed to scale ${errorString(infoErr)}` : 'no objects passed to scale'),
    );
  }
  const op = `scaled${dryRunSuffix(dryRun)}`;
  for (const info of infos) {
    const obj = info.object;
    if (dryRun === 'client' && obj) {
      const p = printer.print(obj, op);
      if (!p.ok) return out.fail(p.error);
      out.out(p.text);
      continue;
    }
    if (!obj || (obj.kind !== 'Deployment' && obj.kind !== 'ReplicaSet')) {
      return out.fail(
        fromStatus({ reason: 'NotFound', message: 'the server could not find the requested resource' }),
      );
    }
    const target = obj as Deployment | ReplicaSet;
    if (current !== -1 && (target.spec.replicas ?? 1) !== current) {
      return out.fail(plain(`Expected replicas to be ${current}, was ${target.spec.replicas ?? 1}`));
    }
    if (resourceVersion !== '' && resourceVersion !== target.metadata.resourceVersion) {
      return out.fail(
        plain(
          `Expected resource version to be ${resourceVersion}, was ${target.metadata.resourceVersion ?? ''}`,
        ),
      );
    }
    const scaled = recorded(cmd, { ...target, spec: { ...target.spec, replicas } } as
      Deployment | ReplicaSet);
    const w = writeObject(ctx, scaled, dryRun === 'server');
    if (!w.ok) return out.fail(w.error);
    const p = printer.print(obj, op);
    if (!p.ok) return out.fail(p.error);
    out.out(p.text);
  }
  return infoErr ? out.fail(infoErr) : out.ok();
}
