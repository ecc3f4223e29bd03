// Mirrors spf13/pflag's FlagSet.Parse (parseArgs, parseLongArg, parseSingleShortArg) with its error texts.
import type { FlagSpec, FlagValue } from './flagTypes';
import { noOptDefVal, setFlagValue } from './flagTypes';
import { goQuote, goQuoteByte } from '../jsonpath/go/strconv';
import { utf8Bytes, utf8Decode } from '../jsonpath/go/utf8';

/** One `--name=value` as pflag handed it to Set (shorthands resolved, NoOptDefVal applied). */
export interface FlagAssignment {
  name: string;
  value: string;
}

/** What a successful parse yields. */
export interface FlagParseSuccess {
  ok: true;
  /** Every flag of the set, by long name: the default or the parsed value. */
  values: Record<string, FlagValue>;
  /** Long names given on the command line. */
  changed: Set<string>;
  /** Assignments in command-line order (kubectl's change-cause is built from these). */
  assignments: FlagAssignment[];
  /** Positional arguments in order. */
  args: string[];
  /** Number of positional arguments before `--`, or -1 without `--`. */
  argsLenAtDash: number;
  /** `Flag --record has been deprecated, ...` lines pflag printed to stderr while parsing. */
  warnings: string[];
}

/** A pflag parse error (the message cobra passes to kubectl's FlagErrorFunc). */
export interface FlagParseFailure {
  ok: false;
  error: string;
  warnings: string[];
}

/** pflag/cliflag WordSepNormalizeFunc: `--show_labels` means `--show-labels`. */
export function normalizeFlagName(name: string): string {
  return name.replace(/_/g, '-');
}

/** A command's full flag set: its own flags, inherited global flags and `-h/--help`. */
export class FlagSet {
  private readonly byName = new Map<string, FlagSpec>();
  private readonly byShort = new Map<string, FlagSpec>();

  constructor(readonly specs: readonly FlagSpec[]) {
    for (const spec of specs) {
      this.byName.set(spec.name, spec);
      if (spec.shorthand) this.byShort.set(spec.shorthand, spec);
    }
  }

  /** Looks a long flag name up after normalisation. */
  lookup(name: string): FlagSpec | undefined {
    return this.byName.get(normalizeFlagName(name));
  }

  /** Looks a one-byte shorthand up. */
  lookupShort(shorthand: string): FlagSpec | undefined {
    return this.byShort.get(shorthand);
  }

  /** Parses argv the way pflag does with interspersed flags and ContinueOnError. */
  parse(argv: readonly string[]): FlagParseSuccess | FlagParseFailure {
    const state: FlagParseSuccess = {
      ok: true,
      values: {},
      changed: new Set(),
      assignments: [],
      args: [],
      argsLenAtDash: -1,
      warnings: [],
    };
    for (const spec of this.specs) state.values[spec.name] = spec.default;
    const fail = (error: string): FlagParseFailure => ({ ok: false, error, warnings: state.warnings });

    const set = (spec: FlagSpec, raw: string): string | undefined => {
      const r = setFlagValue(
        spec,
        raw,
        state.values[spec.name] ?? spec.default,
        state.changed.has(spec.name),
      );
      if (!r.ok) {
        const flagName = spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
        return `invalid argument ${goQuote(raw)} for ${goQuote(flagName)} flag: ${r.error}`;
      }
      state.values[spec.name] = r.value;
      state.changed.add(spec.name);
      state.assignments.push({ name: spec.name, value: raw });
      if (spec.deprecated) state.warnings.push(`Flag --${spec.name} has been deprecated, ${spec.deprecated}`);
      return undefined;
    };

    let rest = [...argv];
    while (rest.length > 0) {
      const s = rest.shift() ?? '';
      if (s.length < 2 || s[0] !== '-') {
        state.args.push(s);
        continue;
      }
      if (s[1] === '-') {
        if (s.length === 2) {
          // "--" ends the flags; everything after is positional.
          state.argsLenAtDash = state.args.length;
          state.args.push(...rest);
          break;
        }
        const body = s.slice(2);
        if (body[0] === '-' || body[0] === '=') return fail(`bad flag syntax: ${s}`);
        const eq = body.indexOf('=');
        const name = eq >= 0 ? body.slice(0, eq) : body;
        const spec = this.lookup(name);
        if (!spec) return fail(`unknown flag: --${name}`);
        let value: string;
        if (eq >= 0) value = body.slice(eq + 1);
        else if (noOptDefVal(spec) !== '') value = noOptDefVal(spec);
        else if (rest.length > 0) value = rest.shift() ?? '';
        else return fail(`flag needs an argument: ${s}`);
        const err = set(spec, value);
        if (err) return fail(err);
        continue;
      }
      // A cluster of shorthands such as -Aw or -lapp=nginx. pflag works on bytes and, through a quirk
      // in parseShortArg, offers every shorthand in the cluster the same following argument.
      let shorthands = utf8Bytes(s.slice(1));
      const after = rest;
      let consumed = false;
      while (shorthands.length > 0) {
        const c = shorthands[0] ?? 0;
        const text = utf8Decode(shorthands);
        // pflag silently skips Go test flags such as -test.v.
        if (text.startsWith('test.')) break;
        const spec = c < 0x80 ? this.lookupShort(String.fromCharCode(c)) : undefined;
        if (!spec) return fail(`unknown shorthand flag: ${goQuoteByte(c)} in -${text}`);
        let value: string;
        let next = shorthands.slice(1);
        if (shorthands.length > 2 && shorthands[1] === 0x3d /* '=' */) {
          value = utf8Decode(shorthands.slice(2));
          next = [];
        } else if (noOptDefVal(spec) !== '') value = noOptDefVal(spec);
        else if (shorthands.length > 1) {
          value = utf8Decode(shorthands.slice(1));
          next = [];
        } else if (after.length > 0) {
          value = after[0] ?? '';
          consumed = true;
        } else return fail(`flag needs an argument: ${goQuoteByte(c)} in -${text}`);
        const err = set(spec, value);
        if (err) return fail(err);
        shorthands = next;
      }
      if (consumed) rest = after.slice(1);
    }
    return state;
  }
}
