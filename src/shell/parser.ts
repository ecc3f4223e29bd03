// Script parser with sh quoting rules: one simple command per line, `\` continuations, `#` comments,
// redirections and here-documents. Unsupported syntax (pipes, lists, substitutions) is a clear error.
import { scanDollar } from './dollar';
import { readHereDocBodies } from './heredoc';
import { ParseFailure } from './parseFailure';
import type { HereDoc, Redirect, ScriptItem, SimpleCommand, Word, WordPart } from './syntax';

const BLANK = new Set([' ', '\t']);
const OPERATOR_START = new Set(['|', '&', ';', '<', '>', '(', ')']);
const LISTS = "write one command per line (no pipes, ';', '&&', '||' or '&')";

/** Parses a script into commands; parsing stops at the first syntax error, which is the last item. */
export function parseScript(text: string): ScriptItem[] {
  return new Parser(text).parseAll();
}

/**
 * True when `text` ends inside a quoted string, after a `\` continuation or inside an open
 * here-document: a terminal should then ask for more lines (bash's `> ` prompt) instead of running it.
 */
export function needsMoreInput(text: string): boolean {
  if (/(^|[^\\])(\\\\)*\\$/.test(text)) return true;
  const items = parseScript(text);
  const last = items[items.length - 1];
  return (
    last?.kind === 'error' &&
    (last.message.startsWith('unexpected EOF') || last.message.startsWith('here-document at line'))
  );
}

class Parser {
  private pos = 0;
  private line = 1;

  constructor(private readonly src: string) {}

  parseAll(): ScriptItem[] {
    const items: ScriptItem[] = [];
    while (this.pos < this.src.length) {
      const start = this.pos;
      try {
        const cmd = this.parseCommand();
        if (cmd) items.push(cmd);
      } catch (e) {
        if (!(e instanceof ParseFailure)) throw e;
        // The failing command as far as the line where the error was found.
        const eol = this.src.indexOf('\n', this.pos);
        const source = this.src.slice(start, eol < 0 ? undefined : eol).replace(/^[ \t\n]+/, '');
        items.push({ kind: 'error', line: e.line, message: e.message, source });
        break;
      }
    }
    return items;
  }

