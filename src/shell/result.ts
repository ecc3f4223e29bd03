// The result of running one command: ordered stdout/stderr chunks and an exit code. The shell defines it;
// kubectl commands return it (src/kubectl/cli/output.ts re-exports it with kubectl's error helper).

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

/** A result with the given chunks (empty chunks are dropped). */
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

/** Joins the text of one stream (or of all streams, in order). */
export function textOf(r: CommandResult, stream?: 'stdout' | 'stderr'): string {
  return r.chunks
    .filter((c) => stream === undefined || c.stream === stream)
    .map((c) => c.text)
    .join('');
}
