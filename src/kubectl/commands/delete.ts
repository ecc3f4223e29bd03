// `kubectl delete` by TYPE NAME, TYPE/NAME, -f, -l or --all, with --grace-period/--now/--force and --cascade.
// Each deletion prints right after its request; then, with --wait (the default), the command keeps running
// until the deleted objects are gone (graceful pods take their termination grace period).
// Mirrors kubectl pkg/cmd/delete/delete.go and delete_flags.go.
import type { Kind, Simulation } from '../../engine/index';
import { send } from './api';
import type { Info } from './builder';
import { build } from './builder';
import type { CmdError } from './errors';
import { fromStatus, plain, withSource } from './errors';
import { bool, dryRunStrategy, given, list, num, parseGoBool, str } from './flags';
import { Output } from './output';
import type { CommandContext, CommandOutcome } from './types';
import { BaseWatcher } from './watch';

type Propagation = 'Background' | 'Foreground' | 'Orphan';

/** parseCascadingFlag: background/foreground/orphan, or the deprecated booleans (with a warning). */
export function parseCascade(
  value: string,
  out: Output,
): { ok: true; value: Propagation } | { ok: false; error: CmdError } {
  const b = parseGoBool(value);
  if (b !== undefined) {
    out.err(
      `warning: --cascade=${value} is deprecated (boolean value) and can be replaced with --cascade=${b ? 'background' : 'orphan'}.\n`,
    );
    return { ok: true, value: b ? 'Background' : 'Orphan' };
  }
  if (value === 'orphan') return { ok: true, value: 'Orphan' };
  if (value === 'foreground') return { ok: true, value: 'Foreground' };
  if (value === 'background') return { ok: true, value: 'Background' };
  return {
    ok: false,
    error: plain(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan"`),
  };
}

interface Deleted {
  kind: Kind;
  resource: string;
  namespace: string | undefined;
  name: string;
  uid: string | undefined;
}

/** Waits until every deleted object is gone (cmdwait.IsDeleted), or the timeout. */
class DeletionWaiter extends BaseWatcher {
  private pendingTargets: Deleted[];

  constructor(sim: Simulation, deadline: number, targets: Deleted[], initial: Output) {
    super(sim, deadline);
    this.pendingTargets = targets;
    for (const c of initial.chunks) (c.stream === 'stdout' ? this.out : this.err).call(this, c.text);
  }

  protected step(): void {
    this.pendingTargets = this.pendingTargets.filter((t) => {
      const o = this.sim.get(t.kind, t.namespace, t.name);
      return o !== undefined && (t.uid === undefined || o.metadata.uid === t.uid);
    });
    if (this.pendingTargets.length === 0) this.finish(0);
  }

  protected override onDeadline(): void {
    const t = this.pendingTargets[0] as Deleted;
    this.err(`error: timed out waiting for the condition on ${t.resource}/${t.name}\n`);
    this.finish(1);
  }
}

/** The line printed for one deleted object. */
function deletedLine(info: Info, operation: string, outputName: boolean): string {
  const r = info.resource;
  const kind = r.group === '' ? r.kind.toLowerCase() : `${r.kind.toLowerCase()}.${r.group}`;
  return outputName ? `${kind}/${info.name}\n` : `${kind} "${info.name}" ${operation}\n`;
}

/** `kubectl delete ([-f FILENAME] | TYPE [(NAME | -l label | --all)])`. */
export function deleteCommand(ctx: CommandContext): CommandOutcome {
  const out = new Output();
  const cmd = ctx.cmd;
  const cascade = parseCascade(str(cmd, 'cascade'), out);
  if (!cascade.ok) return out.fail(cascade.error);
  const all = bool(cmd, 'all');
  const selector = str(cmd, 'selector');
  const fieldSelector = str(cmd, 'field-selector');
  let ignoreNotFound = bool(cmd, 'ignore-not-found');
  if ((all || selector !== '' || fieldSelector !== '') && !given(cmd, 'ignore-not-found'))
    ignoreNotFound = true;
  let grace = num(cmd, 'grace-period');
  const force = bool(cmd, 'force');
  if (bool(cmd, 'now')) {
    if (grace !== -1) return out.fail(plain('--now and --grace-period cannot be specified together'));
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  const dry = dryRunStrategy(cmd);
  if (!dry.ok) return out.fail(plain(dry.error));
  const b = build(ctx, {
    args: cmd.args,
    filenames: list(cmd, 'filename'),
    selector,
    fieldSelector,
    all,
    allNamespaces: bool(cmd, 'all-namespaces'),
    requireObject: false,
  });
  if (!b.ok) return out.fail(b.error);
  const output = str(cmd, 'output');
  if (output !== '' && output !== 'name')
    return out.fail(plain(`unexpected -o output mode: ${output}. We only support '-o name'`));
  if (all && selector !== '') return out.fail(plain('cannot set --all and --selector at the same time'));
  if (all && fieldSelector !== '')
    return out.fail(plain('cannot set --all and --field-selector at the same time'));
  if (grace === 0 && force) {
    out.warn(
      'Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.',
    );
  } else if (grace > 0 && force) {
    return out.fail(plain('--force and --grace-period greater than 0 cannot be specified together'));
  }

  const errs: CmdError[] = b.result.errors.filter(
    (e) => !(ignoreNotFound && e.type === 'status' && e.status.reason === 'NotFound'),
  );
  let operation = grace === 0 ? 'force deleted' : 'deleted';
  if (dry.value === 'client') operation += ' (dry run)';
  if (dry.value === 'server') operation += ' (server dry run)';
  const deleted: Deleted[] = [];
  let found = 0;
  for (const info of b.result.infos) {
    found++;
    if (dry.value === 'client') {
      out.out(deletedLine(info, operation, output === 'name'));
      continue;
    }
    const res = send(ctx, {
      verb: 'delete',
      kind: info.resource.kind,
      namespace: info.namespace,
      name: info.name,
      gracePeriodSeconds: grace >= 0 ? grace : undefined,
      propagationPolicy: cascade.value,
      dryRun: dry.value === 'server',
    });
    if (!res.ok) {
      found--;
      if (!(ignoreNotFound && res.status.reason === 'NotFound'))
        errs.push(withSource('deleting', info.source, fromStatus(res.status)));
      continue;
    }
    out.out(deletedLine(info, operation, output === 'name'));
    deleted.push({
      kind: info.resource.kind,
      resource: info.resource.resource,
      namespace: info.namespace,
      name: info.name,
      uid: res.object?.metadata.uid,
    });
  }
  if (errs.length > 0) return out.finish(errs);
  if (found === 0) {
    out.out('No resources found\n');
    return out.ok();
  }
  if (!bool(cmd, 'wait') || dry.value !== 'none') return out.ok();
  const timeout = num(cmd, 'timeout');
  const deadline = ctx.sim.now + (timeout > 0 ? timeout : 168 * 3600 * 1000);
  return new DeletionWaiter(ctx.sim, deadline, deleted, out);
}
