// The terminal's line editor (readline in miniature): the `$ ` / `> ` prompt, a buffer with a cursor, history,
// continuation lines for heredocs and open quotes, and paste. Pure: it returns the bytes to write to the
// terminal and what the line asks for (run, complete, interrupt), so it can be tested without a terminal.

/** What a keystroke or paste asks the terminal to do besides redrawing. */
export type EditorAction =
  /** run `text`; `typed`: the user typed it (already echoed), else it was pasted (the output echoes each step) */
  | { kind: 'submit'; text: string; typed: boolean }
  /** tab completion of `line` (every line so far and the current one up to the cursor) */
  | { kind: 'complete'; line: string }
  | { kind: 'interrupt' }
  | { kind: 'clearScreen' };

/** Bytes to write and an optional action. */
export interface EditorOutput {
  write: string;
  action?: EditorAction;
}

/** Named keys the terminal view maps from keyboard events. */
export type EditorKey =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'backspace'
  | 'delete'
  | 'tab'
  | 'enter'
  | 'interrupt'
  | 'clearScreen'
  | 'killLine'
  | 'killToEnd'
  | 'deleteWord';

export const PROMPT = '$ ';
export const CONTINUATION = '> ';
const MAX_HISTORY = 200;

const isPrintable = (ch: string) => ch >= ' ' && ch !== '\x7f';

/** One input line with history; `needsMore(text)` decides when Enter runs the text or asks for more. */
export class LineEditor {
  private buffer = '';
  private cursor = 0;
  /** earlier lines of a command that needs more input */
  private lines: string[] = [];
  private history: string[] = [];
  /** position while browsing history (history.length = the draft) */
  private browsing = 0;
  private draft = '';
  private cols = 80;

  constructor(private readonly needsMore: (text: string) => boolean) {}

  /** The terminal's width in columns (for redrawing wrapped input). */
  setColumns(cols: number): void {
    this.cols = Math.max(10, cols);
  }

  /** The current prompt: `$ `, or `> ` while a command needs more lines. */
  get prompt(): string {
    return this.lines.length > 0 ? CONTINUATION : PROMPT;
  }

  /** What has been typed on the current line. */
  get text(): string {
    return this.buffer;
  }

  /** Commands run so far (oldest first). */
  get past(): readonly string[] {
    return this.history;
  }

  /** A fresh prompt (after a command finished or Ctrl+C). */
  newPrompt(): string {
    this.buffer = '';
    this.cursor = 0;
    this.lines = [];
    this.browsing = this.history.length;
    return this.prompt;
  }

  /** The prompt and the current input, drawn from the start of a fresh line (after output was printed). */
  redrawFresh(): string {
    return this.prompt + this.buffer + this.moveFromEnd();
  }

  /** Text from the terminal: typed characters, Enter (`\r`), or a paste (several characters / lines). */
  data(data: string): EditorOutput {
    if (data.length > 1 && /[\r\n]/.test(data.replace(/[\r\n]+$/, ''))) return this.paste(data);
    let write = '';
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      // ANSI cursor keys arrive as ESC [ <params> <final>
      // eslint-disable-next-line no-control-regex
      const seq = data.startsWith('\x1b[', i) ? /^\x1b\[([0-9;]*)([A-Za-z~])/.exec(data.slice(i)) : null;
      if (seq) {
        i += seq[0].length - 1;
        const key = ESCAPES[seq[1] + seq[2]!];
        if (key) {
          const out = this.key(key);
          write += out.write;
          if (out.action) return { write, action: out.action };
        }
        continue;
      }
      const key = CONTROLS[ch];
      if (key) {
        const out = this.key(key);
        write += out.write;
        if (out.action) return { write, action: out.action };
      } else if (isPrintable(ch)) write += this.insert(ch);
    }
    return { write };
  }

