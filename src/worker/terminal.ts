// The terminal's side in the worker: one shell session (files, variables, `$?`) whose kubectl is the real
// Kubectl. Every command — typed, pasted, or from a control — runs here and is recorded as a terminal entry;
// a long-running one (rollout status, get -w, delete waiting, kubectl edit) holds the foreground and streams
// while the simulation advances, until it ends, times out or Ctrl+C stops it.
import type { Simulation } from '../engine';
import type { CommandOutcome, Watcher } from '../kubectl/index';
import { Kubectl, isWatcher } from '../kubectl/index';
import type { CommandResult, OutputChunk, ScriptStep, ScriptSummary } from '../shell/index';
import { Shell, VirtualFs } from '../shell/index';
import { EditTracker } from './editTracker';
import type { CommandSource, EditState, JobFinished, TerminalEntry, TerminalStreamUpdate } from './protocol';
import { commandLine } from './shellQuote';

/** What the foreground job waits for before its next step. */
type Wait =
  | { kind: 'watch'; entry: number; watcher: Watcher; startedAt: number; until?: number }
  | { kind: 'edit'; entry: number; session: number };

interface Job {
  requestId?: number;
  source: CommandSource;
  /** the shell's remaining steps (undefined for a single kubectl argv) */
  steps?: Generator<ScriptStep, ScriptSummary>;
  wait?: Wait;
}

/** What the host sends in the next frame. */
export interface TerminalNews {
  entries: TerminalEntry[];
  stream: TerminalStreamUpdate[];
  finished: JobFinished[];
}

const BUSY = 'rollout-lab: a command is still running in the terminal; press Ctrl+C to stop it\n';

const stderrChunk = (text: string): OutputChunk => ({ stream: 'stderr', text });

/** The terminal session of one simulation. */
export class TerminalSession {
  readonly kubectl: Kubectl;
  readonly fs = new VirtualFs();
  private shell: Shell;
  private job: Job | undefined;
  private lastArgv: string[] | undefined;
  private readonly edits: EditTracker;
  private news: TerminalNews = { entries: [], stream: [], finished: [] };
  /** the next terminal entry id (kept across worker restarts by the restore point) */
  nextEntryId = 1;

  constructor(
    private readonly sim: Simulation,
    onEdit: (edit: EditState) => void,
  ) {
    this.kubectl = new Kubectl({ sim, readFile: (p) => this.fs.read(p) });
    this.shell = this.newShell();
    this.edits = new EditTracker(onEdit);
  }

  private newShell(): Shell {
    return new Shell(
      {
        kubectl: { run: (argv, stdin, ctx) => this.kubectlStep(argv, stdin, ctx.timeoutMs) },
        // `sleep N` in the app jumps N seconds of simulated time ahead at once (like the headless CLI).
        advance: (ms) => this.sim.advanceTo(this.sim.now + ms),
      },
      { fs: this.fs, name: 'sh' },
    );
  }

  /** True while a command holds the terminal's foreground. */
  get busy(): boolean {
    return this.job !== undefined;
  }

  /** True when the next frame has terminal news. */
  get hasNews(): boolean {
    return this.news.entries.length + this.news.stream.length + this.news.finished.length > 0;
  }

  /** Takes the news for the next frame. */
  drain(): TerminalNews {
    const n = this.news;
    this.news = { entries: [], stream: [], finished: [] };
    return n;
  }

  /** Records a finished command (the seed scenario's line). */
  recordFinished(at: number, argv: string[], source: CommandSource, result: CommandResult): void {
    this.record({ at, line: commandLine(argv), argv, source, result });
  }

  /** Runs a terminal line or pasted script through the shell. */
  runShell(text: string, source: CommandSource, requestId?: number): void {
    if (this.job) return this.refuse(text, [], source, requestId);
    this.job = { source, steps: this.shell.steps(text), ...(requestId !== undefined ? { requestId } : {}) };
    this.continueJob();
  }

