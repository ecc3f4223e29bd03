// What the shell needs from its host (the CLI, the app terminal, lessons): a kubectl runner and a clock.
import type { CommandResult } from './result';
import type { ReadonlyFs } from './vfs';

/** Context for one kubectl invocation. */
export interface KubectlRunContext {
  /** The shell's files, for `-f file`. */
  fs: ReadonlyFs;
  /**
   * Set by `timeout DURATION kubectl ...`: a long-running command (watch, rollout status) must stop after
   * this many simulated milliseconds and return with `timedOut: true` (the shell then exits 124).
   */
  timeoutMs?: number;
  /** The command line as the user typed it. */
  commandLine: string;
}

/** Runs `kubectl <argv...>`. The shell never knows the engine; the host wires this to it. */
export interface KubectlRunner {
  run(argv: string[], stdin: string | undefined, ctx: KubectlRunContext): CommandResult;
}

/** The host of a shell session. */
export interface ShellHost {
  kubectl: KubectlRunner;
  /** `sleep`: let this much simulated time pass. */
  advance(ms: number): void;
}

/** One executed command, ready to print as a transcript entry. */
export interface ScriptStep {
  /** 1-based line where the command starts. */
  line: number;
  /** The command exactly as written (continuation lines and here-document bodies included). */
  source: string;
  result: CommandResult;
}

/** How a script run ended. */
export interface ScriptSummary {
  /** Exit status of the last command (2 after a syntax error, the `exit` status after `exit`). */
  exitCode: number;
  steps: number;
}
