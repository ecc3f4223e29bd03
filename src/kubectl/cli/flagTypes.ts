// Flag declarations for the kubectl command tree: the pflag value types kubectl uses and how each parses.
import { formatGoDuration, parseGoDuration } from './go/duration';
import { readAsCSV } from './go/csv';
import type { ParseResult } from '../jsonpath/go/strconv';
import { parseBool, parseInt } from '../jsonpath/go/strconv';

/** pflag value types used by the kubectl commands we model (`level` is klog's `-v`). */
export type FlagType =
  'bool' | 'string' | 'int' | 'int32' | 'int64' | 'duration' | 'stringSlice' | 'stringArray' | 'level';

/** A parsed flag value: booleans, strings, numbers (durations in milliseconds), string lists. */
export type FlagValue = boolean | string | number | string[];

/** One flag as a command declares it (names, shorthand, type and default mirror kubectl 1.32). */
export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** Typed default (durations in milliseconds). */
  default: FlagValue;
  /** Value used when the flag is given without `=value` (bool flags: "true"; e.g. --dry-run: "unchanged"). */
  noOptDefVal?: string;
  /** One-line description in our own words. */
  usage: string;
  /** pflag's Deprecated: the flag still works, is hidden, and prints `Flag --x has been deprecated, <msg>`. */
  deprecated?: string;
  hidden?: boolean;
  /** cobra MarkFlagRequired: `required flag(s) "x" not set` when absent. */
  required?: boolean;
  /** Help text for the default when pflag's rendering differs from the type's (klog's `--vmodule=`). */
  defaultDisplay?: string;
  /** Annotated "classified" (token, password): the change-cause shows `CLASSIFIED` instead of the value. */
  classified?: boolean;
  /** The Set error of a custom flag.Value that does not report Go's parse error (klog: `parse error`). */
  setError?: string;
}

/** Shorthand for declaring a flag. */
export function flag(
  name: string,
  type: FlagType,
  def: FlagValue,
  usage: string,
  extra: Partial<Omit<FlagSpec, 'name' | 'type' | 'default' | 'usage'>> = {},
): FlagSpec {
  return { name, type, default: def, usage, ...extra };
}

/** The NoOptDefVal pflag applies: bool flags are "true" unless declared otherwise. */
export function noOptDefVal(spec: FlagSpec): string {
  return spec.noOptDefVal ?? (spec.type === 'bool' ? 'true' : '');
}

/**
 * Value.Set for one occurrence. `previous` is the current value and `changed` whether the flag was
 * already set on this command line: slices replace their default the first time, then append.
 */
export function setFlagValue(
  spec: FlagSpec,
  raw: string,
  previous: FlagValue,
  changed: boolean,
): ParseResult<FlagValue> {
  switch (spec.type) {
    case 'bool':
      return parseBool(raw);
    case 'string':
      return { ok: true, value: raw };
    case 'int':
    case 'int64':
      return parseInt(raw, 0, 64);
    case 'int32':
      return parseInt(raw, 0, 32);
    case 'level':
      return parseInt(raw, 10, 32);
    case 'duration': {
      const d = parseGoDuration(raw);
      if (d.ok) return { ok: true, value: Number(d.value) / 1e6 };
      return spec.setError ? { ok: false, error: spec.setError } : d;
    }
    case 'stringSlice': {
      const r = readAsCSV(raw);
      if (!r.ok) return r;
      const before = Array.isArray(previous) ? previous : [];
      return { ok: true, value: changed ? [...before, ...r.value] : r.value };
    }
    case 'stringArray': {
      const before = Array.isArray(previous) ? previous : [];
      return { ok: true, value: changed ? [...before, raw] : [raw] };
    }
  }
}

/** pflag's DefValue text shown in help: `''` for strings, `[]` for lists, `0s` for durations. */
export function defaultText(spec: FlagSpec): string {
  if (spec.defaultDisplay !== undefined) return spec.defaultDisplay;
  const v = spec.default;
  switch (spec.type) {
    case 'string':
      return `'${String(v)}'`;
    case 'stringSlice':
    case 'stringArray':
      return `[${Array.isArray(v) ? v.join(',') : ''}]`;
    case 'duration':
      return formatGoDuration(BigInt(Math.round(Number(v) * 1e6)));
    default:
      return String(v);
  }
}
