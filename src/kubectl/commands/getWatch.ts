// `kubectl get -w` / `--watch-only`: the current objects, then one row (or object) per watch event, through one
// tab writer whose column widths never shrink. Ends only on Ctrl+C or when --request-timeout closes the watch
// (exit 0, as kubectl ignores the closed watch). Mirrors kubectl pkg/cmd/get/get.go watch().
import type { KubeObject, Simulation, WatchEvent } from '../../engine/index';
import { buildTable } from '../printers/getTable';
import type { Table } from '../printers/table';
import { writeTable } from '../printers/table';
import { GET_TABWRITER, TabWriter } from '../printers/tabwriter';
import { parseGoDuration } from '../cli/index';
import type { Filter, ResourceInfo } from './api';
import { matchesFilter, parseFilter } from './api';
import { build } from './builder';
import type { CmdError } from './errors';
import { aggregate, plain } from './errors';
import { bool, list, str } from './flags';
import type { Output } from './output';
import type { ObjectPrinter, OutputFormat } from './printObj';
import { objectPrinter } from './printObj';
import type { CommandContext, CommandOutcome } from './types';
import { BaseWatcher, WatchCursor } from './watch';

/** --request-timeout: a bare integer is seconds, else a Go duration; '0' means none. */
export function requestTimeoutMs(text: string): { ok: true; ms: number } | { ok: false; error: CmdError } {
  if (/^-?\d+$/.test(text)) return { ok: true, ms: Number(text) * 1000 };
  const d = parseGoDuration(text);
  if (!d.ok) {
    return {
      ok: false,
      error: plain(
        'Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)',
      ),
    };
  }
  return { ok: true, ms: Number(d.value) / 1e6 };
}

interface WatchSpec {
  resource: ResourceInfo;
  namespace: string | undefined;
  filter: Filter;
  /** Only this object (a watch of one named object). */
  name?: string;
  format: OutputFormat;
  wide: boolean;
  events: boolean;
}

/** Prints the initial objects and every later change of the watched objects. */
class GetWatcher extends BaseWatcher {
  private readonly cursor: WatchCursor;
  private readonly writer = new TabWriter(GET_TABWRITER);
  private headerDone = false;
  private readonly printer: ObjectPrinter;

  constructor(
    sim: Simulation,
    deadline: number | undefined,
    private readonly ctx: CommandContext,
    private readonly spec: WatchSpec,
    initial: KubeObject[],
    initialText: string,
    printInitial: boolean,
  ) {
    super(sim, deadline);
    this.cursor = new WatchCursor(sim);
    this.printer = objectPrinter(ctx.cmd, spec.format);
    this.err(initialText);
    if (printInitial) this.print(initial, 'ADDED', sim.now);
  }

  /** A closed watch (--request-timeout) ends the command quietly with exit 0. */
  protected override onDeadline(): void {
    this.finish(0);
  }

  private print(objs: KubeObject[], type: string, at: number): void {
    if (objs.length === 0) return;
    const f = this.spec.format;
    if (f.kind === 'default' || f.kind === 'wide') {
      const table = buildTable(this.spec.resource.kind, objs, at);
      const t: Table = this.spec.events
        ? {
            columns: [{ name: 'Event', priority: 0 }, ...table.columns],
            rows: table.rows.map((r) => ({ ...r, cells: [type, ...r.cells] })),
          }
        : table;
      writeTable(
        t,
        {
          wide: this.spec.wide,
          noHeaders: bool(this.ctx.cmd, 'no-headers') || this.headerDone,
          withNamespace: bool(this.ctx.cmd, 'all-namespaces') && this.spec.resource.namespaced,
          showLabels: bool(this.ctx.cmd, 'show-labels'),
          columnLabels: list(this.ctx.cmd, 'label-columns'),
        },
        this.writer,
      );
      this.headerDone = true;
      this.writer.flush();
      this.out(this.writer.output(), at);
      return;
    }
    for (const o of objs) {
      const p = this.printer.print(o, '');
      if (p.ok) this.out(p.text, at);
    }
  }

  private concerns(e: WatchEvent): boolean {
    if (e.kind !== this.spec.resource.kind) return false;
    const o = e.object;
    if (this.spec.namespace !== undefined && o.metadata.namespace !== this.spec.namespace) return false;
    if (this.spec.name !== undefined && o.metadata.name !== this.spec.name) return false;
    return matchesFilter(o, this.spec.filter);
  }

  protected step(): void {
    for (const e of this.cursor.next()) if (this.concerns(e)) this.print([e.object], e.type, e.at);
  }
}

/** Starts `kubectl get -w`. */
export function getWatch(ctx: CommandContext, out: Output, format: OutputFormat): CommandOutcome {
  const cmd = ctx.cmd;
  const timeout = requestTimeoutMs(str(cmd, 'request-timeout'));
  if (!timeout.ok) return out.fail(timeout.error);
  const allNamespaces = bool(cmd, 'all-namespaces');
  const b = build(ctx, {
    args: cmd.args,
    filenames: list(cmd, 'filename'),
    selector: str(cmd, 'selector'),
    fieldSelector: str(cmd, 'field-selector'),
    allNamespaces,
    allowEmptySelector: true,
    singleResourceType: true,
  });
  if (!b.ok) return out.fail(b.error);
  if (b.result.errors.length > 0) return out.fail(aggregate(b.result.errors) as CmdError);
  const sources = b.result.sources;
  if (new Set(sources.map((s) => s.resource)).size > 1) {
    return out.fail(
      plain(
        'watch is only supported on individual resources and resource collections - more than 1 resource was found',
      ),
    );
  }
  const first = sources[0];
  if (!first)
    return out.fail(
      plain(
        'watch is only supported on individual resources and resource collections - 0 resources were found',
      ),
    );
  const f = parseFilter(first.resource, str(cmd, 'selector'), str(cmd, 'field-selector'));
  if (!f.ok) return out.fail(f.error);
  const objs = sources.flatMap((s) => s.infos.map((i) => i.object as KubeObject));
  const spec: WatchSpec = {
    resource: first.resource,
    namespace: allNamespaces || !first.resource.namespaced ? undefined : ctx.namespace,
    filter: f.filter,
    name: first.list ? undefined : first.infos[0]?.name,
    format,
    wide: format.kind === 'wide',
    events: bool(cmd, 'output-watch-events'),
  };
  const stderrSoFar = out.chunks
    .filter((c) => c.stream === 'stderr')
    .map((c) => c.text)
    .join('');
  const deadline = timeout.ms > 0 ? ctx.sim.now + timeout.ms : undefined;
  return new GetWatcher(ctx.sim, deadline, ctx, spec, objs, stderrSoFar, !bool(cmd, 'watch-only'));
}
