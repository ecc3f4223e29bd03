// The shapes shared by every kubectl command: what a command sees (context) and what it gives back
// (a finished result, or a Watcher for commands that keep running while simulated time passes).
import type { Simulation } from '../../engine/index';
import type { CommandResult, OutputChunk, ParsedCommand } from '../cli/index';

/** Everything a command may read: the simulation, the parsed command line, files and standard input. */
export interface CommandContext {
  readonly sim: Simulation;
  readonly cmd: ParsedCommand;
  /** Reads a file of the virtual filesystem (`-f file.yaml`); undefined when it does not exist. */
  readonly readFile: (path: string) => string | undefined;
  /** Files below a directory (sorted), for `-f dir/`; absent when the host has no directories. */
  readonly listDir?: (dir: string) => string[];
  /** Standard input (`-f -`); undefined when nothing is piped in. */
  readonly stdin: string | undefined;
  /** The namespace commands work in: `-n`/`--namespace`, else the kubeconfig's (default `default`). */
  readonly namespace: string;
  /** True when `-n` was given: objects from files must then be in that namespace. */
  readonly explicitNamespace: boolean;
}

/**
 * A command that keeps running while simulated time passes (`rollout status`, `get -w`, `delete` waiting for
 * objects to go). The caller advances the simulation and calls poll() after every simulated instant (any
 * granularity works: the watcher reads the simulation's watch log since its last poll); it stops when `done`
 * becomes true, when the simulated time reaches `deadline`, or on cancel() (Ctrl+C).
 */
export interface Watcher {
  readonly kind: 'watcher';
  /** Output produced since the last call (the first call also returns what the command printed on start). */
  poll(): OutputChunk[];
  /** True once the command finished by itself; then exitCode is final. */
  readonly done: boolean;
  /** kubectl's exit code (0 while running). */
  readonly exitCode: number;
  /**
   * Simulated instant (ms) at which the command gives up by itself (`--timeout`), or undefined for never. A
   * driver should advance at least to it; the next poll() then ends the command with its timeout message.
   */
  readonly deadline: number | undefined;
  /** Stops the command as Ctrl+C does (exit code 130, nothing more printed); returns any pending output. */
  cancel(): OutputChunk[];
}

/** What running one command line gives: a finished result or a running Watcher. */
export type CommandOutcome = CommandResult | Watcher;

/** Type guard for a running command. */
export function isWatcher(o: CommandOutcome): o is Watcher {
  return (o as Watcher).kind === 'watcher';
}

/** The signature of every command implementation. */
export type CommandHandler = (ctx: CommandContext) => CommandOutcome;
