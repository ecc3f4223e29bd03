// `kubectl create -f FILE` (files, `-f -`, several documents, Lists; --record, --save-config, --dry-run).
// Mirrors kubectl pkg/cmd/create/create.go (RunCreate) and util.CreateOrUpdateAnnotation.
import type { CommandResult } from '../cli/index';
import type { KubeObject } from '../../engine/index';
import { LAST_APPLIED_ANNOTATION, lastAppliedAnnotation } from '../apply/index';
import type { JsonObject } from '../../engine/api/patch/goJson';
import { send } from './api';
import { recorded } from './changeCause';
import { decodeForWrite, fieldValidation } from './decode';
import type { CmdError } from './errors';
import { fromStatus, plain, usageError, withSource } from './errors';
import { bool, dryRunStrategy, dryRunSuffix, list } from './flags';
import type { Manifest } from './manifests';
import { manifestNamespace, readManifests } from './manifests';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import type { CommandContext } from './types';

/** The manifest with the namespace kubectl's builder assigns. */
export function namespaced(m: Manifest, namespace: string | undefined): JsonObject {
  const obj = JSON.parse(JSON.stringify(m.object)) as JsonObject;
  const meta = (obj['metadata'] ?? {}) as JsonObject;
  if (namespace !== undefined) meta['namespace'] = namespace;
  obj['metadata'] = meta;
  return obj;
}

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
  const dry = dryRunStrategy(cmd);
  if (!dry.ok) return out.fail(plain(dry.error));
  const validation = fieldValidation(cmd);
  if (!validation.ok) return out.fail(validation.error);
  const read = readManifests(ctx, filenames);
  if (!read.ok) return out.fail(read.error);
  const printer = objectPrinter(cmd, fmt.format);
  const errs: CmdError[] = [];
  let count = 0;
  for (const m of read.manifests) {
    const ns = manifestNamespace(ctx, m);
    if (!ns.ok) {
      errs.push(ns.error);
      continue;
    }
    let body = namespaced(m, ns.namespace);
    if (bool(cmd, 'save-config')) body = withApplyAnnotation(body, ns.namespace);
    const decoded = decodeForWrite(m.kind, body, validation.value);
    if (!decoded.ok) {
      errs.push(withSource('creating', m.source, decoded.error));
      continue;
    }
    for (const w of decoded.warnings) out.warn(w);
    let obj: KubeObject = recorded(cmd, decoded.object);
    if (dry.value !== 'client') {
      const res = send(ctx, { verb: 'create', object: obj, dryRun: dry.value === 'server' });
      if (!res.ok) {
        errs.push(withSource('creating', m.source, fromStatus(res.status)));
        continue;
      }
      obj = res.object as KubeObject;
    }
    count++;
    printer.printTo(out, obj, `created${dryRunSuffix(dry.value)}`, errs);
  }
  if (errs.length > 0) return out.finish(errs);
  if (count === 0) return out.fail(plain('no objects passed to create'));
  return out.ok();
}
