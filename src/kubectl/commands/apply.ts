// `kubectl apply -f FILE`: client-side apply — create with the last-applied annotation, or send the three-way
// strategic merge patch; prints `created`, `configured` or `unchanged`. The patch arithmetic lives in
// src/kubectl/apply. Mirrors kubectl pkg/cmd/apply/apply.go (applyOneObject) and patcher.go.
import type { CommandResult } from '../cli/index';
import type { KubeObject } from '../../engine/index';
import { applyDecision } from '../apply/index';
import type { JsonObject } from '../../engine/api/patch/goJson';
import { getObject } from './api';
import { changeCause, CHANGE_CAUSE_ANNOTATION, shouldRecord } from './changeCause';
import type { CmdError } from './errors';
import { plain, usageError, withSource } from './errors';
import { dryRunSuffix, list } from './flags';
import { createFromManifest, namespacedManifest, readManifestWrite } from './manifestWrites';
import { patchObject } from './mutate';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import type { CommandContext } from './types';

/** `kubectl apply -f FILENAME`. */
export function applyCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const filenames = list(cmd, 'filename');
  if (filenames.length === 0) return out.fail(plain('must specify one of -f and -k'));
  if (cmd.args.length > 0)
    return out.fail(usageError('kubectl apply', `Unexpected args: [${cmd.args.join(' ')}]`));
  const read = readManifestWrite(ctx, filenames);
  if (!read.ok) return out.fail(read.error);
  const { dryRun, validation } = read;
  if (read.manifests.length === 0) return out.fail(plain('no objects passed to apply'));
  const printer = objectPrinter(cmd, fmt.format);
  const errs: CmdError[] = [];
  const suffix = dryRunSuffix(dryRun);
  for (const m of read.manifests) {
    const nm = namespacedManifest(ctx, m);
    if (!nm.ok) {
      errs.push(nm.error);
      continue;
    }
    const { namespace, object: manifest } = nm;
    if (shouldRecord(cmd)) {
      const meta = manifest['metadata'] as JsonObject;
      meta['annotations'] = {
        ...((meta['annotations'] as JsonObject | undefined) ?? {}),
        [CHANGE_CAUSE_ANNOTATION]: changeCause(cmd),
      };
    }
    const live = getObject(ctx, m.kind, namespace, m.name);
    if (!live.ok && !(live.error.type === 'status' && live.error.status.reason === 'NotFound')) {
      errs.push(withSource('retrieving current configuration of', m.source, live.error));
      continue;
    }
    const decision = applyDecision(live.ok ? live.object : undefined, manifest, {
      namespace,
      source: m.source,
    });
    if (decision.action === 'error') {
      errs.push(plain(decision.error));
      continue;
    }
    if (decision.action === 'unchanged') {
      printer.printTo(out, live.ok ? live.object : (manifest as unknown as KubeObject), `unchanged${suffix}`);
      continue;
    }
    if (decision.action === 'create') {
      const created = createFromManifest(ctx, out, m, decision.object, validation, dryRun);
      if (!created.ok) {
        errs.push(created.error);
        continue;
      }
      printer.printTo(out, created.object, `created${suffix}`);
      continue;
    }
    if (decision.warning) out.err(`${decision.warning}\n`);
    let obj = live.ok ? live.object : (manifest as unknown as KubeObject);
    if (dryRun !== 'client') {
      const res = patchObject(ctx, {
        kind: m.kind,
        namespace,
        name: m.name,
        patchType: 'strategic',
        patch: decision.patch,
        dryRun: dryRun === 'server',
      });
      if (!res.ok) {
        errs.push(withSource('applying patch to', m.source, res.error));
        continue;
      }
      obj = res.object;
    }
    printer.printTo(out, obj, `configured${suffix}`);
  }
  return out.finish(errs);
}
