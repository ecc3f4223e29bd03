// Text of go-yaml v2 scalars that need no style decision: numbers, booleans, null, and double-quote escapes.
// Mirrors gopkg.in/yaml.v2 encode.go (intv/floatv) and emitterc.go (yaml_emitter_write_double_quoted_scalar).

/** libyaml is_break: the line-break characters (LF, CR, NEL, LS, PS). */
export const isBreak = (c: string | undefined): boolean =>
  c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';

/**
 * strconv.FormatFloat(f, 'g', -1, 64) for non-integers: shortest digits, exponent form when the decimal exponent
 * is < -4 or ≥ 6 (e.g. 0.5 → `0.5`, 1234567.5 → `1.2345675e+06`, 0.00001 → `1e-05`).
 */
function goFloat(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  const [mant, e] = n.toExponential().split('e') as [string, string];
  const exp = Number(e);
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(n);
}

/** Text of a null / boolean / number scalar (ints as FormatInt, other numbers as FormatFloat 'g'). */
export function scalarText(v: null | boolean | number): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  return Number.isSafeInteger(v) ? String(v) : goFloat(v);
}

/** The escape letter(s) libyaml writes after a backslash in double-quoted scalars. */
export function escapeChar(c: string): string {
  const named: Record<string, string> = {
    '\0': '0',
    '\x07': 'a',
    '\b': 'b',
    '\t': 't',
    '\n': 'n',
    '\v': 'v',
    '\f': 'f',
    '\r': 'r',
    '\x1b': 'e',
    '"': '"',
    '\\': '\\',
    '\u0085': 'N',
    '\u00a0': '_',
    '\u2028': 'L',
    '\u2029': 'P',
  };
  const n = named[c];
  if (n !== undefined) return n;
  const cp = c.codePointAt(0) as number;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `u${hex.padStart(4, '0')}`;
  return `U${hex.padStart(8, '0')}`;
}
