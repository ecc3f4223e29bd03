// The terminal's brain on the main thread, independent of xterm: it turns keystrokes into shell commands for
// the worker (one foreground job at a time), and the worker's terminal entries, streamed output and finished
// jobs back into text — for the terminal screen and for an accessible plain-text transcript.
import type { SimClient } from '../../worker/client';
import type { ClientEvent, Frame, TerminalEntry } from '../../worker/protocol';
import { needsMoreInput } from '../../worker/shellInput';
import { nextRequestId } from '../app/requestIds';
import { LineEditor, type EditorKey, type EditorOutput } from './lineEditor';

/** Where the controller writes (the xterm instance, or a fake in tests). */
export interface TerminalSink {
  write(text: string): void;
  /** wipe the screen and scrollback */
  clear(): void;
}

/** Texts the controller prints in the UI's language. */
export interface TerminalTexts {
  banner: string;
  editing: (target: string) => string;
  restarted: string;
}

/** How much transcript the accessible log keeps (characters). */
const TRANSCRIPT_LIMIT = 60_000;

/** `\n` → `\r\n` for the terminal (xterm does not translate newlines). */
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
// Muted, not SGR 2 "dim": xterm renders dim at half opacity, which fails WCAG contrast on the dark theme.
const dim = (text: string) => `\x1b[38;2;170;176;188m${text}\x1b[39m`;
/** `$ line` with `> ` before continuation lines. */
const echo = (line: string) =>
  line
    .split('\n')
    .map((l, i) => (i === 0 ? `$ ${l}` : `> ${l}`))
    .join('\n') + '\n';

/** One terminal: line editing, jobs, completion, output. */
export class TerminalController {
  readonly editor = new LineEditor(needsMoreInput);
  /**
   * The foreground command: ours (`id`), or `foreign` — one started elsewhere (a lesson's Run button) that holds
   * the terminal until the worker says it is free.
   */
  private job: { id?: number; typed: boolean; echoed: boolean; foreign?: boolean } | undefined;
  private transcriptText = '';
  private listeners = new Set<() => void>();

  constructor(
    private readonly client: Pick<SimClient, 'send' | 'query'>,
    private readonly sink: TerminalSink,
    private readonly texts: TerminalTexts,
  ) {}

  /** Prints the banner, earlier entries (before the terminal opened) and the first prompt. */
  start(earlier: readonly TerminalEntry[]): void {
    this.print(dim(this.texts.banner) + '\n', this.texts.banner + '\n');
    for (const e of earlier) this.printEntry(e, true);
    this.sink.write(this.editor.newPrompt());
  }

  /** True while a command runs (typing is ignored then, except Ctrl+C). */
  get busy(): boolean {
    return this.job !== undefined;
  }

  /** The plain-text transcript (commands and output) for the accessible log. */
  get transcript(): string {
    return this.transcriptText;
  }

  /** Called when the transcript changes. */
  onTranscript(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Text from the terminal (typing, Enter, paste). */
  input(data: string): void {
    if (this.job) {
      if (data.includes('\x03')) this.key('interrupt');
      return;
    }
    this.apply(this.editor.data(data));
  }

  /** A named key from the terminal view. */
  key(key: EditorKey): void {
    if (this.job) {
      if (key === 'interrupt') {
        this.print('^C\n');
        this.client.send({ type: 'interrupt' });
      }
      return;
    }
    this.apply(this.editor.key(key));
  }

  /** Every client event: frames carry the terminal's news. */
  handle(event: ClientEvent): void {
    if (event.type === 'frame') this.frame(event.frame);
    else if (event.type === 'edit' && event.edit.open && event.edit.error === undefined) {
      this.print(
        dim(this.texts.editing(event.edit.target)) + '\n',
        this.texts.editing(event.edit.target) + '\n',
      );
    } else if (event.type === 'connection' && event.state !== 'restored' && this.job) {
      // the worker is being rebuilt from the request log: the running command is gone
      this.job = undefined;
      this.print(`${this.texts.restarted}\n`);
      this.sink.write(this.editor.newPrompt());
    }
  }

  private frame(f: Frame): void {
    const atPrompt = !this.job;
    const news = f.terminal.length > 0 || (f.terminalStream?.length ?? 0) > 0;
    // Output from elsewhere (a control, the editor) while the user is at the prompt: print it above the input.
    if (atPrompt && news) this.sink.write('\r\x1b[J');
    for (const e of f.terminal) this.printEntry(e, false);
    for (const u of f.terminalStream ?? []) this.printChunks(u.chunks);
    if (this.job?.foreign) {
      if (f.terminalBusy === false) {
        this.job = undefined;
        this.sink.write(this.editor.redrawFresh());
      }
    } else if (this.job) {
      if (f.jobsFinished?.some((j) => j.requestId === this.job?.id)) {
        this.job = undefined;
        this.sink.write(this.editor.newPrompt());
      }
    } else if (f.terminalBusy) {
      // a command started elsewhere holds the foreground: no prompt until it ends (Ctrl+C stops it)
      if (!news) this.sink.write('\r\x1b[J');
      this.job = { typed: false, echoed: true, foreign: true };
      this.changed();
    } else if (news) this.sink.write(this.editor.redrawFresh());
  }

  private printEntry(e: TerminalEntry, replay: boolean): void {
    if (e.result.clear && !replay) {
      this.sink.clear();
      this.transcriptText = '';
      this.changed();
      return;
    }
    const own = this.job !== undefined && e.requestId === this.job.id;
    // A typed command is on screen already; pasted scripts and other sources show each command.
    if (!(own && this.job!.typed && !this.job!.echoed)) this.print(echo(e.line));
    if (own) this.job!.echoed = true;
    this.printChunks(e.result.chunks);
  }

  private printChunks(chunks: readonly { text: string }[]): void {
    const text = chunks.map((c) => c.text).join('');
    if (text !== '') this.print(text);
  }

  /** Writes to the screen and the transcript (`plain`: the transcript's version, without ANSI). */
  private print(text: string, plain = text): void {
    this.sink.write(crlf(text));
    this.transcriptText = (this.transcriptText + plain).slice(-TRANSCRIPT_LIMIT);
    this.changed();
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private apply(out: EditorOutput): void {
    if (out.write) this.sink.write(out.write);
    const action = out.action;
    if (!action) return;
    switch (action.kind) {
      case 'submit':
        if (action.typed) this.transcriptText += echo(action.text);
        this.submit(action.text, action.typed);
        return;
      case 'interrupt':
        this.transcriptText += '^C\n';
        this.changed();
        this.sink.write(this.editor.newPrompt());
        return;
      case 'clearScreen':
        this.sink.clear();
        this.sink.write(this.editor.redrawFresh());
        return;
      case 'complete':
        return void this.completeLine(action.line);
    }
  }

  private submit(text: string, typed: boolean): void {
    const id = nextRequestId();
    this.job = { id, typed, echoed: false };
    this.changed();
    this.client.send({ type: 'shell', text, source: 'terminal', id });
  }

  private async completeLine(line: string): Promise<void> {
    const answer = await this.client.query({ kind: 'complete', line });
    if (!answer || this.job) return;
    const out = this.editor.complete(line, answer.from, answer.candidates);
    if (out.write) this.sink.write(out.write);
    // When the word cannot be extended, list the choices (bash does on a second Tab).
    if (out.list) this.sink.write(this.editor.listing(out.list));
  }
}
