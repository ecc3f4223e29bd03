// The flow `kubectl label` and `kubectl annotate` share: validation, selection, --list, --resource-version,
// dry runs and per-object printing. Mirrors the Complete/Validate/Run structure of label.go and annotate.go.
import type { CommandResult } from '../cli/index';
import type { KubeObject } from '../../engine/index';
import type { Info } from './builder';
import { build } from './builder';
import type { CmdError } from './errors';
import { plain } from './errors';
import { bool, dryRunSuffix, list, str } from './flags';
import { mutationFlags, writeObject } from './mutate';
import { Output } from './output';
import type { CommandContext } from './types';

/** What differs between label and annotate. */
export interface MetadataEdit {
  what: 'label' | 'annotation';
  resources: string[];
  /** An error found while reading the KEY=VALUE arguments (reported before anything else). */
  parseError?: CmdError;
  hasChanges: boolean;
  /** A Validate() error found after the selection checks (annotate's set-and-remove clash). */
  validationError?: CmdError;
  /** The map `--list` prints. */
  current: (o: KubeObject) => Record<string, string> | undefined;
  /** The object after the change and the name printer's operation, or this object's error. */
  apply: (
    info: Info,
    obj: KubeObject,
    out: Output,
  ) => { modified: KubeObject; operation: string } | { error: CmdError };
}

/** Runs label or annotate. */
export function metadataCommand(ctx: CommandContext, edit: MetadataEdit): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const flags = mutationFlags(cmd);
  if (!flags.ok) return out.fail(flags.error);
  const { printer, dryRun } = flags;
  if (edit.parseError) return out.fail(edit.parseError);
  const listMode = bool(cmd, 'list');
  if (listMode && str(cmd, 'output') !== '')
    return out.fail(plain('--list and --output may not be specified together'));
  const all = bool(cmd, 'all');
  const selector = str(cmd, 'selector');
  const fieldSelector = str(cmd, 'field-selector');
  const filenames = list(cmd, 'filename');
  if (all && selector !== '') return out.fail(plain('cannot set --all and --selector at the same time'));
  if (all && fieldSelector !== '')
    return out.fail(plain('cannot set --all and --field-selector at the same time'));
  if (edit.resources.length < 1 && filenames.length === 0) {
    return out.fail(
      plain('one or more resources must be specified as <resource> <name> or <resource>/<name>'),
    );
  }
  if (!edit.hasChanges && !listMode) return out.fail(plain(`at least one ${edit.what} update is required`));
  if (edit.validationError) return out.fail(edit.validationError);
  const b = build(ctx, {
    args: edit.resources,
    filenames,
    selector,
    fieldSelector,
    all,
    allNamespaces: bool(cmd, 'all-namespaces'),
    allowEmptySelector: all,
  });
  if (!b.ok) return out.fail(b.error);
  const one = b.result.singleItemImplied;
  const resourceVersion = str(cmd, 'resource-version');
  if (!one && resourceVersion !== '')
    return out.fail(plain('--resource-version may only be used with a single resource'));
  const errs: CmdError[] = [...b.result.errors];
  for (const info of b.result.infos) {
    const obj = info.object as KubeObject;
    if (listMode) {
      const map = edit.current(obj) ?? {};
      const indent = one ? '' : ' ';
      if (!one) out.out(`Listing ${edit.what}s for ${obj.kind}.${info.resource.group}/${info.name}:\n`);
      for (const k of Object.keys(map).sort()) out.out(`${indent}${k}=${map[k]}\n`);
      continue;
    }
    const r = edit.apply(info, obj, out);
    if ('error' in r) {
      errs.push(r.error);
      continue;
    }
    const op = `${r.operation}${dryRunSuffix(dryRun)}`;
    if (dryRun !== 'client') {
      const body =
        resourceVersion !== ''
          ? { ...r.modified, metadata: { ...r.modified.metadata, resourceVersion } }
          : r.modified;
      const w = writeObject(ctx, body as KubeObject, dryRun === 'server', resourceVersion !== '');
      if (!w.ok) {
        errs.push(w.error);
        continue;
      }
    }
    printer.printTo(out, r.modified, op, errs);
  }
  return out.finish(errs);
}