  private peek(k = 0): string | undefined {
    return this.src[this.pos + k];
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private advance(n = 1): string {
    const s = this.src.slice(this.pos, this.pos + n);
    for (const c of s) if (c === '\n') this.line++;
    this.pos += n;
    return s;
  }

  /** Blanks and `\`-newline continuations between words. */
  private skipBlanks(): void {
    for (;;) {
      const c = this.peek();
      if (c !== undefined && BLANK.has(c)) this.advance();
      else if (c === '\\' && this.peek(1) === '\n') this.advance(2);
      else return;
    }
  }

  private parseCommand(): SimpleCommand | undefined {
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    const pending: HereDoc[] = [];
    let startPos = -1;
    let startLine = this.line;
    for (;;) {
      this.skipBlanks();
      const c = this.peek();
      if (c === undefined) {
        if (pending.length > 0) readHereDocBodies(this.src, this.pos, this.line, pending);
        break;
      }
      if (c === '\n') {
        this.advance();
        if (pending.length > 0) {
          const end = readHereDocBodies(this.src, this.pos, this.line, pending);
          this.advance(end - this.pos);
        }
        break;
      }
      if (c === '#') {
        while (this.peek() !== undefined && this.peek() !== '\n') this.advance();
        continue;
      }
      if (startPos < 0) [startPos, startLine] = [this.pos, this.line];
      if (OPERATOR_START.has(c) || /^[0-9]+[<>]/.test(this.src.slice(this.pos, this.pos + 12))) {
        this.parseOperator(redirects, pending);
        continue;
      }
      words.push(this.readWord(false).word);
    }
    if (startPos < 0) return undefined;
    const source = this.src.slice(startPos, this.pos).replace(/\n$/, '');
    return { kind: 'command', words, redirects, line: startLine, source };
  }

  private parseOperator(redirects: Redirect[], pending: HereDoc[]): void {
    const fail = (m: string): never => {
      throw new ParseFailure(this.line, m);
    };
    for (const op of ['&&', '||', ';;', '|', ';', '(', ')']) {
      if (this.startsWith(op)) fail(`'${op}' is not supported in this shell: ${LISTS}`);
    }
    if (this.startsWith('<<<'))
      fail("here-strings ('<<<') are not supported in this shell; use a here-document");
    if (this.startsWith('<<')) {
      const line = this.line;
      const stripTabs = this.startsWith('<<-');
      this.advance(stripTabs ? 3 : 2);
      this.skipBlanks();
      const c = this.peek();
      if (c === undefined || c === '\n' || OPERATOR_START.has(c))
        fail("syntax error near unexpected token `newline'");
      const { word, quoted } = this.readWord(true);
      const delimiter = word.map((p) => (p.kind === 'text' ? p.text : `$${p.name}`)).join('');
      const heredoc: HereDoc = { delimiter, quoted, stripTabs, body: [], line };
      pending.push(heredoc);
      redirects.push({ op: '<<', heredoc });
      return;
    }
    const m = /^([0-9]*)(&>|>>|>&|>|<|&)/.exec(this.src.slice(this.pos, this.pos + 14));
    if (!m || m[2] === '&') fail(`'&' is not supported in this shell: ${LISTS}`);
    const [all, fdText, op] = m as RegExpExecArray & [string, string, string];
    const fd = fdText === '' ? (op === '<' ? 0 : 1) : Number(fdText);
    if (op === '<' ? fd !== 0 : fd !== 1 && fd !== 2) {
      fail(`redirecting file descriptor ${fd} is not supported in this shell`);
    }
    this.advance(all.length);
    this.skipBlanks();
    const c = this.peek();
    if (c === undefined || c === '\n' || OPERATOR_START.has(c))
      fail("syntax error near unexpected token `newline'");
    const target = this.readWord(false).word;
    const literal = target.length === 1 && target[0]?.kind === 'text' ? target[0].text : undefined;
    if (op === '>&' && (literal === '1' || literal === '2')) {
      redirects.push({ op: '>&', fd: fd as 1 | 2, toFd: Number(literal) as 1 | 2 });
    } else if (op === '&>' || op === '>&') redirects.push({ op: '&>', target });
    else if (op === '<') redirects.push({ op: '<', target });
    else redirects.push({ op: op as '>' | '>>', fd: fd as 1 | 2, target });
  }

  /** Reads one word; `delimiter` mode (after `<<`) keeps `$` literal and reports whether it was quoted. */
  private readWord(delimiter: boolean): { word: Word; quoted: boolean } {
    const parts: WordPart[] = [];
    let quoted = false;
    const text = (t: string, q: boolean): void => {
      const last = parts[parts.length - 1];
      if (last?.kind === 'text' && last.quoted === q) last.text += t;
      else parts.push({ kind: 'text', text: t, quoted: q });
    };
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === '\n' || BLANK.has(c) || OPERATOR_START.has(c)) break;
      if (c === '\\') {
        if (this.peek(1) === '\n') this.advance(2);
        else if (this.peek(1) === undefined) text(this.advance(), false);
        else {
          this.advance();
          text(this.advance(), true);
          quoted = true;
        }
      } else if (c === "'") {
        const line = this.line;
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ParseFailure(line, "unexpected EOF while looking for matching `''");
        text(this.advance(end + 1 - this.pos).slice(1, -1), true);
        quoted = true;
      } else if (c === '"') {
        this.readDoubleQuoted(parts, text, delimiter);
        quoted = true;
      } else if (c === '`') {
        throw new ParseFailure(this.line, 'command substitution (`...`) is not supported in this shell');
      } else if (c === '$' && !delimiter) this.readDollar(parts, false);
      else text(this.advance(), false);
    }
    return { word: parts, quoted };
  }

  private readDoubleQuoted(
    parts: WordPart[],
    text: (t: string, q: boolean) => void,
    delimiter: boolean,
  ): void {
    const line = this.line;
    this.advance();
    text('', true);
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new ParseFailure(line, 'unexpected EOF while looking for matching `"\'');
      if (c === '"') {
        this.advance();
        return;
      }
      if (c === '\\') {
        const n = this.peek(1);
        if (n === '\n') this.advance(2);
        else if (n === '$' || n === '`' || n === '"' || n === '\\') {
          this.advance();
          text(this.advance(), true);
        } else text(this.advance(), true);
      } else if (c === '`') {
        throw new ParseFailure(this.line, 'command substitution (`...`) is not supported in this shell');
      } else if (c === '$' && !delimiter) this.readDollar(parts, true);
      else text(this.advance(), true);
    }
  }

  private readDollar(parts: WordPart[], inQuotes: boolean): void {
    const r = scanDollar(this.src, this.pos, inQuotes, this.line);
    if ('error' in r) throw new ParseFailure(this.line, r.error);
    this.advance(r.next - this.pos);
    parts.push(r.part);
  }
}
