// `kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=P]`: generates a Deployment labelled
// app=NAME with one container per image. Mirrors kubectl pkg/cmd/create/create_deployment.go.
import type { CommandResult } from '../cli/index';
import type { Container, Deployment } from '../../engine/index';
import { usageError } from './errors';
import { dryRunSuffix, list, num } from './flags';
import { Output } from './output';
import { createObject, mutationFlags } from './mutate';
import type { CommandContext } from './types';

/** buildPodSpec's container names: the image's last path part without tag or digest, `_` → `-`. */
export function containerNameForImage(image: string, used: Set<string>, suffix: () => string): string {
  let name = image.split('/').pop() ?? image;
  name = name.split(':')[0] as string;
  name = name.split('@')[0] as string;
  const sanitized = name.replace(/_/g, '-');
  let result = sanitized;
  if (sanitized !== name || used.has(sanitized)) result = `${sanitized}-${suffix()}`;
  used.add(result);
  return result;
}

/** `kubectl create deployment NAME --image=image [--replicas] [--port]`. */
export function createDeploymentCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const flags = mutationFlags(cmd);
  if (!flags.ok) return out.fail(flags.error);
  const { printer, dryRun } = flags;
  if (cmd.args.length !== 1) {
    return out.fail(
      usageError('kubectl create deployment', `exactly one NAME is required, got ${cmd.args.length}`),
    );
  }
  const name = cmd.args[0] as string;
  const labels = { app: name };
  const used = new Set<string>();
  let n = 0;
  // kubectl appends a random 5-character suffix; the simulation uses a deterministic one.
  const suffix = (): string => ['6jdkn', 'x4vzq', 'b7tmw', 'k2fpd', 'r9hsl'][n++ % 5] as string;
  const containers: Container[] = list(cmd, 'image').map((image) => ({
    name: containerNameForImage(image, used, suffix),
    image,
    resources: {},
  }));
  const port = num(cmd, 'port');
  if (port >= 0 && containers[0]) containers[0].ports = [{ containerPort: port }];
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ctx.namespace, labels },
    spec: {
      replicas: num(cmd, 'replicas'),
      selector: { matchLabels: { ...labels } },
      strategy: {},
      template: { metadata: { labels: { ...labels } }, spec: { containers } },
    },
    status: {},
  };
  const created = createObject(ctx, d, dryRun);
  if (!created.ok) return out.fail(created.error);
  const p = printer.print(created.object, `created${dryRunSuffix(dryRun)}`);
  if (!p.ok) return out.fail(p.error);
  out.out(p.text);
  return out.ok();
}
