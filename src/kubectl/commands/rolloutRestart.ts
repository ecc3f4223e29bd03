// `kubectl rollout restart`: stamps the pod template with kubectl.kubernetes.io/restartedAt (RFC 3339, the
// current simulated second), which rolls every Pod. Mirrors kubectl pkg/cmd/rollout/rollout_restart.go and
// polymorphichelpers/objectrestarter.go.
import type { CommandResult } from '../cli/index';
import { toTime } from '../../engine/index';
import { plain } from './errors';
import { failedToPatch, objectError, writeObject } from './mutate';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import { deploymentOf, rolloutObjects } from './rolloutTargets';
import type { CommandContext } from './types';

export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

/** `kubectl rollout restart RESOURCE`. */
export function rolloutRestart(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const targets = rolloutObjects(ctx);
  if (!targets.ok) return out.fail(targets.error);
  const errs = targets.errors;
  if (targets.infos.length === 0 && errs.length === 0) {
    out.err(`No resources found in ${ctx.namespace} namespace.\n`);
    return out.ok();
  }
  const printer = objectPrinter(cmd, fmt.format);
  const now = toTime(ctx.sim.now);
  for (const info of targets.infos) {
    const d = deploymentOf(info);
    if (!d) {
      errs.push(objectError(info, 'restarting is not supported'));
      continue;
    }
    if (d.spec.paused === true) {
      errs.push(objectError(info, "can't restart paused deployment (run rollout resume first)"));
      continue;
    }
    const meta = d.spec.template.metadata ?? {};
    if (meta.annotations?.[RESTARTED_AT_ANNOTATION] === now) {
      errs.push(
        plain(
          `failed to create patch for ${info.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`,
        ),
      );
      continue;
    }
    const template = {
      ...d.spec.template,
      metadata: { ...meta, annotations: { ...meta.annotations, [RESTARTED_AT_ANNOTATION]: now } },
    };
    const w = writeObject(ctx, { ...d, spec: { ...d.spec, template } });
    if (!w.ok) {
      errs.push(failedToPatch(w.error));
      continue;
    }
    printer.printTo(out, w.object, 'restarted', errs);
  }
  return out.finish(errs);
}
