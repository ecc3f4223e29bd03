// The writer every describer prints through: indentation levels of two spaces, into a tab writer.
// Mirrors PrefixWriter / prefixWriter / tabbedString in k8s.io/kubectl/pkg/describe/describe.go.
import { DESCRIBE_TABWRITER, TabWriter } from '../tabwriter';

/** Indentation levels (each adds two spaces). */
export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

/** Where a PrefixWriter sends text: a tab writer (describe) or a plain buffer (rollout history --revision). */
interface Sink {
  write(text: string): void;
  flush(): void;
}

/** PrefixWriter.Write / WriteLine / Flush. Text is already formatted (no printf verbs). */
export class PrefixWriter {
  private readonly sink: Sink;

  constructor(sink: Sink) {
    this.sink = sink;
  }

  /** Writes `text` after `level` × two spaces, e.g. write(LEVEL_1, 'Type\tStatus\n'). */
  write(level: number, text: string): void {
    this.sink.write('  '.repeat(level) + text);
  }

  /** Writes `text` and a newline (Go's fmt.Sprintln of one argument). */
  writeLine(text: string): void {
    this.sink.write(`${text}\n`);
  }

  /** Flushes the tab writer: the blocks written so far are aligned and closed (DescribeEvents does this). */
  flush(): void {
    this.sink.flush();
  }
}

/** tabbedString: runs a describer against a tab writer (minwidth 0, tabwidth 8, padding 2) and returns the text. */
export function tabbedString(fn: (w: PrefixWriter) => void): string {
  const tw = new TabWriter(DESCRIBE_TABWRITER);
  fn(new PrefixWriter(tw));
  tw.flush();
  return tw.output();
}

/** Runs a describer against a plain buffer: TABs stay literal (how `rollout history --revision` prints). */
export function plainString(fn: (w: PrefixWriter) => void): string {
  let out = '';
  fn(new PrefixWriter({ write: (t) => (out += t), flush: () => undefined }));
  return out;
}
