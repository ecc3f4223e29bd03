// `kubectl scale`: sets spec.replicas of Deployments and ReplicaSets (through their scale subresource), with
// the --current-replicas and --resource-version preconditions. Mirrors kubectl pkg/cmd/scale/scale.go and
// pkg/scale/scale.go (ScalePrecondition).
import type { CommandResult } from '../cli/index';
import type { Deployment, ReplicaSet } from '../../engine/index';
import { build } from './builder';
import type { CmdError } from './errors';
import { errorString, fromStatus, plain } from './errors';
import { bool, dryRunStrategy, dryRunSuffix, list, num, str } from './flags';
import { recorded } from './changeCause';
import { writeObject } from './mutate';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import type { CommandContext } from './types';

/** `kubectl scale --replicas=COUNT (-f FILENAME | TYPE NAME)`. */
export function scaleCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const dry = dryRunStrategy(cmd);
  if (!dry.ok) return out.fail(plain(dry.error));
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
  const infoErr: CmdError | undefined =
    b.result.errors.length === 0
      ? undefined
      : b.result.errors.length === 1
        ? b.result.errors[0]
        : { type: 'aggregate', errors: b.result.errors };
  if (resourceVersion !== '' && infos.length > 1)
    return out.fail(plain('cannot use --resource-version with multiple resources'));
  if (infos.length === 0) {
    return out.fail(
      plain(infoErr ? `no objects passed to scale ${errorString(infoErr)}` : 'no objects passed to scale'),
    );
  }
  const printer = objectPrinter(cmd, fmt.format);
  const op = `scaled${dryRunSuffix(dry.value)}`;
  for (const info of infos) {
    const obj = info.object;
    if (dry.value === 'client' && obj) {
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
    const w = writeObject(ctx, scaled, dry.value === 'server');
    if (!w.ok) return out.fail(w.error);
    const p = printer.print(obj, op);
    if (!p.ok) return out.fail(p.error);
    out.out(p.text);
  }
  return infoErr ? out.fail(infoErr) : out.ok();
}
