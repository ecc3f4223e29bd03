// `kubectl rollout pause` and `kubectl rollout resume`.
// Mirrors kubectl pkg/cmd/rollout/rollout_pause.go, rollout_resume.go and polymorphichelpers objectpauser.go /
// objectresumer.go: only Deployments; `is already paused` / `is not paused` errors per object.
import type { CommandResult } from '../cli/index';
import { patchDeployments } from './deploymentPatcher';
import { objectError } from './mutate';
import type { CommandContext } from './types';

/** Runs pause (`paused: true`) or resume (`paused` removed). */
function pauseOrResume(ctx: CommandContext, pause: boolean): CommandResult {
  return patchDeployments(ctx, {
    unsupported: pause ? 'pausing is not supported' : 'resuming is not supported',
    operation: pause ? 'paused' : 'resumed',
    change: (d, info) => {
      const paused = d.spec.paused === true;
      if (pause && paused) return objectError(info, 'is already paused');
      if (!pause && !paused) return objectError(info, 'is not paused');
      const spec = { ...d.spec };
      if (pause) spec.paused = true;
      else delete spec.paused;
      return { ...d, spec };
    },
  });
}

/** `kubectl rollout pause RESOURCE`. */
export function rolloutPause(ctx: CommandContext): CommandResult {
  return pauseOrResume(ctx, true);
}

/** `kubectl rollout resume RESOURCE`. */
export function rolloutResume(ctx: CommandContext): CommandResult {
  return pauseOrResume(ctx, false);
}
