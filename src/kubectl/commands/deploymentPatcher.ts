// What `kubectl rollout pause`, `resume` and `restart` share: each selected Deployment is changed client-side
// and sent, other kinds are refused, and every object's error is collected for the end. Mirrors the Run loops
// of kubectl pkg/cmd/rollout/rollout_pause.go, rollout_resume.go and rollout_restart.go around
// polymorphichelpers ObjectPauserFn / ObjectResumerFn / ObjectRestarterFn.
import type { CommandResult } from '../cli/index';
import type { Deployment } from '../../engine/index';
import type { Info } from './builder';
import type { CmdError } from './errors';
import { errorString, plain } from './errors';
import { objectError, writeObject } from './mutate';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import { deploymentOf, rolloutObjects } from './rolloutTargets';
import type { CommandContext } from './types';

/** What differs between pause, resume and restart. */
export interface DeploymentPatcher {
  /** The error for any other kind, e.g. `pausing is not supported`. */
  unsupported: string;
  /** The name printer's operation, e.g. `paused`. */
  operation: string;
  /** restart only: say `No resources found in <ns> namespace.` (and exit 0) when nothing was selected. */
  reportNoResources?: boolean;
  /** The Deployment after the change, or why this one is left alone. */
  change: (d: Deployment, info: Info) => Deployment | CmdError;
}

/** `failed to patch: <server message>` as the rollout subcommands report a rejected write. */
function failedToPatch(err: CmdError): CmdError {
  return plain(`failed to patch: ${errorString(err)}`);
}

/** Runs one of the patching rollout subcommands over the selected objects. */
export function patchDeployments(ctx: CommandContext, p: DeploymentPatcher): CommandResult {
  const out = new Output();
  const fmt = parseOutputFormat(ctx.cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const targets = rolloutObjects(ctx);
  if (!targets.ok) return out.fail(targets.error);
  const errs = targets.errors;
  if (p.reportNoResources && targets.infos.length === 0 && errs.length === 0) {
    out.err(`No resources found in ${ctx.namespace} namespace.\n`);
    return out.ok();
  }
  const printer = objectPrinter(ctx.cmd, fmt.format);
  for (const info of targets.infos) {
    const d = deploymentOf(info);
    if (!d) {
      errs.push(objectError(info, p.unsupported));
      continue;
    }
    const changed = p.change(d, info);
    if ('type' in changed) {
      errs.push(changed);
      continue;
    }
    const w = writeObject(ctx, changed);
    if (!w.ok) {
      errs.push(failedToPatch(w.error));
      continue;
    }
    printer.printTo(out, w.object, p.operation, errs);
  }
  return out.finish(errs);
}
