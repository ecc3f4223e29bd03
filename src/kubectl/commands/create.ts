// `kubectl create -f FILE` (files, `-f -`, several documents, Lists; --record, --save-config, --dry-run).
// Mirrors kubectl pkg/cmd/create/create.go (RunCreate) and util.CreateOrUpdateAnnotation.
import type { CommandResult } from '../cli/index';
import { LAST_APPLIED_ANNOTATION, lastAppliedAnnotation } from '../apply/index';
import type { JsonObject } from '../../engine/api/patch/goJson';
import { recorded } from './changeCause';
import type { CmdError } from './errors';
import { plain, usageError } from './errors';
import { bool, dryRunSuffix, list } from './flags';
import { createFromManifest, namespacedManifest, readManifestWrite } from './manifestWrites';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import type { CommandContext } from './types';

/** CreateApplyAnnotation (`--save-config`): the object's own configuration in the last-applied annotation. */
function withApplyAnnotation(obj: JsonObject, namespace: string | undefined): JsonObject {
  const value = lastAppliedAnnotation(obj, namespace);
  const meta = (obj['metadata'] ?? {}) as JsonObject;
  meta['annotations'] = {
    ...((meta['annotations'] as JsonObject | undefined) ?? {}),
    [LAST_APPLIED_ANNOTATION]: value,
  };
  return { ...obj, metadata: meta };
}

/** `kubectl create -f FILENAME`. */
export function createCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  if (cmd.args.length > 0)
    return out.fail(usageError('kubectl create', `Unexpected args: [${cmd.args.join(' ')}]`));
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const filenames = list(cmd, 'filename');
  if (filenames.length === 0) return out.fail(plain('must specify one of -f and -k'));
  const read = readManifestWrite(ctx, filenames);
  if (!read.ok) return out.fail(read.error);
  const { dryRun, validation } = read;
  const printer = objectPrinter(cmd, fmt.format);
  const errs: CmdError[] = [];
  let count = 0;
  for (const m of read.manifests) {
    const nm = namespacedManifest(ctx, m);
    if (!nm.ok) {
      errs.push(nm.error);
      continue;
    }
    const body = bool(cmd, 'save-config') ? withApplyAnnotation(nm.object, nm.namespace) : nm.object;
    const created = createFromManifest(ctx, out, m, body, validation, dryRun, (obj) => recorded(cmd, obj));
    if (!created.ok) {
      errs.push(created.error);
      continue;
    }
    count++;
    printer.printTo(out, created.object, `created${dryRunSuffix(dryRun)}`, errs);
  }
  if (errs.length > 0) return out.finish(errs);
  if (count === 0) return out.fail(plain('no objects passed to create'));
  return out.ok();
}
