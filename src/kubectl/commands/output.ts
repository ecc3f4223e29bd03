// Collects a command's output in the order kubectl writes it, and ends it the way kubectl exits.
import type { CommandResult, OutputChunk } from '../cli/index';
import type { CmdError } from './errors';
import { aggregate, checkErrText } from './errors';

/** An ordered stdout/stderr buffer. */
export class Output {
  readonly chunks: OutputChunk[] = [];

  /** Writes to stdout (empty text is ignored). */
  out(text: string): void {
    if (text !== '') this.chunks.push({ stream: 'stdout', text });
  }

  /** Writes to stderr (empty text is ignored). */
  err(text: string): void {
    if (text !== '') this.chunks.push({ stream: 'stderr', text });
  }

  /** A `Warning: …` line on stderr (printers.WarningPrinter). */
  warn(message: string): void {
    this.err(`Warning: ${message}\n`);
  }

  /** Exit 0 with what was written. */
  ok(): CommandResult {
    return { chunks: [...this.chunks], exitCode: 0 };
  }

  /** CheckErr(err): the error text on stderr, exit 1. */
  fail(err: CmdError): CommandResult {
    this.err(checkErrText(err));
    return { chunks: [...this.chunks], exitCode: 1 };
  }

  /**
   * The end of a visiting command: exit 0 without errors; one error is reported as itself (the builder's
   * ContinueOnErrorVisitor returns a lone error unwrapped), several as an aggregate (one line each).
   */
  finish(errors: readonly CmdError[]): CommandResult {
    if (errors.length === 0) return this.ok();
    return this.fail(errors.length === 1 ? (errors[0] as CmdError) : (aggregate(errors) as CmdError));
  }
}
