// Elastic tab stops, exactly as Go's text/tabwriter (and github.com/liggitt/tabwriter, which adds RememberWidths).
// kubectl aligns every table and every describe page with it, so column positions depend on its block rules.
//
// Text is split into cells at '\t' (and '\v'); a line is a list of cells. The last cell of a line is the text after
// its last tab and belongs to no column. A *column block* is a run of consecutive lines that all have a cell in
// that column; its width is the widest cell + padding (at least minwidth). A line with no tab at all flushes
// everything before it, so it always ends every block.
//
//   "Name:\tnginx\n"            cells ["Name:"|, "nginx"]          padding 2 → "Name:" is padded to the block width
//   "Pod Template:\n"           one cell → flush (blocks above are closed)

/** Configuration of a tab writer (Go's Init parameters). */
export interface TabWriterConfig {
  /** minimal cell width including padding */
  minwidth: number;
  /** width of a tab character, used only when padchar is '\t' */
  tabwidth: number;
  /** padding added to a cell before computing its width */
  padding: number;
  /** padding character (kubectl always uses ' ') */
  padchar: string;
  /** liggitt/tabwriter RememberWidths: column widths never shrink across flushes (kubectl get --watch) */
  rememberWidths?: boolean;
  /** Go DiscardEmptyColumns */
  discardEmptyColumns?: boolean;
}

/** `kubectl get` (cli-runtime printers.GetNewTabWriter): minwidth 6, tabwidth 4, padding 3, RememberWidths. */
export const GET_TABWRITER: TabWriterConfig = {
  minwidth: 6,
  tabwidth: 4,
  padding: 3,
  padchar: ' ',
  rememberWidths: true,
};
/** `kubectl describe` (describe.tabbedString) and `rollout history`: minwidth 0, tabwidth 8, padding 2, no flags. */
export const DESCRIBE_TABWRITER: TabWriterConfig = { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' };

interface Cell {
  text: string;
  /** width in runes (Go counts utf8.RuneCount, i.e. code points) */
  width: number;
  /** true if the cell was terminated by '\t' */
  htab: boolean;
}

const runeCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** A stateful tab writer: write() text, flush() to format the buffered lines, output() to take the result. */
export class TabWriter {
  private readonly cfg: TabWriterConfig;
  private out = '';
  private lines: Cell[][] = [[]];
  private cell = '';
  private widths: number[] = [];
  private maxwidths: number[] = [];

  constructor(cfg: TabWriterConfig) {
    this.cfg = cfg;
  }

  /** Writes text; cells end at '\t' '\v', lines at '\n' '\f'. A one-cell line or '\f' triggers a flush. */
  write(text: string): void {
    for (const ch of text) {
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') {
        this.cell += ch;
        continue;
      }
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || ncells === 1) this.flush();
      }
    }
  }

  /** Formats and emits everything buffered so far (Go's Flush). */
  flush(): void {
    if (this.cell.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cell = '';
    this.widths = [];
  }

  /** Returns the text emitted so far and clears it. */
  output(): string {
    const s = this.out;
    this.out = '';
    return s;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1] as Cell[];
    line.push({ text: this.cell, width: runeCount(this.cell), htab });
    this.cell = '';
    return line.length;
  }

  private writePadding(textw: number, cellw: number): void {
    const { padchar, tabwidth } = this.cfg;
    if (padchar === '\t') {
      if (tabwidth === 0) return;
      const w = Math.ceil(cellw / tabwidth) * tabwidth;
      this.out += '\t'.repeat(Math.ceil((w - textw) / tabwidth));
      return;
    }
    this.out += padchar.repeat(Math.max(0, cellw - textw));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] as Cell[];
      line.forEach((c, j) => {
        this.out += c.text;
        const w = this.widths[j];
        if (w !== undefined) this.writePadding(c.width, w);
      });
      // the last buffered line has no newline yet: only the pending cell text follows it
      this.out += i + 1 === this.lines.length ? this.cell : '\n';
    }
  }

  /** Go's format(): finds column blocks left to right, recursing into the columns to their right. */
  private format(line0In: number, line1: number): void {
    let line0 = line0In;
    const column = this.widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= (this.lines[cur] as Cell[]).length - 1) continue;
      this.writeLines(line0, cur);
      line0 = cur;
      let width = this.cfg.minwidth;
      let discardable = true;
      for (; cur < line1; cur++) {
        const line = this.lines[cur] as Cell[];
        if (column >= line.length - 1) break;
        const c = line[column] as Cell;
        width = Math.max(width, c.width + this.cfg.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.cfg.discardEmptyColumns) width = 0;
      if (this.cfg.rememberWidths) width = this.remember(width);
      this.widths.push(width);
      this.format(line0, cur);
      this.widths.pop();
      line0 = cur;
    }
    this.writeLines(line0, line1);
  }

  /** liggitt/tabwriter RememberWidths: the width of column k is the largest ever seen for column k. */
  private remember(width: number): number {
    const k = this.widths.length;
    while (this.maxwidths.length < k) this.maxwidths.push(this.widths[this.maxwidths.length] as number);
    const prev = this.maxwidths[k];
    if (prev === undefined) {
      this.maxwidths.push(width);
      return width;
    }
    if (prev > width) return prev;
    this.maxwidths[k] = width;
    return width;
  }
}

/** Formats a complete text through a fresh tab writer (write everything, flush once). */
export function tabbedString(text: string, cfg: TabWriterConfig): string {
  const w = new TabWriter(cfg);
  w.write(text);
  w.flush();
  return w.output();
}
