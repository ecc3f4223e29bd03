// kubectl's command line front door: cobra's ExecuteC (plugin pre-check, Find, flag parsing, help, required
// flags, DefaultSubCommandRun) reduced to text in, parsed command or finished output out.
import type { FlagAssignment } from './flagSet';
import type { FlagValue } from './flagTypes';
import { find } from './find';
import { goQuote } from '../jsonpath/go/strconv';
import { helpText, optionsText, usageText } from './help';
import type { CommandResult, OutputChunk } from './output';
import { kubectlError, result, stderr, stdout } from './output';
import type { Command } from './tree';
import { kubectlRoot } from './tree';

/**
 * RecordFlags' parseCommandArguments: the whole command line re-parsed with the command's flags; positional
 * words (command path included) first, then `--name=value` for each flag as given (`--token=CLASSIFIED`).
 */
function changeCause(cmd: Command, argv: readonly string[]): string {
  const all = cmd.flags.parse(argv);
  if (!all.ok) return ['kubectl', ...argv].join(' ');
  const args = all.args.length > 0 ? ` ${all.args.join(' ')}` : '';
  const value = (name: string, raw: string): string =>
    cmd.flags.lookup(name)?.classified ? 'CLASSIFIED' : raw;
  return `kubectl${args}${all.assignments.map((a) => ` --${a.name}=${value(a.name, a.value)}`).join('')}`;
}

/** A command line that parsed: what the kubectl command layer executes. */
export interface ParsedCommand {
  /** Path below the root, e.g. ['rollout', 'status']. */
  commandPath: string[];
  /** Positional arguments (flags removed), in order. */
  args: string[];
  /** Every flag of the command (own and global) by long name: default or given value. */
  flags: Record<string, FlagValue>;
  /** Long names of the flags given on the command line. */
  flagsSet: Set<string>;
  /** The flags as given, in order (shorthands resolved), e.g. for the change-cause. */
  assignments: FlagAssignment[];
  /** Positional arguments before `--`, or -1. */
  argsLenAtDash: number;
  /** The argv after `kubectl`, unchanged. */
  argv: string[];
  /** stderr chunks to print before running (pflag's deprecation notices, e.g. for --record). */
  preamble: OutputChunk[];
  /** Flags that parsed but the simulation ignores (hidden in our help), e.g. --kustomize. */
  ignoredFlagsSet: string[];
  /**
   * What `--record` stores as kubernetes.io/change-cause: `kubectl`, the non-flag words, then every flag
   * given as `--name=value` in order, e.g. `kubectl set image deployment/nginx nginx=nginx:1.16.1 --record=true`.
   */
  changeCause: string;
}

/** Either a command to run, or output the command line layer already produced (help, usage errors). */
export type CliOutcome = { kind: 'run'; command: ParsedCommand } | { kind: 'done'; result: CommandResult };

const done = (r: CommandResult): CliOutcome => ({ kind: 'done', result: r });

/** kubectl's FlagErrorFunc: the pflag message plus where to look for usage. */
function flagError(cmd: Command, message: string, preamble: OutputChunk[]): CliOutcome {
  const hint =
    cmd.path.join(' ') === 'options'
      ? `Run 'kubectl options' without flags.`
      : `See '${cmd.commandPath} --help' for usage.`;
  const err = kubectlError(`${message}\n${hint}`);
  return done({ ...err, chunks: [...preamble, ...err.chunks] });
}

/** strconv.CanBackquote: no backquote, no control character other than TAB, no BOM. */
function canBackquote(w: string): boolean {
  for (const ch of w) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '`' || cp === 0xfeff || cp === 0x7f || (cp < 0x20 && ch !== '\t')) return false;
  }
  return true;
}

