// Tab completion for the terminal, computed where the facts live: kubectl's command tree (commands,
// subcommands, flags), the API's resource types, and the simulation's live objects (names), plus the shell's
// builtins and files. Like bash completion it looks only at the words before the cursor.
import type { Simulation } from '../engine';
import { NAMESPACES, RESOURCES } from '../engine';
import type { Command } from '../kubectl/cli/index';
import { kubectlRoot } from '../kubectl/cli/index';
import type { VirtualFs } from '../shell/index';
import type { Completion } from './protocol';

/** The shell's commands (src/shell builtins + kubectl + timeout/exit/export). */
const SHELL_COMMANDS = [
  'cat',
  'clear',
  'echo',
  'exit',
  'export',
  'false',
  'help',
  'kubectl',
  'ls',
  'rm',
  'sleep',
  'timeout',
  'true',
];
const OUTPUT_FORMATS = ['json', 'name', 'wide', 'yaml', 'jsonpath=', 'custom-columns='];

/** Words of the text before the cursor; the last one is the word being completed ('' after a space). */
function words(line: string): { words: string[]; from: number } {
  const m = /(\S*)$/.exec(line);
  const current = m?.[1] ?? '';
  const from = line.length - current.length;
  const before = line.slice(0, from).trim();
  return { words: [...(before === '' ? [] : before.split(/\s+/)), current], from };
}

const sorted = (xs: Iterable<string>, prefix: string): string[] =>
  [...new Set(xs)].filter((x) => x.startsWith(prefix)).sort();

/** The flag spec named by `--name`, `--name=…` or `-x` in `cmd`. */
function flagOf(cmd: Command, word: string) {
  if (word.startsWith('--')) {
    const name = word.slice(2).split('=')[0] ?? '';
    return cmd.flags.lookup(name);
  }
  if (/^-[A-Za-z]$/.test(word)) return cmd.flags.lookupShort(word.slice(1));
  return undefined;
}

/** Kubectl completions for argv words after `kubectl` (the last one is being completed). */
function kubectlCompletion(args: string[], sim: Simulation, fs: VirtualFs): string[] {
  const current = args[args.length - 1] ?? '';
  let cmd: Command = kubectlRoot();
  const positional: string[] = [];
  let previous = '';
  for (const w of args.slice(0, -1)) {
    const takesValue = flagOf(cmd, previous);
    if (w.startsWith('-')) {
      previous = w;
      continue;
    }
    if (takesValue && takesValue.type !== 'bool' && !previous.includes('=')) {
      previous = w;
      continue;
    }
    const child = positional.length === 0 ? cmd.children.find((c) => childMatches(c, w)) : undefined;
    if (child) cmd = child;
    else positional.push(w);
    previous = w;
  }
  const valueFlag = flagOf(cmd, previous);
  if (valueFlag && valueFlag.type !== 'bool' && !previous.includes('=') && !current.startsWith('-')) {
    return flagValues(valueFlag.name, current, sim, fs);
  }
  if (current.startsWith('-')) return flagNames(cmd, current, sim, fs);
  if (cmd.children.length > 0 && positional.length === 0) {
    return sorted(
      cmd.children.filter((c) => !c.spec.hidden && c.spec.kind !== 'unsupported').map((c) => c.name),
      current,
    );
  }
  return resourceWords(cmd, positional, current, sim);
}

function childMatches(c: Command, w: string): boolean {
  return c.name === w || (c.spec.aliases ?? []).includes(w);
}

/** `--flag` names (non-bool ones with `=`), or values after `--flag=`. */
function flagNames(cmd: Command, current: string, sim: Simulation, fs: VirtualFs): string[] {
  const eq = current.indexOf('=');
  if (eq > 0) {
    const f = flagOf(cmd, current);
    if (!f) return [];
    const head = current.slice(0, eq + 1);
    return flagValues(f.name, current.slice(eq + 1), sim, fs).map((v) => head + v);
  }
  const flags = cmd.flags.specs.filter((f) => !f.hidden && !f.deprecated);
  return sorted(
    flags.map((f) => `--${f.name}${f.type === 'bool' ? '' : '='}`),
    current,
  );
}

