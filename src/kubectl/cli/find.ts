// Mirrors spf13/cobra's Command.Find (stripFlags, argsMinusFirstX, legacyArgs) and SuggestionsFor.
import { byteLength, goQuote } from '../jsonpath/go/strconv';
import { utf8Bytes } from '../jsonpath/go/utf8';
import type { Command } from './tree';
import { isAvailable, kubectlRoot, nameMatches } from './tree';

/** Where Find landed: the command, its remaining arguments, and the legacyArgs error if any. */
export interface FindResult {
  command: Command;
  args: string[];
  error?: string;
}

/** True when a long flag takes no value (bool, or a declared NoOptDefVal); unknown flags take one. */
function longHasNoOptDefVal(cmd: Command, name: string): boolean {
  const spec = cmd.findFlags.lookup(name);
  return spec !== undefined && (spec.type === 'bool' || (spec.noOptDefVal ?? '') !== '');
}

function shortHasNoOptDefVal(cmd: Command, short: string): boolean {
  const spec = cmd.findFlags.lookupShort(short);
  return spec !== undefined && (spec.type === 'bool' || (spec.noOptDefVal ?? '') !== '');
}

/** True when `s` is a flag whose value is the next argument (`--flag arg`, `-f arg`). */
function takesNextArg(cmd: Command, s: string): boolean {
  if (s.startsWith('--') && !s.includes('=') && !longHasNoOptDefVal(cmd, s.slice(2))) return true;
  // cobra compares the byte length: `-é` is three bytes, so it is not a shorthand here.
  return (
    s.startsWith('-') && !s.includes('=') && byteLength(s) === 2 && !shortHasNoOptDefVal(cmd, s.slice(1))
  );
}

/** cobra stripFlags: the non-flag words, skipping the values of flags that take one. */
export function stripFlags(args: readonly string[], cmd: Command): string[] {
  const commands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const s = args[i] ?? '';
    if (s === '--') break;
    if (takesNextArg(cmd, s)) {
      // cobra stops when the value is the last argument, otherwise skips it.
      if (args.length - (i + 1) <= 1) break;
      i++;
      continue;
    }
    if (s !== '' && !s.startsWith('-')) commands.push(s);
  }
  return commands;
}

/** cobra argsMinusFirstX: removes the first real occurrence of the subcommand name. */
function argsMinusFirstX(args: readonly string[], cmd: Command, x: string): string[] {
  for (let pos = 0; pos < args.length; pos++) {
    const s = args[pos] ?? '';
    if (s === '--') break;
    if (takesNextArg(cmd, s)) {
      pos++;
      continue;
    }
    if (!s.startsWith('-') && s === x) return [...args.slice(0, pos), ...args.slice(pos + 1)];
  }
  return [...args];
}

/** cobra's ld: Levenshtein distance over bytes, optionally case-insensitive. */
export function levenshtein(s: string, t: string, ignoreCase = true): number {
  const a = utf8Bytes(ignoreCase ? s.toLowerCase() : s);
  const b = utf8Bytes(ignoreCase ? t.toLowerCase() : t);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * cobra SuggestionsFor with SuggestionsMinimumDistance 2: every available child whose name is within
 * Levenshtein distance 2 of the typed word (ignoring case) or starts with it, in AddCommand order.
 * E.g. `rollut` → rollout; `ex` → expose, set, explain, get, exec, cp.
 */
export function suggestionsFor(parent: Command, typed: string): string[] {
  const out: string[] = [];
  for (const cmd of parent.children) {
    if (!isAvailable(cmd)) continue;
    const close = levenshtein(typed, cmd.name) <= 2;
    const prefix = cmd.name.toLowerCase().startsWith(typed.toLowerCase());
    if (close || prefix) out.push(cmd.name);
  }
  return out;
}

/** The "Did you mean this?" block cobra appends to an unknown-command error (empty without suggestions). */
export function suggestionText(parent: Command, typed: string): string {
  const s = suggestionsFor(parent, typed);
  return s.length === 0 ? '' : `\n\nDid you mean this?\n${s.map((n) => `\t${n}\n`).join('')}`;
}

/**
 * cobra Command.Find from the root. `withHelp` false reproduces kubectl's first lookup (made before
 * cobra adds its `help` command), which decides whether to look for a plugin.
 */
export function find(argv: readonly string[], withHelp = true): FindResult {
  const root = kubectlRoot();
  let cmd = root;
  let args = [...argv];
  for (;;) {
    const words = stripFlags(args, cmd);
    const next = words[0];
    if (next === undefined) break;
    const child = cmd.children.find((c) => (withHelp || !c.isHelpCommand) && nameMatches(c, next));
    if (!child) break;
    args = argsMinusFirstX(args, cmd, next);
    cmd = child;
  }
  // legacyArgs: only the root checks that its leftover words name a subcommand.
  if (cmd === root) {
    const words = stripFlags(args, cmd);
    const first = words[0];
    if (first !== undefined) {
      return {
        command: cmd,
        args,
        error: `unknown command ${goQuote(first)} for "kubectl"${suggestionText(root, first)}`,
      };
    }
  }
  return { command: cmd, args };
}
