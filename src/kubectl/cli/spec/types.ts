// The shape of one node of the kubectl command tree (a cobra.Command reduced to what we need).
import type { FlagSpec } from '../flagTypes';

/** How a command behaves when it runs, as far as the command line layer is concerned. */
export type CommandKind =
  /** Parsed and handed to the kubectl command layer. */
  | 'command'
  /** A group such as `rollout` or `set`: cmdutil.DefaultSubCommandRun (help, or "unknown command"). */
  | 'group'
  /** A real kubectl command the simulation does not offer. */
  | 'unsupported'
  /** Answered by the command line layer itself (`help`, `options`). */
  | 'builtin';

/** One command of the tree. Texts are our own words, shaped like kubectl's. */
export interface CommandSpec {
  name: string;
  aliases?: readonly string[];
  kind: CommandKind;
  /** One line, used in command listings. */
  short: string;
  /** Help body (paragraphs separated by blank lines). Defaults to `short`. */
  long?: string;
  /** Example lines: `# comment` / command pairs, blank line between pairs. */
  examples?: string;
  /** Usage after `kubectl `, e.g. `rollout status (TYPE NAME | TYPE/NAME) [flags]`. */
  use?: string;
  /** Own flags (global flags are inherited from the root). */
  flags?: readonly FlagSpec[];
  children?: readonly CommandSpec[];
  /** Section of the root help this command is listed under. */
  group?: string;
  /** Where a group's DefaultSubCommandRun prints its help (`rollout`: stdout, `set`: stderr). */
  helpStream?: 'stdout' | 'stderr';
  /** Not listed and never suggested (cobra Hidden). */
  hidden?: boolean;
}
