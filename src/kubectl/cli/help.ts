// Help and usage texts laid out like kubectl's templates (k8s.io/kubectl/pkg/util/templates), words ours.
//
//   <long description>            ← trimmed
//                                 ← blank line
//   Aliases: / Examples: / Available Commands: (or the root's groups) / Options: / Usage:
//   Use "kubectl <cmd> <command> --help" ...   (commands with subcommands)
//   Use "kubectl options" ...
import type { FlagSpec } from './flagTypes';
import { defaultText } from './flagTypes';
import { GLOBAL_FLAGS } from './spec/globalFlags';
import { ROOT_GROUPS } from './spec/root';
import type { Command } from './tree';
import { isAvailable } from './tree';

const GLOBAL_TIP =
  'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** True for commands the simulation answers (listed in help). */
function isListed(cmd: Command): boolean {
  return isAvailable(cmd) && (cmd.spec.kind === 'command' || cmd.spec.kind === 'group');
}

/**
 * One flag as kubectl prints it: `    -f, --filename=[]:` then a TAB and the description, then a blank
 * line. kubectl does not wrap when the output is not a terminal.
 */
export function flagUsage(spec: FlagSpec): string {
  const name = spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
  return `    ${name}=${defaultText(spec)}:\n\t${spec.usage}\n\n`;
}

/** pflag FlagUsages of the visible (not hidden, not deprecated) flags. */
export function flagUsages(specs: readonly FlagSpec[]): string {
  return specs
    .filter((f) => !f.hidden && !f.deprecated)
    .map(flagUsage)
    .join('');
}

/** `  name` padded like cobra: to max(11, longest sibling name) + 2, then a space and the short text. */
function commandLine(cmd: Command, siblings: readonly Command[]): string {
  const width = Math.max(11, ...siblings.map((s) => s.name.length)) + 2;
  return `  ${cmd.name.padEnd(width)} ${cmd.spec.short}`;
}

function subcommandSection(cmd: Command): string {
  const listed = cmd.children.filter(isListed);
  if (listed.length === 0) return '';
  if (cmd.parent) {
    return `Available Commands:\n${listed.map((c) => commandLine(c, cmd.children)).join('\n')}\n\n`;
  }
  const groups: string[] = [];
  for (const g of ROOT_GROUPS) {
    const inGroup = listed.filter((c) => c.spec.group === g);
    if (inGroup.length > 0) groups.push([g, ...inGroup.map((c) => commandLine(c, cmd.children))].join('\n'));
  }
  const others = listed.filter((c) => c.spec.group === undefined).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (others.length > 0)
    groups.push(['Other Commands:', ...others.map((c) => commandLine(c, cmd.children))].join('\n'));
  return `${groups.join('\n\n')}\n\n`;
}

function indentExamples(examples: string): string {
  return examples
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** The usage part of a command's help (cobra UsageString), starting with the blank line. */
export function usageText(cmd: Command): string {
  const spec = cmd.spec;
  let out = '\n\n';
  if (spec.aliases && spec.aliases.length > 0)
    out += `Aliases:\n${[spec.name, ...spec.aliases].join(', ')}\n\n`;
  if (spec.examples) out += `Examples:\n${indentExamples(spec.examples.trimEnd())}\n\n`;
  out += subcommandSection(cmd);
  const options = flagUsages(cmd.localFlags);
  if (options !== '') out += `Options:\n${options.trimEnd()}\n\n`;
  out += `Usage:\n  kubectl ${spec.use ?? spec.name} [options]\n\n`;
  if (cmd.children.some(isListed)) {
    out += `Use "kubectl ${cmd.parent ? `${cmd.path.join(' ')} ` : ''}<command> --help" for more information about a given command.\n`;
  }
  return out + GLOBAL_TIP;
}

/** The full help of a command (`kubectl <cmd> --help`). `kubectl options` has an empty help, as upstream. */
export function helpText(cmd: Command): string {
  if (cmd.path.join(' ') === 'options') return '';
  if (cmd.spec.kind === 'unsupported') {
    return `${cmd.spec.short}.\n\n ${cmd.commandPath} is a real kubectl command that Rollout Lab does not simulate.\n\nUse "kubectl --help" for the commands it simulates.\n`;
  }
  const body = (cmd.spec.long ?? cmd.spec.short).trim();
  return body + usageText(cmd);
}

/** `kubectl options`: every global flag. */
export function optionsText(): string {
  const sorted = [...GLOBAL_FLAGS].sort((a, b) => (a.name < b.name ? -1 : 1));
  return `The following options can be passed to any command:\n\n${flagUsages(sorted)}`;
}