/** Values of a flag: output formats, namespaces, files, revisions. */
function flagValues(name: string, current: string, sim: Simulation, fs: VirtualFs): string[] {
  switch (name) {
    case 'output':
      return sorted(OUTPUT_FORMATS, current);
    case 'namespace':
      return sorted(NAMESPACES, current);
    case 'filename':
      return sorted(['-', ...fs.list()], current);
    case 'to-revision':
    case 'revision':
      return sorted(revisions(sim), current);
    default:
      return [];
  }
}

function revisions(sim: Simulation): string[] {
  return sim
    .list('ReplicaSet')
    .map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '')
    .filter((r) => r !== '');
}

/** Resource types (kubectl's names for them) and `type/name` / plain names of live objects. */
function resourceWords(cmd: Command, positional: string[], current: string, sim: Simulation): string[] {
  const path = cmd.path.join(' ');
  if (path === 'set image' && positional.length >= 1 && hasName(positional)) {
    return containerWords(positional, current, sim);
  }
  const slash = current.indexOf('/');
  if (slash > 0) {
    const info = resourceInfo(current.slice(0, slash));
    if (!info) return [];
    const type = current.slice(0, slash + 1);
    return sorted(
      namesOf(sim, info.kind).map((n) => type + n),
      current,
    );
  }
  if (positional.length === 1 && !positional[0]!.includes('/')) {
    const info = resourceInfo(positional[0]!.split(',')[0] ?? '');
    return info ? sorted(namesOf(sim, info.kind), current) : [];
  }
  if (positional.length > 0 && hasName(positional)) return [];
  const rollout = path.startsWith('rollout ');
  const types = RESOURCES.filter((r) => !rollout || r.kind === 'Deployment').flatMap((r) => [
    r.resource,
    r.singular,
    ...r.shortNames,
  ]);
  const kinds = rollout ? ['deployment'] : RESOURCES.map((r) => r.singular);
  // `deployment/` first-class: typing `deployment/` then Tab offers the live names.
  return sorted([...types, ...kinds.map((k) => `${k}/`)], current);
}

/** True when the positional words already name an object (`type/name` or `type name`). */
function hasName(positional: string[]): boolean {
  return positional[0]!.includes('/') || positional.length >= 2;
}

/** `kubectl set image deployment/x <container>=<image>`: container names, then the image catalogue. */
function containerWords(positional: string[], current: string, sim: Simulation): string[] {
  const target = positional[0]!.includes('/') ? positional[0]!.split('/')[1] : positional[1];
  const d = sim.list('Deployment').find((x) => x.metadata.name === target);
  const containers = d && d.kind === 'Deployment' ? d.spec.template.spec.containers.map((c) => c.name) : [];
  const eq = current.indexOf('=');
  if (eq < 0) return sorted([...containers.map((c) => `${c}=`), '*='], current);
  return [];
}

function resourceInfo(word: string) {
  const w = word.toLowerCase().replace(/\.apps$/, '');
  return RESOURCES.find((r) => r.resource === w || r.singular === w || r.shortNames.includes(w));
}

function namesOf(sim: Simulation, kind: string): string[] {
  return sim.list(kind as 'Pod').map((o) => o.metadata.name);
}

/** Completion of `line` (the text before the cursor) in the terminal's shell. */
export function complete(line: string, sim: Simulation, fs: VirtualFs): Completion {
  const lastLine = line.slice(line.lastIndexOf('\n') + 1);
  const offset = line.length - lastLine.length;
  const { words: ws, from } = words(lastLine);
  let args = ws;
  // `timeout 30s kubectl …` completes like `kubectl …`.
  if (args[0] === 'timeout' && args.length > 3) args = args.slice(2);
  const current = args[args.length - 1] ?? '';
  let candidates: string[];
  if (args.length <= 1) candidates = sorted(SHELL_COMMANDS, current);
  else if (args[0] === 'kubectl') candidates = kubectlCompletion(args.slice(1), sim, fs);
  else if (['cat', 'rm', 'ls'].includes(args[0]!)) candidates = sorted(fs.list(), current);
  else candidates = [];
  return { from: offset + from, candidates };
}
