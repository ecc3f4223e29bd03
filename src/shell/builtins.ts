// The shell's commands besides kubectl: echo, cat, ls, rm, sleep, clear, true, false, help. Messages are
// GNU coreutils' (C locale).
import type { CommandResult } from './result';
import { result, stderr, stdout } from './result';
import { ansiCEscape } from './dollar';
import { parseInterval } from './interval';
import type { ShellHost } from './types';
import type { VirtualFs } from './vfs';
import { normalizePath } from './vfs';

/** What a builtin may use. */
export interface BuiltinContext {
  fs: VirtualFs;
  host: ShellHost;
  stdin: string | undefined;
  /** Simulated milliseconds left before an enclosing `timeout` fires. */
  timeoutMs?: number;
}

export type Builtin = (args: string[], ctx: BuiltinContext) => CommandResult;

function echo(args: string[]): CommandResult {
  let newline = true;
  let escapes = false;
  while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
    for (const f of args[0].slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
    args = args.slice(1);
  }
  let text = args.join(' ');
  if (escapes) {
    let out = '';
    for (let i = 0; i < text.length;) {
      if (text[i] !== '\\') {
        out += text[i++];
        continue;
      }
      const e = ansiCEscape(text, i);
      out += e.text;
      if (e.stop) return result(0, stdout(out));
      i = e.next;
    }
    text = out;
  }
  return result(0, stdout(newline ? `${text}\n` : text));
}

function cat(args: string[], { fs, stdin }: BuiltinContext): CommandResult {
  if (args.length === 0) args = ['-'];
  const out: ReturnType<typeof stdout>[] = [];
  let code = 0;
  for (const a of args) {
    if (a === '-') out.push(stdout(stdin ?? ''));
    else if (fs.exists(a)) out.push(stdout(fs.read(a) ?? ''));
    else {
      out.push(stderr(`cat: ${a}: ${fs.isDirectory(a) ? 'Is a directory' : 'No such file or directory'}\n`));
      code = 1;
    }
  }
  return result(code, ...out);
}

/** Entries directly below a directory: files and subdirectory names. */
function entriesOf(fs: VirtualFs, dir: string): string[] {
  const d = normalizePath(dir);
  const prefix = d === '' ? '' : d === '/' ? '/' : `${d}/`;
  const names = new Set(fs.list(d).map((p) => p.slice(prefix.length).split('/')[0] ?? ''));
  return [...names].filter((n) => n !== '').sort();
}

function ls(args: string[], { fs }: BuiltinContext): CommandResult {
  const paths = args.filter((a) => !a.startsWith('-') || a === '-');
  const out: ReturnType<typeof stdout>[] = [];
  let code = 0;
  const targets = paths.length === 0 ? ['.'] : paths;
  for (const p of targets) {
    if (fs.exists(p)) out.push(stdout(`${p}\n`));
    else if (fs.isDirectory(p)) {
      const names = entriesOf(fs, p);
      const header = targets.length > 1 ? `${p}:\n` : '';
      out.push(stdout(header + names.map((n) => `${n}\n`).join('')));
    } else {
      out.push(stderr(`ls: cannot access '${p}': No such file or directory\n`));
      code = 2;
    }
  }
  return result(code, ...out);
}

function rm(args: string[], { fs }: BuiltinContext): CommandResult {
  const opts = args.filter((a) => /^-[rRf]+$/.test(a)).join('');
  const force = opts.includes('f');
  const recursive = /[rR]/.test(opts);
  const paths = args.filter((a) => !/^-[rRf]+$/.test(a));
  if (paths.length === 0 && !force) {
    return result(1, stderr("rm: missing operand\nTry 'rm --help' for more information.\n"));
  }
  const errors: string[] = [];
  for (const p of paths) {
    if (fs.remove(p)) continue;
    if (fs.isDirectory(p) && normalizePath(p) !== '' && normalizePath(p) !== '/') {
      if (recursive) fs.list(p).forEach((f) => fs.remove(f));
      else errors.push(`rm: cannot remove '${p}': Is a directory\n`);
    } else if (!force) errors.push(`rm: cannot remove '${p}': No such file or directory\n`);
  }
  return result(errors.length > 0 ? 1 : 0, ...errors.map(stderr));
}

const SLEEP_TRY = "Try 'sleep --help' for more information.\n";

/** GNU sleep: every operand is an interval, the total is slept. Exit 124 when a `timeout` cuts it short. */
function sleep(args: string[], { host, timeoutMs }: BuiltinContext): CommandResult {
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) return result(1, stderr(`sleep: unrecognized option '${a}'\n${SLEEP_TRY}`));
    if (a.startsWith('-') && a.length > 1)
      return result(1, stderr(`sleep: invalid option -- '${a[1]}'\n${SLEEP_TRY}`));
    operands.push(a);
  }
  if (operands.length === 0) return result(1, stderr(`sleep: missing operand\n${SLEEP_TRY}`));
  let total = 0;
  const bad: string[] = [];
  for (const o of operands) {
    const ms = parseInterval(o);
    if (ms === undefined) bad.push(`sleep: invalid time interval '${o}'\n`);
    else total += ms;
  }
  if (bad.length > 0) return result(1, ...bad.map(stderr), stderr(SLEEP_TRY));
  if (timeoutMs !== undefined && total > timeoutMs) {
    host.advance(timeoutMs);
    return { ...result(124), timedOut: true };
  }
  if (!Number.isFinite(total)) {
    return result(1, stderr('sleep: an infinite sleep never ends in the simulation; use a duration\n'));
  }
  host.advance(total);
  return result(0);
}

const HELP = `Rollout Lab shell: one command per line.
  kubectl ...                 talk to the simulated cluster (kubectl help lists its commands)
  cat <<EOF > file.yaml       write a file (end the text with a line EOF)
  cat, ls, rm                 show, list and remove files
  echo TEXT                   print text
  sleep 30s                   let simulated time pass (30, 0.5, 2m, 1m30s, 500ms)
  timeout 60s COMMAND         stop a command (e.g. kubectl get pods -w) after a while
  NAME=value, $NAME           set and use variables
  clear, true, false, exit
`;

/** The builtins by name. */
export const BUILTINS: Record<string, Builtin> = {
  echo,
  cat,
  ls,
  rm,
  sleep,
  clear: () => ({ ...result(0), clear: true }),
  true: () => result(0),
  false: () => result(1),
  help: () => result(0, stdout(HELP)),
};
