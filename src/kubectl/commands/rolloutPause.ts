// `kubectl rollout pause` and `kubectl rollout resume`.
// Mirrors kubectl pkg/cmd/rollout/rollout_pause.go, rollout_resume.go and polymorphichelpers objectpauser.go /
// objectresumer.go: only Deployments; `is already paused` / `is not paused` errors per object.
import type { CommandResult } from '../cli/index';
import { failedToPatch, objectError, writeObject } from './mutate';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import { deploymentOf, rolloutObjects } from './rolloutTargets';
import type { CommandContext } from './types';

/** Runs pause (`paused: true`) or resume (`paused` removed). */
function pauseOrResume(ctx: CommandContext, pause: boolean): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const targets = rolloutObjects(ctx);
  if (!targets.ok) return out.fail(targets.error);
  const errs = targets.errors;
  const printer = objectPrinter(cmd, fmt.format);
  for (const info of targets.infos) {
    const d = deploymentOf(info);
    if (!d) {
      errs.push(objectError(info, pause ? 'pausing is not supported' : 'resuming is not supported'));
      continue;
    }
    const paused = d.spec.paused === true;
    if (pause && paused) {
      errs.push(objectError(info, 'is already paused'));
      continue;
    }
    if (!pause && !paused) {
      errs.push(objectError(info, 'is not paused'));
      continue;
    }
    const spec = { ...d.spec };
    if (pause) spec.paused = true;
    else delete spec.paused;
    const w = writeObject(ctx, { ...d, spec });
    if (!w.ok) {
      errs.push(failedToPatch(w.error));
      continue;
    }
    printer.printTo(out, w.object, pause ? 'paused' : 'resumed', errs);
  }
  return out.finish(errs);
}

/** `kubectl rollout pause RESOURCE`. */
export function rolloutPause(ctx: CommandContext): CommandResult {
  return pauseOrResume(ctx, true);
}

/** `kubectl rollout resume RESOURCE`. */
export function rolloutResume(ctx: CommandContext): CommandResult {
  return pauseOrResume(ctx, false);
}
