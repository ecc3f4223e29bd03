// `kubectl rollout restart`: stamps the pod template with kubectl.kubernetes.io/restartedAt (RFC 3339, the
// current simulated second), which rolls every Pod. Mirrors kubectl pkg/cmd/rollout/rollout_restart.go and
// polymorphichelpers/objectrestarter.go.
import type { CommandResult } from '../cli/index';
import { toTime } from '../../engine/index';
import { patchDeployments } from './deploymentPatcher';
import { plain } from './errors';
import { objectError } from './mutate';
import type { CommandContext } from './types';

export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

/** `kubectl rollout restart RESOURCE`. */
export function rolloutRestart(ctx: CommandContext): CommandResult {
  const now = toTime(ctx.sim.now);
  return patchDeployments(ctx, {
    unsupported: 'restarting is not supported',
    operation: 'restarted',
    reportNoResources: true,
    change: (d, info) => {
      if (d.spec.paused === true)
        return objectError(info, "can't restart paused deployment (run rollout resume first)");
      const meta = d.spec.template.metadata ?? {};
      if (meta.annotations?.[RESTARTED_AT_ANNOTATION] === now) {
        return plain(
          `failed to create patch for ${info.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`,
        );
      }
      const template = {
        ...d.spec.template,
        metadata: { ...meta, annotations: { ...meta.annotations, [RESTARTED_AT_ANNOTATION]: now } },
      };
      return { ...d, spec: { ...d.spec, template } };
    },
  });
}