  /** Runs one kubectl command (a control's, or the editor's apply with `stdin`). */
  runArgv(argv: string[], source: CommandSource, requestId?: number, stdin?: string): void {
    const line = commandLine(argv);
    if (this.job && source === 'terminal') return this.refuse(line, argv, source, requestId);
    const outcome = this.kubectl.start(argv, stdin, { fs: this.fs });
    const at = this.sim.now;
    if (!isWatcher(outcome)) {
      this.record(
        { at, line, argv, source, result: outcome, ...(stdin !== undefined ? { stdin } : {}) },
        requestId,
      );
      if (requestId !== undefined) this.news.finished.push({ requestId, exitCode: outcome.exitCode });
      return;
    }
    const first = outcome.poll();
    if (outcome.done || this.job) {
      // The foreground is taken (a control cannot start a second one): stop it at once.
      const chunks = outcome.done ? first : [...first, ...outcome.cancel()];
      const exitCode = outcome.done ? outcome.exitCode : 130;
      this.record({ at, line, argv, source, result: { chunks, exitCode } }, requestId);
      if (requestId !== undefined) this.news.finished.push({ requestId, exitCode });
      return;
    }
    const entry = this.record(
      { at, line, argv, source, result: { chunks: first, exitCode: 0 } },
      requestId,
      true,
    );
    this.job = {
      source,
      wait: { kind: 'watch', entry, watcher: outcome, startedAt: at },
      ...(requestId !== undefined ? { requestId } : {}),
    };
  }

  /** `--dry-run=server` of a control's command: kubectl's error text, or '' when the API server accepts it. */
  validate(argv: string[]): { ok: boolean; message: string } {
    const r = this.instant([...argv, '--dry-run=server']);
    const message =
      r.exitCode === 0
        ? ''
        : r.chunks
            .filter((c) => c.stream === 'stderr')
            .map((c) => c.text)
            .join('');
    return { ok: r.exitCode === 0, message };
  }

  /** Runs a read-only kubectl command to its end at once (describe, get -o yaml): never recorded. */
  instant(argv: string[]): CommandResult {
    const outcome: CommandOutcome = this.kubectl.start(argv, undefined, { fs: this.fs });
    if (!isWatcher(outcome)) return outcome;
    const chunks = [...outcome.poll(), ...outcome.cancel()];
    return { chunks, exitCode: outcome.exitCode };
  }

  /** Ctrl+C: stop the foreground command (exit 130) and abandon the rest of its script. */
  interrupt(): void {
    const job = this.job;
    if (!job) return;
    const wait = job.wait;
    if (wait?.kind === 'watch') {
      this.endWait(wait.entry, wait.watcher.cancel(), 130, true);
    } else if (wait?.kind === 'edit') {
      this.edits.close(wait.session);
      this.endWait(wait.entry, [], 130, true);
    }
    this.shell.lastExit = 130;
    job.steps?.return({ exitCode: 130, steps: 0 });
    this.finishJob(130);
  }

  /** After a seek: a foreground command started after the new instant never happened — stop it. */
  afterSeek(): void {
    const wait = this.job?.wait;
    if (wait?.kind === 'watch' && this.sim.now < wait.startedAt) this.interrupt();
  }

  /** After the simulation advanced: new output of the foreground command; its end lets the job go on. */
  poll(): void {
    const wait = this.job?.wait;
    if (wait?.kind !== 'watch') return;
    const w = wait.watcher;
    const chunks = w.poll();
    if (w.done) {
      this.endWait(wait.entry, chunks, w.exitCode);
      this.resume(w.exitCode);
    } else if (wait.until !== undefined && this.sim.now >= wait.until) {
      // `timeout` expired: GNU timeout stops the command and exits 124.
      this.endWait(wait.entry, [...chunks, ...w.cancel()], 124);
      this.resume(124);
    } else if (chunks.length > 0) {
      this.news.stream.push({ entry: wait.entry, chunks, done: false, exitCode: 0 });
    }
  }

  /** The editor saved the object `kubectl edit` opened. */
  editSave(session: number, text: string): void {
    const wait = this.job?.wait;
    if (wait?.kind !== 'edit' || wait.session !== session) return;
    const outcome = this.edits.save(session, text);
    if (!outcome) return;
    if (outcome.done) {
      this.endWait(wait.entry, outcome.result.chunks, outcome.result.exitCode);
      this.resume(outcome.result.exitCode);
    } else {
      this.news.stream.push({ entry: wait.entry, chunks: outcome.result.chunks, done: false, exitCode: 0 });
    }
  }

