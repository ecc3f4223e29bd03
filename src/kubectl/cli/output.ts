// The result of running one command: ordered stdout/stderr chunks and an exit code. Shared by the command
// line layer, the kubectl commands and the shell.

/** One piece of output, in the order it was written. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Simulated time (ms) at which a long-running command wrote it, when that matters (watches). */
  atMs?: number;
}

/** What a command produced. */
export interface CommandResult {
  chunks: OutputChunk[];
  exitCode: number;
  /** Set by a runner that stopped because the shell's `timeout` ran out (the shell reports exit 124). */
  timedOut?: boolean;
  /** The terminal should be cleared (the `clear` builtin). */
  clear?: boolean;
}

/** A result with the given chunks. */
export function result(exitCode: number, ...chunks: OutputChunk[]): CommandResult {
  return { chunks: chunks.filter((c) => c.text !== ''), exitCode };
}

/** A stdout chunk. */
export function stdout(text: string): OutputChunk {
  return { stream: 'stdout', text };
}

/** A stderr chunk. */
export function stderr(text: string): OutputChunk {
  return { stream: 'stderr', text };
}

/** Joins the text of one stream (or all streams), e.g. for tests. */
export function textOf(r: CommandResult, stream?: 'stdout' | 'stderr'): string {
  return r.chunks
    .filter((c) => stream === undefined || c.stream === stream)
    .map((c) => c.text)
    .join('');
}

/**
 * kubectl's CheckErr for a plain error: `error: ` is prefixed unless the message already starts with
 * it, and a newline is added unless the message ends with one. Exit code 1.
 */
export function kubectlError(message: string): CommandResult {
  let msg = message.startsWith('error: ') ? message : `error: ${message}`;
  if (!msg.endsWith('\n')) msg += '\n';
  return result(1, stderr(msg));
}