/** Go's %#q of a []string: backquoted words when possible, as cobra prints an unknown help topic. */
function backquoteList(words: readonly string[]): string {
  return `[${words.map((w) => (canBackquote(w) ? `\`${w}\`` : goQuote(w))).join(' ')}]`;
}

function unsupported(cmd: Command): CliOutcome {
  return done(
    kubectlError(
      `${cmd.commandPath} is not simulated in Rollout Lab\nSee 'kubectl --help' for the commands it simulates.`,
    ),
  );
}

/** cobra's `help` command: the help of the named command, or "Unknown help topic" and the root usage. */
function runHelpCommand(topic: readonly string[], preamble: OutputChunk[]): CliOutcome {
  const found = find(topic);
  if (found.error) {
    const text = `Unknown help topic ${backquoteList(topic)}\n${usageText(kubectlRoot())}`;
    return done(result(0, ...preamble, stderr(text)));
  }
  return done(result(0, ...preamble, stdout(helpText(found.command))));
}

/**
 * Parses a kubectl command line (the words after `kubectl`) exactly as kubectl 1.32 does on the client:
 * unknown commands with cobra's suggestions, unknown or malformed flags, help, required flags, and the
 * `rollout`/`set` group commands. Everything else becomes a ParsedCommand for the command layer.
 */
export function parseKubectl(argv: readonly string[]): CliOutcome {
  // kubectl first looks the command up without cobra's help command; when that fails it searches for
  // a plugin, which is impossible when the first word is a flag.
  const first = argv[0];
  if (first !== undefined && first !== 'help' && find(argv, false).error && first.startsWith('-')) {
    return done(result(1, stderr(`Error: flags cannot be placed before plugin name: ${first}\n`)));
  }
  const found = find(argv);
  if (found.error) return done(kubectlError(found.error));
  const cmd = found.command;
  if (cmd.spec.kind === 'unsupported') return unsupported(cmd);

  const parsed = cmd.flags.parse(found.args);
  const preamble = parsed.warnings.map((w) => stderr(`${w}\n`));
  if (!parsed.ok) return flagError(cmd, parsed.error, preamble);
  const withPreamble = (r: CommandResult): CliOutcome => done({ ...r, chunks: [...preamble, ...r.chunks] });

  if (parsed.values.help === true) return withPreamble(result(0, stdout(helpText(cmd))));
  if (cmd.isHelpCommand) return runHelpCommand(parsed.args, preamble);

  const missing = cmd.localFlags.filter((f) => f.required && !parsed.changed.has(f.name)).map((f) => f.name);
  if (missing.length > 0)
    return withPreamble(kubectlError(`required flag(s) "${missing.join('", "')}" not set`));

  if (!cmd.parent) return withPreamble(result(0, stdout(helpText(cmd))));
  if (cmd.path.join(' ') === 'options') return withPreamble(result(0, stdout(optionsText())));
  if (cmd.spec.kind === 'group') {
    // cmdutil.DefaultSubCommandRun: leftover words are an unknown subcommand; none prints the help
    // (to stdout for rollout, stderr for set) and exits 1.
    if (parsed.args.length > 0) {
      return withPreamble(
        kubectlError(
          `unknown command ${goQuote(parsed.args.join(' '))}\nSee '${cmd.commandPath} -h' for help and examples`,
        ),
      );
    }
    const text = helpText(cmd);
    return withPreamble(result(1, cmd.spec.helpStream === 'stderr' ? stderr(text) : stdout(text)));
  }

  const hidden = new Set(cmd.localFlags.filter((f) => f.hidden && !f.deprecated).map((f) => f.name));
  return {
    kind: 'run',
    command: {
      commandPath: cmd.path,
      args: parsed.args,
      flags: parsed.values,
      flagsSet: parsed.changed,
      assignments: parsed.assignments,
      argsLenAtDash: parsed.argsLenAtDash,
      argv: [...argv],
      preamble,
      ignoredFlagsSet: [...parsed.changed].filter((n) => hidden.has(n)),
      changeCause: changeCause(cmd, argv),
    },
  };
}