  /** The editor closed without saving. */
  editCancel(session: number): void {
    const wait = this.job?.wait;
    if (wait?.kind !== 'edit' || wait.session !== session) return;
    const r = this.edits.cancel(session);
    this.endWait(wait.entry, r.chunks, r.exitCode);
    this.resume(r.exitCode);
  }

  /** The shell's kubectl: finished commands return; a watcher or an edit becomes the job's wait. */
  private kubectlStep(
    argv: string[],
    stdin: string | undefined,
    timeoutMs: number | undefined,
  ): CommandResult {
    this.lastArgv = argv;
    const job = this.job;
    if (argv[0] === 'edit' && job) {
      const target = this.kubectl.editTarget(argv, { fs: this.fs });
      if (!target.ok) return target.result;
      job.wait = { kind: 'edit', entry: -1, session: this.edits.open(editTitle(argv), target.session) };
      return { chunks: [], exitCode: 0 };
    }
    const outcome = this.kubectl.start(argv, stdin, { fs: this.fs });
    if (!isWatcher(outcome) || !job) return isWatcher(outcome) ? this.instantOf(outcome) : outcome;
    const first = outcome.poll();
    if (outcome.done) return { chunks: first, exitCode: outcome.exitCode };
    const now = this.sim.now;
    job.wait = {
      kind: 'watch',
      entry: -1,
      watcher: outcome,
      startedAt: now,
      ...(timeoutMs !== undefined ? { until: now + timeoutMs } : {}),
    };
    return { chunks: first, exitCode: 0 };
  }

  private instantOf(w: Watcher): CommandResult {
    const chunks = [...w.poll(), ...w.cancel()];
    return { chunks, exitCode: w.exitCode };
  }

  /** Runs the job's steps until one waits or the script ends. */
  private continueJob(): void {
    const job = this.job;
    if (!job?.steps) return;
    while (!job.wait) {
      const at = this.sim.now;
      this.lastArgv = undefined;
      const next = job.steps.next();
      if (next.done) return this.finishJob(next.value.exitCode);
      const step = next.value;
      // kubectlStep may have set a wait while the step ran (TypeScript cannot see that through next()).
      const wait = waitOf(job);
      const entry = this.record(
        { at, line: step.source, argv: this.lastArgv ?? [], source: job.source, result: step.result },
        job.requestId,
        wait !== undefined,
      );
      if (wait) wait.entry = entry;
    }
  }

  /** The foreground wait ended: its entry's last output and exit code. */
  private endWait(entry: number, chunks: OutputChunk[], exitCode: number, interrupted = false): void {
    this.news.stream.push({ entry, chunks, done: true, exitCode, ...(interrupted ? { interrupted } : {}) });
  }

  /** The waited-for command is over: `$?` is its exit code, and the script goes on. */
  private resume(exitCode: number): void {
    const job = this.job;
    if (!job) return;
    job.wait = undefined;
    if (!job.steps) return this.finishJob(exitCode);
    this.shell.lastExit = exitCode;
    this.continueJob();
  }

  private finishJob(exitCode: number): void {
    const job = this.job;
    this.job = undefined;
    if (job?.requestId !== undefined) this.news.finished.push({ requestId: job.requestId, exitCode });
    // `exit` ends the shell; the terminal then starts a fresh one (files are kept).
    if (this.shell.exited) this.shell = this.newShell();
  }

  private refuse(line: string, argv: string[], source: CommandSource, requestId?: number): void {
    const result = { chunks: [stderrChunk(BUSY)], exitCode: 1 };
    this.record({ at: this.sim.now, line, argv, source, result }, requestId);
    if (requestId !== undefined) this.news.finished.push({ requestId, exitCode: 1 });
  }

  private record(e: Omit<TerminalEntry, 'id'>, requestId?: number, running = false): number {
    const entry: TerminalEntry = { id: this.nextEntryId++, ...e };
    if (requestId !== undefined) entry.requestId = requestId;
    if (running) entry.running = true;
    this.news.entries.push(entry);
    return entry.id;
  }
}

function waitOf(job: Job): Wait | undefined {
  return job.wait;
}

/** `kubectl edit deployment/x` → `deployment/x` (the editor's title). */
function editTitle(argv: readonly string[]): string {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-'))
    .join(' ');
}
