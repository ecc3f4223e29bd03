// Runs parsed scripts: expansion, assignments, redirections, builtins, `timeout`, and kubectl through the host.
import type { CommandResult, OutputChunk } from './result';
import { result, stderr } from './result';
import { BUILTINS } from './builtins';
import type { ExpansionScope } from './expand';
import { ExpansionError, assignmentName, expandJoined, expandWords } from './expand';
import { parseInterval } from './interval';
import { parseScript } from './parser';
import type { SimpleCommand } from './syntax';
import type { ScriptStep, ScriptSummary, ShellHost } from './types';
import { VirtualFs } from './vfs';
import { applyRedirects, routeOutput } from './redirect';

/** Options of a shell session. */
export interface ShellOptions {
  /** Name used in syntax errors (`<name>: line 3: ...`); bash uses the script's file name. */
  name?: string;
  /** Files the session starts with (shared with the caller). */
  fs?: VirtualFs;
  /** Initial variables. */
  vars?: Record<string, string>;
}

const TIMEOUT_TRY = "Try 'timeout --help' for more information.\n";

/** A shell session: files, variables and `$?` persist across `run` calls (one terminal, many lines). */
export class Shell {
  readonly fs: VirtualFs;
  readonly vars: Map<string, string>;
  readonly name: string;
  lastExit = 0;
  /** Set once `exit` ran; later input is ignored. */
  exited = false;

  constructor(
    readonly host: ShellHost,
    options: ShellOptions = {},
  ) {
    this.fs = options.fs ?? new VirtualFs();
    this.vars = new Map(Object.entries(options.vars ?? {}));
    this.name = options.name ?? 'sh';
  }

  /** Runs a script (or one terminal line) lazily: one step per command, in order. */
  *steps(text: string): Generator<ScriptStep, ScriptSummary> {
    let count = 0;
    for (const item of parseScript(text)) {
      if (this.exited) break;
      count++;
      if (item.kind === 'error') {
        this.lastExit = 2;
        const r = result(2, stderr(`${this.name}: line ${item.line}: ${item.message}\n`));
        yield { line: item.line, source: item.source, result: r };
        break;
      }
      yield { line: item.line, source: item.source, result: this.execute(item) };
    }
    return { exitCode: this.lastExit, steps: count };
  }

  /** Runs everything and returns the steps (for tests and the terminal). */
  run(text: string): ScriptStep[] {
    return [...this.steps(text)];
  }

  private scope(): ExpansionScope {
    return { vars: this.vars, lastExit: this.lastExit, shellName: this.name };
  }

  private execute(cmd: SimpleCommand): CommandResult {
    let r: CommandResult;
    try {
      r = this.executeUnchecked(cmd);
    } catch (e) {
      if (!(e instanceof ExpansionError)) throw e;
      r = result(1, stderr(`${this.name}: line ${e.line}: ${e.message}\n`));
    }
    this.lastExit = r.exitCode;
    return r;
  }

  private executeUnchecked(cmd: SimpleCommand): CommandResult {
    const scope = this.scope();
    let i = 0;
    const assignments: [string, string][] = [];
    for (; i < cmd.words.length; i++) {
      const word = cmd.words[i] ?? [];
      const name = assignmentName(word);
      if (name === undefined) break;
      assignments.push([name, expandJoined(word, scope).slice(name.length + 1)]);
    }
    const argv = expandWords(cmd.words.slice(i), scope);
    const io = applyRedirects(cmd.redirects, this.fs, scope, `${this.name}: line ${cmd.line}`);
    if ('error' in io) return io.error;
    if (argv.length === 0) {
      for (const [k, v] of assignments) this.vars.set(k, v);
      return result(0);
    }
    const r = this.dispatch(argv, io.stdin, cmd.source, undefined);
    return { ...r, chunks: routeOutput(r.chunks, io.targets, this.fs) };
  }

  private dispatch(
    argv: string[],
    stdin: string | undefined,
    source: string,
    timeoutMs: number | undefined,
  ): CommandResult {
    const [name = '', ...args] = argv;
    if (name === 'kubectl') {
      const ctx = { fs: this.fs, commandLine: source, ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
      const r = this.host.kubectl.run(args, stdin, ctx);
      return r.timedOut ? { ...r, exitCode: 124 } : r;
    }
    if (name === 'timeout') return this.timeout(args, stdin, source, timeoutMs);
    if (name === 'exit') return this.exit(args);
    if (name === 'export') {
      for (const a of args) {
        const eq = a.indexOf('=');
        if (eq > 0) this.vars.set(a.slice(0, eq), a.slice(eq + 1));
      }
      return result(0);
    }
    const builtin = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
    if (builtin) {
      return builtin(args, {
        fs: this.fs,
        host: this.host,
        stdin,
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      });
    }
    return result(127, stderr(`${name}: command not found\n`));
  }

  /** GNU timeout: run the command with a deadline; 124 when it expired, 125 for its own usage errors. */
  private timeout(
    args: string[],
    stdin: string | undefined,
    source: string,
    outer: number | undefined,
  ): CommandResult {
    if (args[0] === '--') args = args.slice(1);
    if (args.length < 2) return result(125, stderr(TIMEOUT_TRY));
    const [duration = '', ...command] = args;
    if (duration.startsWith('-') && duration.length > 1) {
      return result(125, stderr(`timeout: invalid option -- '${duration[1]}'\n${TIMEOUT_TRY}`));
    }
    const ms = parseInterval(duration);
    if (ms === undefined)
      return result(125, stderr(`timeout: invalid time interval '${duration}'\n${TIMEOUT_TRY}`));
    const [name = ''] = command;
    if (name !== 'kubectl' && name !== 'timeout' && !Object.hasOwn(BUILTINS, name)) {
      return result(127, stderr(`timeout: failed to run command '${name}': No such file or directory\n`));
    }
    // A zero duration disables the timeout; nested timeouts keep the tighter deadline.
    const limit = ms === 0 ? outer : outer === undefined ? ms : Math.min(ms, outer);
    return this.dispatch(command, stdin, source, limit);
  }

  private exit(args: string[]): CommandResult {
    this.exited = true;
    if (args.length === 0) return result(this.lastExit);
    const n = Number(args[0]);
    if (!/^[+-]?\d+$/.test(args[0] ?? '')) {
      return result(2, stderr(`${this.name}: exit: ${args[0]}: numeric argument required\n`));
    }
    return result(((n % 256) + 256) % 256);
  }
}

/** Runs a whole script in a fresh session; yields each step (print `$ <source>` then its output). */
export function* runScript(
  text: string,
  host: ShellHost,
  options: ShellOptions = {},
): Generator<ScriptStep, ScriptSummary> {
  return yield* new Shell(host, options).steps(text);
}

/** A transcript entry: the command echoed after a `$ ` prompt (continuation lines after `> `), then output. */
export function formatStep(step: ScriptStep): string {
  const prompt = step.source
    .split('\n')
    .map((l, i) => (i === 0 ? `$ ${l}` : `> ${l}`))
    .join('\n');
  return `${prompt}\n${step.result.chunks.map((c: OutputChunk) => c.text).join('')}`;
}
