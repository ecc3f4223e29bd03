// What `kubectl set image` and `kubectl set resources` share: each selected object's pod spec is changed on a
// copy, the change is recorded (--record) and sent unless it changes nothing, and the result is printed.
// Mirrors polymorphichelpers.UpdatePodSpecForObject and the CalculatePatches + patch loop of kubectl
// pkg/cmd/set/set_image.go and set_resources.go (Run).
import type { KubeObject, PodSpec } from '../../engine/index';
import { deepClone } from '../../engine/index';
import type { Info } from './builder';
import { recorded } from './changeCause';
import type { CmdError } from './errors';
import { errorString, plain } from './errors';
import { dryRunSuffix } from './flags';
import type { MutationFlags } from './mutate';
import { sameObject, writeObject } from './mutate';
import type { Output } from './output';
import type { CommandContext } from './types';

/** The pod spec of an object that has one, or undefined. */
export function podSpecOf(obj: KubeObject): PodSpec | undefined {
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') return obj.spec.template.spec;
  if (obj.kind === 'Pod') return obj.spec;
  return undefined;
}

/** A copy of the object with its pod spec replaced. */
export function withPodSpec<T extends KubeObject>(obj: T, spec: PodSpec): T {
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') {
    return { ...obj, spec: { ...obj.spec, template: { ...obj.spec.template, spec } } };
  }
  return { ...obj, spec } as T;
}

/** What differs between the set subcommands. */
export interface PodSpecUpdate {
  /** What is updated, as in `nodes/n1 object does not support updating images`. */
  what: 'images' | 'resources';
  /** The name printer's operation, e.g. `image updated`. */
  operation: string;
  /** The text a rejected write's error follows (its punctuation differs between the commands upstream). */
  failedPatchPrefix: string;
  /**
   * Changes the copied pod spec in place. Per-container errors go to `errs`; false skips the object (nothing
   * is sent or printed for it).
   */
  update: (spec: PodSpec, errs: CmdError[]) => boolean;
}

/**
 * Applies `u` to every selected object: objects without a pod spec and unchanged objects are skipped, a client
 * dry run prints the changed object without sending it, otherwise the server's result is printed. Returns the
 * errors collected on the way (the command reports them all at the end).
 */
export function updatePodSpecs(
  ctx: CommandContext,
  out: Output,
  infos: readonly Info[],
  flags: MutationFlags,
  u: PodSpecUpdate,
): CmdError[] {
  const { printer, dryRun } = flags;
  const errs: CmdError[] = [];
  const op = `${u.operation}${dryRunSuffix(dryRun)}`;
  for (const info of infos) {
    const obj = info.object;
    const spec = obj ? podSpecOf(obj) : undefined;
    if (!obj || !spec) {
      errs.push(
        plain(`error: ${info.resource.resource}/${info.name} object does not support updating ${u.what}\n`),
      );
      continue;
    }
    const next: PodSpec = deepClone(spec);
    if (!u.update(next, errs)) continue;
    const modified = recorded(ctx.cmd, withPodSpec(obj, next));
    if (sameObject(obj, modified)) continue;
    if (dryRun === 'client') {
      printer.printTo(out, modified, op);
      continue;
    }
    const w = writeObject(ctx, modified, dryRun === 'server');
    if (!w.ok) {
      errs.push(plain(`${u.failedPatchPrefix}${errorString(w.error)}`));
      continue;
    }
    printer.printTo(out, w.object, op, errs);
  }
  return errs;
}
