// `$` expansions as the parser meets them: $NAME, ${NAME}, $?, $'...' (ANSI-C quoting).
import type { WordPart } from './syntax';

/** A scanned `$...`: the part it yields and where scanning continues, or a syntax error. */
export type DollarScan = { part: WordPart; next: number } | { error: string; next: number };

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL = /[?#$@*!0-9-]/;

/** The backslash escapes of `echo -e` and `$'...'`: \n \t \\ \' \" \a \b \e \f \r \v \0nnn \xHH. */
export function ansiCEscape(s: string, i: number): { text: string; next: number; stop?: boolean } {
  const c = s[i + 1];
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    E: '\x1b',
    f: '\f',
    r: '\r',
    v: '\v',
  };
  if (c === undefined) return { text: '\\', next: i + 1 };
  const mapped = simple[c];
  if (mapped !== undefined) return { text: mapped, next: i + 2 };
  if (c === 'c') return { text: '', next: i + 2, stop: true };
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2));
    if (m) return { text: String.fromCharCode(Number.parseInt(m[0], 16)), next: i + 2 + m[0].length };
  }
  if (c === '0' || (c >= '1' && c <= '7')) {
    const m = /^[0-7]{1,3}/.exec(s.slice(c === '0' ? i + 2 : i + 1));
    const digits = m ? m[0] : '';
    return {
      text: String.fromCharCode(digits === '' ? 0 : Number.parseInt(digits, 8) & 0xff),
      next: (c === '0' ? i + 2 : i + 1) + digits.length,
    };
  }
  return { text: `\\${c}`, next: i + 2 };
}

/**
 * Scans the `$` at `s[i]`. Inside double quotes or a here-document (`inQuotes`), `$'` is literal.
 * Command substitution `$(...)` is not supported and reported as an error.
 */
export function scanDollar(s: string, i: number, inQuotes: boolean, line: number): DollarScan {
  const c = s[i + 1];
  if (c === '(') {
    return { error: "command substitution '$(...)' is not supported in this shell", next: i + 2 };
  }
  if (c === '{') {
    const close = s.indexOf('}', i + 2);
    if (close < 0) return { error: "unexpected EOF while looking for matching `}'", next: s.length };
    return { part: { kind: 'var', name: s.slice(i + 2, close), quoted: inQuotes, line }, next: close + 1 };
  }
  if (c !== undefined && NAME_START.test(c)) {
    let j = i + 1;
    while (j < s.length && NAME_CHAR.test(s[j] ?? '')) j++;
    return { part: { kind: 'var', name: s.slice(i + 1, j), quoted: inQuotes, line }, next: j };
  }
  if (c !== undefined && SPECIAL.test(c)) {
    return { part: { kind: 'var', name: c, quoted: inQuotes, line }, next: i + 2 };
  }
  if (c === "'" && !inQuotes) {
    let text = '';
    let j = i + 2;
    while (j < s.length && s[j] !== "'") {
      if (s[j] === '\\') {
        const e = ansiCEscape(s, j);
        text += e.text;
        j = e.next;
      } else text += s[j++] ?? '';
    }
    if (j >= s.length) return { error: "unexpected EOF while looking for matching `''", next: s.length };
    return { part: { kind: 'text', text, quoted: true }, next: j + 1 };
  }
  // `$"..."` is a translatable string: the `$` disappears and the quotes are read normally.
  if (c === '"' && !inQuotes) return { part: { kind: 'text', text: '', quoted: true }, next: i + 1 };
  return { part: { kind: 'text', text: '$', quoted: inQuotes }, next: i + 1 };
}

/** True when `name` (from `${name}` or `$name`) is a variable we can expand. */
export function isValidVarName(name: string): boolean {
  return /^(?:[A-Za-z_][A-Za-z0-9_]*|[?#$@*!0-9-])$/.test(name);
}
