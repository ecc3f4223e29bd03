// Which commands act on the cluster: acting while the playhead is in the past starts a new branch (the future
// is discarded), so the timeline asks first. Reads (get, describe, rollout status, dry runs) never branch.
import type { Command } from './protocol';

/** kubectl global flags that take a value as the next word (`-n default`, `--context kind`). */
const VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '-o',
  '--output',
  '-l',
  '--selector',
  '-f',
  '--filename',
  '-c',
  '--container',
  '--context',
  '--cluster',
  '--user',
  '--kubeconfig',
  '-s',
  '--server',
  '--request-timeout',
  '--field-selector',
  '--sort-by',
  '--template',
  '-p',
  '--patch',
  '--type',
  '--replicas',
  '--to-revision',
  '--revision',
  '--timeout',
  '--grace-period',
  '--cascade',
]);

/** Commands that only read (first word, or `rollout <sub>`). Everything else may write. */
const READS = new Set([
  'get',
  'describe',
  'explain',
  'version',
  'api-resources',
  'api-versions',
  'cluster-info',
  'config',
  'logs',
  'top',
  'wait',
  'diff',
  'completion',
  'help',
  'options',
  'plugin',
  'auth',
  'events',
  'rollout status',
  'rollout history',
]);

/** The command words of a kubectl argv (flags and their values skipped): `-n x rollout undo d` → rollout undo. */
export function commandWords(argv: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const a = argv[i]!;
    if (a.startsWith('-')) {
      if (!a.includes('=') && VALUE_FLAGS.has(a)) i++;
      continue;
    }
    words.push(a);
  }
  return words;
}

/**
 * isWriteCommand: may this kubectl argv change the cluster? Reads, help and any dry run (`--dry-run`,
 * `--dry-run=client|server`) cannot; `--dry-run=none` is a real write. An empty argv writes nothing.
 */
export function isWriteCommand(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '-h' || a === '--help') return false;
    if (a === '--dry-run' || (a.startsWith('--dry-run=') && a !== '--dry-run=none')) return false;
  }
  const words = commandWords(argv);
  if (words.length === 0) return false;
  if (READS.has(words[0]!)) return false;
  return !(words[0] === 'rollout' && READS.has(`rollout ${words[1] ?? ''}`));
}

/**
 * shellWrites: does a terminal line or pasted script run a writing kubectl command? Splits on newlines and
 * `;`, `&&`, `||`, `|`, then looks at each `kubectl …` segment (quotes are not parsed: the command words come
 * first, so a quoted patch body does not matter). Heredoc bodies are YAML lines that never start with kubectl.
 */
export function shellWrites(text: string): boolean {
  for (const segment of text.split(/\n|;|&&|\|\||\|/)) {
    const words = segment.trim().split(/\s+/);
    const k = words.indexOf('kubectl');
    // `timeout 30s kubectl …` and `VAR=x kubectl …` still run kubectl; `echo kubectl scale` does not
    if (k < 0 || !words.slice(0, k).every((w) => /^(timeout|\d+(\.\d+)?[smhd]?|[A-Za-z_]\w*=\S*)$/.test(w)))
      continue;
    if (isWriteCommand(words.slice(k + 1).filter((w) => !w.startsWith('<<')))) return true;
  }
  return false;
}

/**
 * commandActs: a command that changes the cluster when it runs (so, in the past, it needs the user's
 * consent to discard the future): writing kubectl commands and scripts, and the editor's save.
 */
export function commandActs(cmd: Command): boolean {
  switch (cmd.type) {
    case 'kubectl':
      return isWriteCommand(cmd.argv);
    case 'shell':
      return shellWrites(cmd.text);
    case 'editSave':
      return true;
    default:
      return false;
  }
}

/** Command types that never touch the cluster's history (the timeline does not watch them for branches). */
const PASSIVE = new Set<Command['type']>([
  'init',
  'play',
  'pause',
  'setSpeed',
  'seek',
  'validate',
  'describe',
  'query',
  'interrupt',
  'editCancel',
  'crash',
  'step',
  'branch',
  'undoBranch',
  'exportRun',
  'importRun',
]);

/** May this command change the request log (directly or through a kubectl layer the timeline cannot see)? */
export function mayBranch(cmd: Command): boolean {
  return !PASSIVE.has(cmd.type);
}
