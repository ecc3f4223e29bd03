// The objects the rollout subcommands act on: RESOURCE arguments, -f files or a -l selector (a bare TYPE
// selects every object of it), and the Deployment-only check their polymorphic helpers make per object.
// Mirrors the resource.Builder calls in kubectl pkg/cmd/rollout/rollout_*.go (Complete/Run).
import type { ParsedCommand } from '../cli/index';
import type { Deployment } from '../../engine/index';
import type { Build, Info } from './builder';
import { build } from './builder';
import type { CmdError } from './errors';
import { plain } from './errors';
import { list, str } from './flags';
import { infosError } from './mutate';
import type { CommandContext } from './types';

/** `required resource not specified` when neither RESOURCE arguments nor -f files are given. */
export function missingResource(cmd: ParsedCommand): CmdError | undefined {
  return cmd.args.length === 0 && list(cmd, 'filename').length === 0
    ? plain('required resource not specified')
    : undefined;
}

/** The builder as every rollout subcommand runs it (status adds SingleResourceType). */
export function buildRolloutObjects(ctx: CommandContext, singleResourceType = false): Build {
  const cmd = ctx.cmd;
  return build(ctx, {
    args: cmd.args,
    filenames: list(cmd, 'filename'),
    selector: str(cmd, 'selector'),
    allowEmptySelector: true,
    singleResourceType,
  });
}

/**
 * The selected objects with the builder's per-object errors as r.Infos() returns them (one error, or an
 * aggregate), or the error that stops the command before any object is visited.
 */
export function rolloutObjects(
  ctx: CommandContext,
): { ok: true; infos: Info[]; errors: CmdError[] } | { ok: false; error: CmdError } {
  const missing = missingResource(ctx.cmd);
  if (missing) return { ok: false, error: missing };
  const b = buildRolloutObjects(ctx);
  if (!b.ok) return b;
  return { ok: true, infos: b.result.infos, errors: infosError(b.result.errors) };
}

/** The live Deployment behind an info, or undefined for any other kind (which rollout cannot handle). */
export function deploymentOf(info: Info): Deployment | undefined {
  return info.resource.kind === 'Deployment' && info.object ? (info.object as Deployment) : undefined;
}

/** schema.GroupKind.String(): `Deployment.apps`, `Pod` (the core group has no suffix). */
export function groupKindString(info: Info): string {
  const r = info.resource;
  return r.group === '' ? r.kind : `${r.kind}.${r.group}`;
}
