// `kubectl get`: tables (one per resource type, blank line between types), `-o wide|name|yaml|json|jsonpath`,
// --show-labels, -L, --no-headers, -A, --sort-by, --ignore-not-found; `-w` is in getWatch.ts.
// Mirrors kubectl pkg/cmd/get/get.go (Complete, Validate, Run, printGeneric).
import type { KubeObject } from '../../engine/index';
import { buildTable } from '../printers/getTable';
import { writeTable } from '../printers/table';
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter';
import { kindGroup } from '../printers/name';
import type { JsonValue } from '../printers/output/yamlEmitter';
import type { Source } from './builder';
import { build } from './builder';
import type { CmdError } from './errors';
import { plain, usageError } from './errors';
import { bool, list, str } from './flags';
import { Output } from './output';
import type { OutputFormat } from './printObj';
import { listObject, objectPrinter, parseOutputFormat } from './printObj';
import { sortObjects } from './sortBy';
import type { CommandContext, CommandOutcome } from './types';
import { getWatch } from './getWatch';

/** `kubectl get (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE/NAME ...)`. */
export function getCommand(ctx: CommandContext): CommandOutcome {
  const out = new Output();
  const cmd = ctx.cmd;
  const filenames = list(cmd, 'filename');
  const watch = bool(cmd, 'watch') || bool(cmd, 'watch-only');
  const sortBy = str(cmd, 'sort-by');
  if (watch) {
    if (sortBy !== '') out.err('warning: --watch or --watch-only requested, --sort-by will be ignored\n');
  } else if (cmd.args.length === 0 && filenames.length === 0) {
    out.err(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n',
    );
    return out.fail(
      usageError(
        'kubectl get',
        'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
      ),
    );
  }
  const output = str(cmd, 'output');
  if (bool(cmd, 'show-labels') && output !== '' && output !== 'wide') {
    return out.fail(plain(`--show-labels option cannot be used with ${output} printer`));
  }
  if (bool(cmd, 'output-watch-events') && !watch) {
    return out.fail(plain('--output-watch-events option can only be used with --watch or --watch-only'));
  }
  const fmt = parseOutputFormat(cmd, true);
  if (!fmt.ok) return out.fail(fmt.error);
  if (watch) return getWatch(ctx, out, fmt.format);

  const b = build(ctx, {
    args: cmd.args,
    filenames,
    selector: str(cmd, 'selector'),
    fieldSelector: str(cmd, 'field-selector'),
    allNamespaces: bool(cmd, 'all-namespaces'),
    allowEmptySelector: true,
  });
  if (!b.ok) return out.fail(b.error);
  const ignoreNotFound = bool(cmd, 'ignore-not-found');
  const errs: CmdError[] = b.result.errors.filter(
    (e) => !(ignoreNotFound && e.type === 'status' && e.status.reason === 'NotFound'),
  );
  if (sortBy !== '') {
    for (const s of b.result.sources) {
      const objs = s.infos.map((i) => i.object as KubeObject);
      const err = sortObjects(objs, sortBy);
      if (err) return out.fail(err);
      s.infos.sort((x, y) => objs.indexOf(x.object as KubeObject) - objs.indexOf(y.object as KubeObject));
    }
  }
  if (fmt.format.kind !== 'default' && fmt.format.kind !== 'wide') {
    return printGeneric(
      ctx,
      out,
      fmt.format,
      b.result.sources,
      b.result.singleItemImplied,
      errs,
      ignoreNotFound,
    );
  }
  printTables(ctx, out, fmt.format.kind === 'wide', b.result.sources);
  const written = out.chunks.some((c) => c.stream === 'stdout');
  if (!written && !ignoreNotFound && errs.length === 0) {
    const namespaced = !bool(cmd, 'all-namespaces') && b.result.sources.every((s) => s.resource.namespaced);
    out.err(namespaced ? `No resources found in ${ctx.namespace} namespace.\n` : 'No resources found\n');
  }
  return out.finish(errs);
}

/** The human-readable tables: one tab writer per run of the same resource, a blank line between types. */
function printTables(ctx: CommandContext, out: Output, wide: boolean, sources: Source[]): void {
  const cmd = ctx.cmd;
  const withKind = new Set(sources.map((s) => s.resource)).size > 1;
  const allNamespaces = bool(cmd, 'all-namespaces');
  const noHeaders = bool(cmd, 'no-headers');
  let writer: TabWriter | undefined;
  let last: Source['resource'] | undefined;
  let headerDone = false;
  let text = '';
  let separator = false;
  const flush = (): void => {
    if (!writer) return;
    writer.flush();
    const s = writer.output();
    if (s !== '') {
      text += (separator ? '\n' : '') + s;
      separator = false;
    }
  };
  for (const s of sources) {
    if (s.resource !== last) {
      flush();
      if (last !== undefined && !noHeaders && text !== '') separator = true;
      writer = new TabWriter(GET_TABWRITER);
      last = s.resource;
      headerDone = false;
    }
    const objs = s.infos.map((i) => i.object as KubeObject);
    const table = buildTable(s.resource.kind, objs, ctx.sim.now);
    writeTable(
      table,
      {
        wide,
        noHeaders: noHeaders || headerDone,
        withNamespace: allNamespaces && s.resource.namespaced,
        showLabels: bool(cmd, 'show-labels'),
        columnLabels: list(cmd, 'label-columns'),
        withKind: withKind || bool(cmd, 'show-kind') ? kindGroup(s.resource.kind) : undefined,
      },
      writer as TabWriter,
    );
    if (table.rows.length > 0) headerDone = true;
  }
  flush();
  out.out(text);
}

/** printGeneric: `-o yaml|json|name|jsonpath` — one object when one was named, else a `List` of all. */
function printGeneric(
  ctx: CommandContext,
  out: Output,
  format: OutputFormat,
  sources: Source[],
  singleItemImplied: boolean,
  errs: CmdError[],
  ignoreNotFound: boolean,
) {
  const objects = sources.flatMap((s) => s.infos.map((i) => i.object as KubeObject));
  if (singleItemImplied && errs.length > 0) return out.fail(errs[0] as CmdError);
  if (objects.length === 0 && ignoreNotFound) return out.finish(errs);
  const printer = objectPrinter(ctx.cmd, format);
  if (format.kind === 'name') {
    for (const o of objects) {
      const p = printer.print(o, '');
      if (p.ok) out.out(p.text);
    }
    return out.finish(errs);
  }
  const value: KubeObject | JsonValue =
    singleItemImplied && objects.length === 1 ? (objects[0] as KubeObject) : listObject(objects);
  const p = printer.print(value, '');
  if (p.ok) out.out(p.text);
  else errs.push(p.error);
  return out.finish(errs);
}
