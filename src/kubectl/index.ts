// The kubectl layer's public entry: parse a kubectl command line, run it against the simulation, and return
// exactly what kubectl prints — a finished result, or a Watcher for commands that run while time passes.
import type { Simulation } from '../engine/index';
import type { CommandResult, OutputChunk, ParsedCommand } from './cli/index';
import { parseKubectl } from './cli/index';
import { COMMANDS, UNSIMULATED_FLAGS } from './commands/dispatch';
import type { EditSession } from './commands/edit';
import { editTarget } from './commands/edit';
import { plain } from './commands/errors';
import { Output } from './commands/output';
import type { CommandContext, CommandOutcome, Watcher } from './commands/types';
import { isWatcher } from './commands/types';
import { runToCompletion } from './commands/watch';

export type { CommandResult, OutputChunk } from './cli/index';
export type { CommandOutcome, Watcher } from './commands/types';
export { isWatcher } from './commands/types';
export { runToCompletion } from './commands/watch';
export type { EditOutcome, EditSession } from './commands/edit';

/** Read access to the files `-f` names (the shell's virtual filesystem fits). */
export interface KubectlFiles {
  read(path: string): string | undefined;
  /** Files below a directory, for `-f dir/` (optional). */
  list?(dir?: string): string[];
}

/** Per-invocation context; structurally the shell's KubectlRunContext. */
export interface KubectlRunContext {
  /** Files for `-f` (overrides the constructor's readFile). */
  fs?: KubectlFiles;
  /** `timeout DURATION kubectl …`: stop a long-running command after this many simulated ms (`timedOut`). */
  timeoutMs?: number;
  /** The command line as typed (unused; kubectl reconstructs --record text from argv). */
  commandLine?: string;
}

/** What a Kubectl works on. */
export interface KubectlOptions {
  sim: Simulation;
  /** Reads a file for `-f` (used when a call brings no `fs`). */
  readFile?: (path: string) => string | undefined;
  /** The kubeconfig's namespace (default `default`). */
  namespace?: string;
}

/** A Watcher whose first poll also returns output written before it started (pflag deprecation notices). */
function prefixWatcher(w: Watcher, preamble: OutputChunk[]): Watcher {
  let first = [...preamble];
  const take = (chunks: OutputChunk[]): OutputChunk[] => {
    const out = [...first, ...chunks];
    first = [];
    return out;
  };
  return {
    kind: 'watcher',
    poll: () => take(w.poll()),
    cancel: () => take(w.cancel()),
    get done() {
      return w.done;
    },
    get exitCode() {
      return w.exitCode;
    },
    get deadline() {
      return w.deadline;
    },
  };
}

/** kubectl for one simulation. */
export class Kubectl {
  private readonly sim: Simulation;
  private readonly readFile: (path: string) => string | undefined;
  private readonly namespace: string;

  constructor(opts: KubectlOptions) {
    this.sim = opts.sim;
    this.readFile = opts.readFile ?? (() => undefined);
    this.namespace = opts.namespace ?? 'default';
  }

  /** The context a command runs with. */
  private context(
    cmd: ParsedCommand,
    stdin: string | undefined,
    fs: KubectlFiles | undefined,
  ): CommandContext {
    const ns =
      typeof cmd.flags['namespace'] === 'string' && cmd.flags['namespace'] !== ''
        ? cmd.flags['namespace']
        : this.namespace;
    const list = fs?.list;
    return {
      sim: this.sim,
      cmd,
      readFile: fs ? (p) => fs.read(p) : this.readFile,
      ...(list ? { listDir: (d: string) => list.call(fs, d) } : {}),
      stdin,
      namespace: ns,
      explicitNamespace: cmd.flagsSet.has('namespace') && ns !== '',
    };
  }

  /**
   * Starts `kubectl <argv>` (argv without the word `kubectl`) at the simulation's current instant. Returns a
   * finished CommandResult, or a Watcher (rollout status, get -w, delete waiting for objects) that the caller
   * polls while advancing simulated time, and cancels on Ctrl+C.
   */
  start(argv: readonly string[], stdin?: string, ctx: KubectlRunContext = {}): CommandOutcome {
    const parsed = parseKubectl(argv);
    if (parsed.kind === 'done') return parsed.result;
    const cmd = parsed.command;
    const key = cmd.commandPath.join(' ');
    const handler = COMMANDS[key];
    const unsimulated = cmd.ignoredFlagsSet.find((f) => UNSIMULATED_FLAGS.has(f));
    let outcome: CommandOutcome;
    if (unsimulated) outcome = new Output().fail(plain(`--${unsimulated} is not simulated in Rollout Lab`));
    else if (!handler) outcome = new Output().fail(plain(`kubectl ${key} is not simulated in Rollout Lab`));
    else outcome = handler(this.context(cmd, stdin, ctx.fs));
    if (cmd.preamble.length === 0) return outcome;
    if (isWatcher(outcome)) return prefixWatcher(outcome, cmd.preamble);
    return { ...outcome, chunks: [...cmd.preamble, ...outcome.chunks] };
  }

  /**
   * Runs `kubectl <argv>` to its end without a terminal (the shell's KubectlRunner): long-running commands
   * advance the simulation until they finish, their own --timeout, or `ctx.timeoutMs` (then `timedOut`).
   */
  run(argv: readonly string[], stdin?: string, ctx: KubectlRunContext = {}): CommandResult {
    const outcome = this.start(argv, stdin, ctx);
    const until = ctx.timeoutMs !== undefined ? this.sim.now + ctx.timeoutMs : undefined;
    return runToCompletion(this.sim, outcome, until);
  }

  /**
   * `kubectl edit <argv>` for the app's editor: the object's YAML and a save() that validates and sends the
   * edited text, or kubectl's error (unknown resource, NotFound …) as a finished result.
   */
  editTarget(
    argv: readonly string[],
    ctx: KubectlRunContext = {},
  ): { ok: true; session: EditSession } | { ok: false; result: CommandResult } {
    const full = argv[0] === 'edit' ? argv : ['edit', ...argv];
    const parsed = parseKubectl(full);
    if (parsed.kind === 'done') return { ok: false, result: parsed.result };
    return editTarget(this.context(parsed.command, undefined, ctx.fs));
  }
}
