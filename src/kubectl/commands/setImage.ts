// `kubectl set image`: changes container images in a pod template (Deployments, ReplicaSets) or a Pod.
// Mirrors kubectl pkg/cmd/set/set_image.go (Complete, Validate, Run) and polymorphichelpers.UpdatePodSpecForObject.
import type { CommandResult } from '../cli/index';
import type { Container } from '../../engine/index';
import { build } from './builder';
import type { CmdError } from './errors';
import { aggregate, plain } from './errors';
import { bool, list, str } from './flags';
import { mutationFlags } from './mutate';
import { Output } from './output';
import { parsePairs, resourcesAndPairs } from './pairs';
import { updatePodSpecs } from './podSpecUpdate';
import type { CommandContext } from './types';

/**
 * SetImageOptions.Validate: the aggregated error text (`[e1, e2]` when several), or undefined. Exposed for the
 * upstream TestSetImageValidation table.
 */
export function validateSetImage(o: {
  resources: string[];
  filenames: string[];
  images: Map<string, string>;
  all?: boolean;
  selector?: string;
}): CmdError | undefined {
  const errs: CmdError[] = [];
  if (o.all && (o.selector ?? '') !== '')
    errs.push(plain('cannot set --all and --selector at the same time'));
  if (o.resources.length < 1 && o.filenames.length === 0) {
    errs.push(plain('one or more resources must be specified as <resource> <name> or <resource>/<name>'));
  }
  if (o.images.size < 1) errs.push(plain('at least one image update is required'));
  else if (o.images.size > 1 && o.images.has('*')) {
    errs.push(
      plain(
        'all containers are already specified by *, but saw more than one container_name=container_image pairs',
      ),
    );
  }
  return aggregate(errs);
}

/** setImage: sets the image of the named container (or all with `*`); whether one matched. */
function setImage(containers: Container[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      c.image = image;
      found = true;
    }
  }
  return found;
}

/** `kubectl set image (-f FILENAME | TYPE NAME) CONTAINER=IMAGE ...`. */
export function setImageCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const flags = mutationFlags(cmd);
  if (!flags.ok) return out.fail(flags.error);
  const rp = resourcesAndPairs(cmd.args, 'image');
  if ('type' in rp) return out.fail(rp);
  const pairs = parsePairs(rp.pairs, 'image', false);
  if ('type' in pairs) return out.fail(pairs);
  const filenames = list(cmd, 'filename');
  const all = bool(cmd, 'all');
  const selector = str(cmd, 'selector');
  const b = build(ctx, { args: rp.resources, filenames, selector, all });
  if (!b.ok) return out.fail(b.error);
  if (b.result.errors.length > 0) return out.fail(aggregate(b.result.errors) as CmdError);
  const invalid = validateSetImage({ resources: rp.resources, filenames, images: pairs.set, all, selector });
  if (invalid) return out.fail(invalid);
  const errs = updatePodSpecs(ctx, out, b.result.infos, flags, {
    what: 'images',
    operation: 'image updated',
    failedPatchPrefix: 'failed to patch image update to pod template: ',
    update: (spec, containerErrs) => {
      for (const [name, image] of pairs.set) {
        const init = setImage(spec.initContainers, name, image);
        const main = setImage(spec.containers, name, image);
        if (!init && !main)
          containerErrs.push(plain(`error: unable to find container named ${JSON.stringify(name)}`));
      }
      return true;
    },
  });
  return out.finish(errs);
}
