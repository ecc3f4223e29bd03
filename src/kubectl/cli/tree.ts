// The runtime command tree: CommandSpec nodes with parents, full paths and their complete flag sets.
import type { FlagSpec } from './flagTypes';
import { FlagSet } from './flagSet';
import { GLOBAL_FLAGS, helpFlag } from './spec/globalFlags';
import { ROOT_COMMAND } from './spec/root';
import { helpCommand } from './spec/settings';
import type { CommandSpec } from './spec/types';

/** One node of the tree, ready for lookups. */
export interface Command {
  readonly spec: CommandSpec;
  readonly name: string;
  readonly parent: Command | undefined;
  /** Children in kubectl's AddCommand order (the help command last). */
  readonly children: Command[];
  /** Path below the root, e.g. ['rollout', 'status']. */
  readonly path: string[];
  /** `kubectl rollout status` (cobra CommandPath). */
  readonly commandPath: string;
  /** Own flags, sorted by name as pflag lists them. */
  readonly localFlags: FlagSpec[];
  /** Own flags + global flags + -h/--help: what the command parses. */
  readonly flags: FlagSet;
  /** The same without -h/--help, as cobra's Find sees flags before execution adds the help flag. */
  readonly findFlags: FlagSet;
  /** cobra's own `help` command. */
  readonly isHelpCommand: boolean;
}

function build(spec: CommandSpec, parent: Command | undefined, isHelp = false): Command {
  const path = parent ? [...parent.path, spec.name] : [];
  const localFlags = [...(spec.flags ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const withGlobals = [...localFlags, ...GLOBAL_FLAGS];
  const node: Command = {
    spec,
    name: spec.name,
    parent,
    children: [],
    path,
    commandPath: ['kubectl', ...path].join(' '),
    localFlags,
    flags: new FlagSet([...withGlobals, helpFlag(spec.name)]),
    findFlags: new FlagSet(withGlobals),
    isHelpCommand: isHelp,
  };
  for (const child of spec.children ?? []) node.children.push(build(child, node));
  return node;
}

let cached: Command | undefined;

/** The kubectl command tree (built once). */
export function kubectlRoot(): Command {
  if (!cached) {
    cached = build(ROOT_COMMAND, undefined);
    cached.children.push(build(helpCommand, cached, true));
  }
  return cached;
}

/** The command at a path such as ['rollout', 'status'], if it exists. */
export function commandAt(path: readonly string[]): Command | undefined {
  let cmd: Command | undefined = kubectlRoot();
  for (const name of path) cmd = cmd?.children.find((c) => c.name === name);
  return cmd;
}

/** cobra IsAvailableCommand: listed and suggested (not hidden, not the help command). */
export function isAvailable(cmd: Command): boolean {
  return !cmd.spec.hidden && !cmd.isHelpCommand;
}

/** cobra commandNameMatches: the name or an alias, case-sensitive. */
export function nameMatches(cmd: Command, name: string): boolean {
  return cmd.name === name || (cmd.spec.aliases ?? []).includes(name);
}
