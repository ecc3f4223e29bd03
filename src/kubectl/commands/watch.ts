// The one abstraction for commands that outlive the instant they were typed in (`rollout status`, `get -w`,
// `delete` waiting for objects to disappear): a Watcher fed by the simulation's watch log, and the headless
// driver that advances simulated time until the command finishes.
import type { Simulation, WatchEvent } from '../../engine/index';
import { MAX_SIM_TIME_MS } from '../../engine/index';
import type { CommandResult, OutputChunk } from '../cli/index';
import type { CommandOutcome, Watcher } from './types';
import { isWatcher } from './types';

/** Reads the simulation's watch log from a starting point, event by event, across polls. */
export class WatchCursor {
  private index: number;

  constructor(private readonly sim: Simulation) {
    this.index = sim.watchLog.length;
  }

  /** Events appended since the last call (empty after a seek that truncated the log). */
  next(): WatchEvent[] {
    const log = this.sim.watchLog;
    if (log.length < this.index) {
      this.index = log.length;
      return [];
    }
    const events = log.slice(this.index);
    this.index = log.length;
    return events;
  }
}

/** Common Watcher plumbing: buffered output stamped with simulated time, finish, timeout and Ctrl+C. */
export abstract class BaseWatcher implements Watcher {
  readonly kind = 'watcher' as const;
  done = false;
  exitCode = 0;
  private pending: OutputChunk[] = [];

  protected constructor(
    protected readonly sim: Simulation,
    readonly deadline: number | undefined,
  ) {}

  /** Writes to stdout, stamped with the simulated instant it happened at (default: now). */
  protected out(text: string, at = this.sim.now): void {
    if (text !== '' && !this.done) this.pending.push({ stream: 'stdout', text, atMs: at });
  }

  /** Writes to stderr, stamped like out(). */
  protected err(text: string, at = this.sim.now): void {
    if (text !== '' && !this.done) this.pending.push({ stream: 'stderr', text, atMs: at });
  }

  /** Ends the command with an exit code. */
  protected finish(code: number): void {
    this.exitCode = code;
    this.done = true;
  }

  /** Handles the watch events that arrived since the last poll. */
  protected abstract step(): void;

  /** What happens when the deadline passes: by default --timeout's `error: timed out waiting for the condition`. */
  protected onDeadline(): void {
    this.err('error: timed out waiting for the condition\n');
    this.finish(1);
  }

  poll(): OutputChunk[] {
    if (!this.done) {
      this.step();
      if (!this.done && this.deadline !== undefined && this.sim.now >= this.deadline) this.onDeadline();
    }
    const out = this.pending;
    this.pending = [];
    return out;
  }

  cancel(): OutputChunk[] {
    const out = this.pending;
    this.pending = [];
    if (!this.done) this.finish(130);
    return out;
  }
}

/** How long a headless run may advance simulated time when nothing else bounds it (1 hour). */
export const DEFAULT_HEADLESS_LIMIT_MS = 3600 * 1000;

/**
 * Runs a command to its end without a terminal: a finished result is returned as is; a Watcher is polled while
 * the simulation advances, until it is done, its own deadline passes, or `until` (simulated ms, e.g. the
 * shell's `timeout 20s`) is reached — then it is cancelled and the result says `timedOut`.
 */
export function runToCompletion(sim: Simulation, outcome: CommandOutcome, until?: number): CommandResult {
  if (!isWatcher(outcome)) return outcome;
  const w = outcome;
  const chunks: OutputChunk[] = [...w.poll()];
  if (w.done) return { chunks, exitCode: w.exitCode };
  const limit = Math.min(until ?? sim.now + DEFAULT_HEADLESS_LIMIT_MS, MAX_SIM_TIME_MS);
  const end = Math.min(limit, w.deadline ?? Number.POSITIVE_INFINITY);
  sim.runUntil(() => {
    chunks.push(...w.poll());
    return w.done;
  }, end);
  if (!w.done && sim.now < end) sim.advanceTo(end);
  if (!w.done) chunks.push(...w.poll());
  if (w.done) return { chunks, exitCode: w.exitCode };
  chunks.push(...w.cancel());
  return { chunks, exitCode: w.exitCode, timedOut: true };
}
