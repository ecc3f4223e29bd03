// Redirections: where stdout and stderr go (terminal, a file of the virtual filesystem, /dev/null) and
// what stdin is (a here-document or a file). Applied left to right, as sh does.
import type { CommandResult, OutputChunk } from './result';
import { result, stderr } from './result';
import type { ExpansionScope } from './expand';
import { expandJoined, expandWord } from './expand';
import type { Redirect, Word } from './syntax';
import type { VirtualFs } from './vfs';

/** Where one output stream ends up. */
export type Target =
  { kind: 'terminal'; stream: 'stdout' | 'stderr' } | { kind: 'file'; path: string } | { kind: 'null' };

/** Output targets by file descriptor, and standard input. */
export interface Io {
  stdin: string | undefined;
  targets: Record<1 | 2, Target>;
}

function fileTarget(path: string): Target {
  if (path === '/dev/null') return { kind: 'null' };
  if (path === '/dev/stdout') return { kind: 'terminal', stream: 'stdout' };
  if (path === '/dev/stderr') return { kind: 'terminal', stream: 'stderr' };
  return { kind: 'file', path };
}

/**
 * Opens the redirections of a command. `where` prefixes error messages (`sh: line 3`). Files named by
 * `>` are truncated before the command runs, as the shell opens them first.
 */
export function applyRedirects(
  redirects: readonly Redirect[],
  fs: VirtualFs,
  scope: ExpansionScope,
  where: string,
): Io | { error: CommandResult } {
  const io: Io = {
    stdin: undefined,
    targets: { 1: { kind: 'terminal', stream: 'stdout' }, 2: { kind: 'terminal', stream: 'stderr' } },
  };
  const fail = (message: string): { error: CommandResult } => ({
    error: result(1, stderr(`${where}: ${message}\n`)),
  });
  const path = (w: Word): string | undefined => {
    const fields = expandWord(w, scope);
    return fields.length === 1 ? fields[0] : undefined;
  };
  const raw = (w: Word): string => w.map((p) => (p.kind === 'text' ? p.text : `$${p.name}`)).join('');
  for (const r of redirects) {
    if (r.op === '<<') {
      io.stdin = expandJoined(r.heredoc.body, scope);
    } else if (r.op === '>&') {
      io.targets[r.fd] = io.targets[r.toFd];
    } else {
      const p = path(r.target);
      if (p === undefined) return fail(`${raw(r.target)}: ambiguous redirect`);
      if (r.op === '<') {
        const text = fs.read(p);
        if (text === undefined) return fail(`${p}: No such file or directory`);
        io.stdin = text;
        continue;
      }
      if (fs.isDirectory(p)) return fail(`${p}: Is a directory`);
      const target = fileTarget(p);
      if (target.kind === 'file' && r.op !== '>>') fs.write(p, '');
      if (target.kind === 'file' && r.op === '>>' && !fs.exists(p)) fs.write(p, '');
      if (r.op === '&>') io.targets = { 1: target, 2: target };
      else io.targets[r.fd] = target;
    }
  }
  return io;
}

/** Sends each chunk to its stream's target; returns what reaches the terminal. */
export function routeOutput(
  chunks: readonly OutputChunk[],
  targets: Io['targets'],
  fs: VirtualFs,
): OutputChunk[] {
  const out: OutputChunk[] = [];
  for (const c of chunks) {
    const t = targets[c.stream === 'stdout' ? 1 : 2];
    if (t.kind === 'terminal') out.push({ ...c, stream: t.stream });
    else if (t.kind === 'file') fs.append(t.path, c.text);
  }
  return out;
}
