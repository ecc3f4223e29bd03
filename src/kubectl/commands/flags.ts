// Typed access to the flag values the command line parser produced (defaults included).
import type { ParsedCommand } from '../cli/index';

/** A string flag ('' when unset and without default). */
export function str(cmd: ParsedCommand, name: string): string {
  const v = cmd.flags[name];
  return typeof v === 'string' ? v : '';
}

/** A bool flag. */
export function bool(cmd: ParsedCommand, name: string): boolean {
  return cmd.flags[name] === true;
}

/** A numeric flag (ints; durations are milliseconds). */
export function num(cmd: ParsedCommand, name: string): number {
  const v = cmd.flags[name];
  return typeof v === 'number' ? v : 0;
}

/** A list flag (stringSlice / stringArray). */
export function list(cmd: ParsedCommand, name: string): string[] {
  const v = cmd.flags[name];
  return Array.isArray(v) ? v : [];
}

/** Whether the flag was given on the command line. */
export function given(cmd: ParsedCommand, name: string): boolean {
  return cmd.flagsSet.has(name);
}

/** cmdutil.DryRunStrategy. */
export type DryRun = 'none' | 'client' | 'server';

/**
 * GetDryRunStrategy: `client`/`server`/`none`, the deprecated bare `--dry-run` (= client) and booleans; any other
 * value is an error with kubectl's text.
 */
export function dryRunStrategy(
  cmd: ParsedCommand,
): { ok: true; value: DryRun } | { ok: false; error: string } {
  if (!('dry-run' in cmd.flags)) return { ok: true, value: 'none' };
  const v = str(cmd, 'dry-run');
  const b = parseGoBool(v);
  if (b !== undefined) return { ok: true, value: b ? 'client' : 'none' };
  switch (v) {
    case 'unchanged':
    case 'client':
      return { ok: true, value: 'client' };
    case 'server':
      return { ok: true, value: 'server' };
    case 'none':
      return { ok: true, value: 'none' };
    default:
      return { ok: false, error: `Invalid dry-run value (${v}). Must be "none", "server", or "client".` };
  }
}
/** strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/** The name-printer operation suffix for a dry run (`created (dry run)`). */
export function dryRunSuffix(d: DryRun): string {
  return d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '';
}
