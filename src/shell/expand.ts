// Word expansion: `$NAME` substitution, then field splitting of unquoted expansions (IFS = space, tab,
// newline). No globbing: `*=nginx:1.9` stays as typed, as bash leaves a pattern that matches no file.
import { isValidVarName } from './dollar';
import type { Word } from './syntax';

/** The values `$NAME`, `$?` and friends expand to. */
export interface ExpansionScope {
  vars: ReadonlyMap<string, string>;
  lastExit: number;
  /** `$0`. */
  shellName: string;
}

/** Expansion failure, e.g. `${a:b}: bad substitution`. */
export class ExpansionError {
  constructor(
    readonly line: number,
    readonly message: string,
  ) {}
}

function lookup(name: string, scope: ExpansionScope, line: number): string {
  if (!isValidVarName(name)) throw new ExpansionError(line, `\${${name}}: bad substitution`);
  if (name === '?') return String(scope.lastExit);
  if (name === '$') return '1';
  if (name === '#') return '0';
  if (name === '0') return scope.shellName;
  return scope.vars.get(name) ?? '';
}

const IFS = /[ \t\n]+/;

/** Expands one word into zero or more fields. */
export function expandWord(word: Word, scope: ExpansionScope): string[] {
  const fields: string[] = [];
  let cur = '';
  let has = false;
  const endField = (): void => {
    if (has) fields.push(cur);
    cur = '';
    has = false;
  };
  for (const part of word) {
    if (part.kind === 'text') {
      cur += part.text;
      has = has || part.quoted || part.text !== '';
      continue;
    }
    const value = lookup(part.name, scope, part.line);
    if (part.quoted) {
      cur += value;
      has = true;
      continue;
    }
    if (value === '') continue;
    if (/^[ \t\n]/.test(value)) endField();
    value
      .split(IFS)
      .filter((t) => t !== '')
      .forEach((t, i) => {
        if (i > 0) endField();
        cur += t;
        has = true;
      });
    if (/[ \t\n]$/.test(value)) endField();
  }
  endField();
  return fields;
}

/** Expands words into the argument list. */
export function expandWords(words: readonly Word[], scope: ExpansionScope): string[] {
  return words.flatMap((w) => expandWord(w, scope));
}

/** Expands a word without field splitting (assignment values, here-document bodies). */
export function expandJoined(word: Word, scope: ExpansionScope): string {
  return word.map((p) => (p.kind === 'text' ? p.text : lookup(p.name, scope, p.line))).join('');
}

/** `NAME=value` at the start of a command: the name, when the word is an assignment. */
export function assignmentName(word: Word): string | undefined {
  const first = word[0];
  if (first?.kind !== 'text' || first.quoted) return undefined;
  return /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text)?.[1];
}