  /** A named key. */
  key(key: EditorKey): EditorOutput {
    switch (key) {
      case 'enter':
        return this.enter();
      case 'tab':
        return { write: '', action: { kind: 'complete', line: this.textBeforeCursor() } };
      case 'interrupt': {
        const write = this.moveFromCursorToEnd() + '^C\r\n';
        this.lines = [];
        this.buffer = '';
        this.cursor = 0;
        return { write, action: { kind: 'interrupt' } };
      }
      case 'clearScreen':
        return { write: '', action: { kind: 'clearScreen' } };
      case 'up':
        return this.browse(-1);
      case 'down':
        return this.browse(1);
      case 'left':
        return this.moveTo(this.cursor - 1);
      case 'right':
        return this.moveTo(this.cursor + 1);
      case 'home':
        return this.moveTo(0);
      case 'end':
        return this.moveTo(this.buffer.length);
      case 'backspace':
        if (this.cursor === 0) return { write: '' };
        return this.replace(
          this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor),
          this.cursor - 1,
        );
      case 'delete':
        if (this.cursor >= this.buffer.length) return { write: '' };
        return this.replace(
          this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1),
          this.cursor,
        );
      case 'killLine':
        return this.replace(this.buffer.slice(this.cursor), 0);
      case 'killToEnd':
        return this.replace(this.buffer.slice(0, this.cursor), this.cursor);
      case 'deleteWord': {
        const before = this.buffer.slice(0, this.cursor).replace(/\S+\s*$/, '');
        return this.replace(before + this.buffer.slice(this.cursor), before.length);
      }
    }
  }

  /**
   * Put a completion in: `from` indexes the text `complete` was asked about; a sole candidate that ends a word
   * gets a trailing space. Returns nothing to write when the input changed meanwhile.
   */
  complete(line: string, from: number, candidates: readonly string[]): EditorOutput & { list?: string[] } {
    if (line !== this.textBeforeCursor() || candidates.length === 0) return { write: '' };
    const lineStart = line.length - this.cursor;
    const start = from - lineStart;
    if (start < 0) return { write: '' };
    const typed = this.buffer.slice(start, this.cursor);
    const common = commonPrefix(candidates);
    const sole = candidates.length === 1;
    const insert = sole && !/[=/:]$/.test(common) ? `${common} ` : common;
    if (insert.length > typed.length || (sole && insert !== typed)) {
      const next = this.buffer.slice(0, start) + insert + this.buffer.slice(this.cursor);
      return this.replace(next, start + insert.length);
    }
    return sole ? { write: '' } : { write: '', list: [...candidates] };
  }

  /** Candidates in columns (bash's listing after a second Tab), then the prompt and input again. */
  listing(candidates: readonly string[]): string {
    const width = Math.max(...candidates.map((c) => c.length)) + 2;
    const perRow = Math.max(1, Math.floor(this.cols / width));
    const rows: string[] = [];
    for (let i = 0; i < candidates.length; i += perRow) {
      rows.push(
        candidates
          .slice(i, i + perRow)
          .map((c) => c.padEnd(width))
          .join('')
          .trimEnd(),
      );
    }
    return this.moveFromCursorToEnd() + '\r\n' + rows.join('\r\n') + '\r\n' + this.redrawFresh();
  }

  private textBeforeCursor(): string {
    return [...this.lines, this.buffer.slice(0, this.cursor)].join('\n');
  }

  private enter(): EditorOutput {
    const text = [...this.lines, this.buffer].join('\n');
    const write = this.moveFromCursorToEnd() + '\r\n';
    if (this.needsMore(text)) {
      this.lines.push(this.buffer);
      this.buffer = '';
      this.cursor = 0;
      return { write: write + CONTINUATION };
    }
    this.remember(text);
    this.lines = [];
    this.buffer = '';
    this.cursor = 0;
    if (text.trim() === '') return { write: write + PROMPT };
    return { write, action: { kind: 'submit', text, typed: true } };
  }

  /** Pasted lines: complete commands run as a script; an unfinished last part stays in the input. */
  private paste(data: string): EditorOutput {
    const pasted = data.replace(/\r\n?/g, '\n');
    const all = [
      ...this.lines,
      this.buffer.slice(0, this.cursor) + pasted + this.buffer.slice(this.cursor),
    ].join('\n');
    const cut = all.lastIndexOf('\n');
    const complete = all.slice(0, cut);
    const rest = all.slice(cut + 1);
    const erase = this.eraseInput();
    if (this.needsMore(complete) || complete.trim() === '') {
      // an unfinished heredoc or quote: keep collecting lines
      this.lines = all.split('\n').slice(0, -1);
      this.buffer = rest;
      this.cursor = rest.length;
      const shown = this.lines.map((l, i) => (i === 0 ? PROMPT : CONTINUATION) + l).join('\r\n');
      return { write: erase + shown + '\r\n' + this.redrawFresh() };
    }
    this.remember(complete);
    this.lines = [];
    this.buffer = rest;
    this.cursor = rest.length;
    return { write: erase, action: { kind: 'submit', text: complete, typed: false } };
  }

  private remember(text: string): void {
    if (text.trim() !== '' && !text.includes('\n') && this.history.at(-1) !== text) {
      this.history.push(text);
      if (this.history.length > MAX_HISTORY) this.history.shift();
    }
    this.browsing = this.history.length;
  }

  private browse(step: -1 | 1): EditorOutput {
    const next = this.browsing + step;
    if (next < 0 || next > this.history.length) return { write: '' };
    if (this.browsing === this.history.length) this.draft = this.buffer;
    this.browsing = next;
    const text = next === this.history.length ? this.draft : this.history[next]!;
    return this.replace(text, text.length);
  }

  private insert(ch: string): string {
    return this.replace(
      this.buffer.slice(0, this.cursor) + ch + this.buffer.slice(this.cursor),
      this.cursor + 1,
    ).write;
  }

  private moveTo(pos: number): EditorOutput {
    return this.replace(this.buffer, Math.min(Math.max(pos, 0), this.buffer.length));
  }

  /** Change the buffer and cursor and redraw the input (wrapped over several rows if long). */
  private replace(buffer: string, cursor: number): EditorOutput {
    const erase = this.eraseInput();
    this.buffer = buffer;
    this.cursor = cursor;
    return { write: erase + this.redrawFresh() };
  }

  /** Row of a position in the input (prompt included), given the terminal's width. */
  private rowOf(pos: number): number {
    return Math.floor((this.prompt.length + pos) / this.cols);
  }

  /** From the cursor to the start of the input's first row, then clear to the end of the screen. */
  private eraseInput(): string {
    const up = this.rowOf(this.cursor);
    return (up > 0 ? `\x1b[${up}A` : '') + '\r\x1b[J';
  }

  /** After drawing prompt + buffer the cursor is at the end: move it back to `cursor`. */
  private moveFromEnd(): string {
    const end = this.prompt.length + this.buffer.length;
    // At an exact multiple of the width the terminal waits to wrap: force the wrap so rows count right.
    let out = end > 0 && end % this.cols === 0 ? ' \r' : '';
    const endRow = this.rowOf(this.buffer.length);
    const row = this.rowOf(this.cursor);
    const col = (this.prompt.length + this.cursor) % this.cols;
    if (row === endRow && this.cursor === this.buffer.length) return out;
    if (endRow > row) out += `\x1b[${endRow - row}A`;
    out += '\r' + (col > 0 ? `\x1b[${col}C` : '');
    return out;
  }

  /** Move the cursor to the end of the input (before Enter prints a newline). */
  private moveFromCursorToEnd(): string {
    const down = this.rowOf(this.buffer.length) - this.rowOf(this.cursor);
    const col = (this.prompt.length + this.buffer.length) % this.cols;
    if (down === 0 && this.cursor === this.buffer.length) return '';
    return (down > 0 ? `\x1b[${down}B` : '') + '\r' + (col > 0 ? `\x1b[${col}C` : '');
  }
}

/** Control characters xterm sends for keys the view does not intercept. */
const CONTROLS: Record<string, EditorKey> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x03': 'interrupt',
  '\x0c': 'clearScreen',
  '\x01': 'home',
  '\x05': 'end',
  '\x15': 'killLine',
  '\x0b': 'killToEnd',
  '\x17': 'deleteWord',
};

/** ANSI cursor keys (`ESC [ A` …). */
const ESCAPES: Record<string, EditorKey> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '3~': 'delete',
};

/** The longest prefix all strings share. */
export function commonPrefix(xs: readonly string[]): string {
  if (xs.length === 0) return '';
  let p = xs[0]!;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}
