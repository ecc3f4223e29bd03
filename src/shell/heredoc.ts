// Here-document bodies: read after the line that opened them, up to a line equal to the delimiter.
import { scanDollar } from './dollar';
import { ParseFailure } from './parseFailure';
import type { HereDoc, Word, WordPart } from './syntax';

/** Line number bash reports at end of input: the last line that has content. */
function lastLine(src: string, line: number): number {
  return src.endsWith('\n') ? line - 1 : line;
}

/**
 * Unquoted body processing: `\$`, `` \` ``, `\\` and `\`-newline are escapes, `$NAME` expands; quotes
 * are ordinary characters. Command substitution is unsupported.
 */
function expandableBody(body: string, line: number): Word {
  const parts: WordPart[] = [];
  let text = '';
  let i = 0;
  let at = line;
  const flush = (): void => {
    if (text !== '') parts.push({ kind: 'text', text, quoted: true });
    text = '';
  };
  while (i < body.length) {
    const c = body[i] ?? '';
    if (c === '\\' && ['$', '`', '\\', '\n'].includes(body[i + 1] ?? '')) {
      if (body[i + 1] === '\n') at++;
      else text += body[i + 1];
      i += 2;
    } else if (c === '`') {
      throw new ParseFailure(at, 'command substitution (`...`) is not supported in this shell');
    } else if (c === '$') {
      const r = scanDollar(body, i, true, at);
      if ('error' in r) throw new ParseFailure(at, r.error);
      if (r.part.kind === 'text') text += r.part.text;
      else {
        flush();
        parts.push(r.part);
      }
      i = r.next;
    } else {
      if (c === '\n') at++;
      text += c;
      i++;
    }
  }
  flush();
  return parts;
}

/**
 * Reads the bodies of `pending` here-documents (in order) starting at `pos`, the start of the line after
 * the command. Fills each `body`; returns the position after the last delimiter line. An input that ends
 * first is an error naming the opening line, as bash words its warning.
 */
export function readHereDocBodies(src: string, pos: number, line: number, pending: HereDoc[]): number {
  for (const doc of pending) {
    const lines: string[] = [];
    const bodyLine = line;
    for (;;) {
      if (pos >= src.length) {
        throw new ParseFailure(
          lastLine(src, line),
          `here-document at line ${doc.line} delimited by end-of-file (wanted \`${doc.delimiter}')`,
        );
      }
      const nl = src.indexOf('\n', pos);
      const end = nl < 0 ? src.length : nl;
      const raw = src.slice(pos, end);
      pos = nl < 0 ? src.length : nl + 1;
      line++;
      const text = doc.stripTabs ? raw.replace(/^\t+/, '') : raw;
      if (text === doc.delimiter) break;
      lines.push(`${text}\n`);
    }
    const body = lines.join('');
    doc.body = doc.quoted ? [{ kind: 'text', text: body, quoted: true }] : expandableBody(body, bodyLine);
  }
  pending.length = 0;
  return pos;
}
