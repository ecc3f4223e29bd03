// `kubectl rollout status`: prints the status viewer's line for the object as found, then once per watch event
// (identical lines repeat, as the real watch does), until the rollout is done, the progress deadline is
// exceeded, the object is deleted or --timeout runs out. Mirrors kubectl pkg/cmd/rollout/rollout_status.go.
import type { Deployment, Simulation, WatchEvent } from '../../engine/index';
import { deploymentStatusViewer } from '../printers/rolloutStatus';
import type { CmdError } from './errors';
import { aggregate, plain } from './errors';
import { bool, num } from './flags';
import { Output } from './output';
import { buildRolloutObjects, deploymentOf, groupKindString, missingResource } from './rolloutTargets';
import type { CommandContext, CommandOutcome } from './types';
import { BaseWatcher, WatchCursor } from './watch';

/** Watches one Deployment (`key` = namespace/name) and prints its status lines. */
class RolloutStatusWatcher extends BaseWatcher {
  private readonly cursor: WatchCursor;

  constructor(
    sim: Simulation,
    private readonly key: string,
    initial: Deployment,
    private readonly revision: number,
    private readonly keepWatching: boolean,
    timeoutMs: number,
  ) {
    super(sim, timeoutMs > 0 ? sim.now + timeoutMs : undefined);
    this.cursor = new WatchCursor(sim);
    this.show(initial);
  }

  /** One viewer call: print its line, finish when done (or when not watching), fail on its error. */
  private show(d: Deployment, at = this.sim.now): void {
    const r = deploymentStatusViewer(d, this.revision);
    if ('error' in r) {
      this.err(`error: ${r.error}\n`, at);
      this.finish(1);
      return;
    }
    this.out(r.message, at);
    if (r.done || !this.keepWatching) this.finish(0);
  }

  protected step(): void {
    for (const e of this.cursor.next()) {
      if (this.done) return;
      if (!this.concerns(e)) continue;
      if (e.type === 'DELETED') {
        this.err('error: object has been deleted\n', e.at);
        this.finish(1);
        return;
      }
      this.show(e.object as Deployment, e.at);
    }
  }

  private concerns(e: WatchEvent): boolean {
    return e.kind === 'Deployment' && e.key === this.key;
  }
}

/** `kubectl rollout status (TYPE NAME | TYPE/NAME)`. */
export function rolloutStatus(ctx: CommandContext): CommandOutcome {
  const out = new Output();
  const cmd = ctx.cmd;
  const revision = num(cmd, 'revision');
  const missing = missingResource(cmd);
  if (missing) return out.fail(missing);
  if (revision < 0) return out.fail(plain(`revision must be a positive integer: ${revision}`));
  const b = buildRolloutObjects(ctx, true);
  if (!b.ok) return out.fail(b.error);
  const errs: CmdError[] = b.result.errors;
  if (errs.length > 0) return out.fail(aggregate(errs) as CmdError);
  const infos = b.result.infos;
  if (infos.length === 0) {
    out.err(`No resources found in ${ctx.namespace} namespace.\n`);
    return out.ok();
  }
  if (infos.length !== 1) {
    return out.fail(
      plain(
        `rollout status is only supported on individual resources and resource collections - ${infos.length} resources were found`,
      ),
    );
  }
  const info = infos[0] as (typeof infos)[number];
  const d = deploymentOf(info);
  if (!d) return out.fail(plain(`no status viewer has been implemented for ${groupKindString(info)}`));
  return new RolloutStatusWatcher(
    ctx.sim,
    `${d.metadata.namespace ?? ctx.namespace}/${d.metadata.name}`,
    d,
    revision,
    bool(cmd, 'watch'),
    num(cmd, 'timeout'),
  );
}
