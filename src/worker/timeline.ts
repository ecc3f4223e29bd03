// The timeline's worker side: coalesced seeks, steps, the branch prompt (acting while the playhead is in the
// past asks before the future is discarded), undo of the discarded branch, run export / import, and the
// timeline part of every frame. The host hands it commands first and calls back after each one.
import type { LoggedRequest, Simulation, TimingMode } from '../engine';
import { parseTiming, timingToString } from '../engine';
import type { OutputChunk } from '../shell/result';
import type { Command, Frame, TerminalEntry, TimelineFrame, WorkerMessage } from './protocol';
import { commandLine } from './shellQuote';
import { commandActs, mayBranch } from './timelineCommands';
import { kubeletNoteAt } from './timelineExplain';
import { TimelineIndex, captureCursor, type ObservationCursor } from './timelineIndex';
import { ReplayRefused, replayRun } from './timelineReplay';
import { parseRunFile, runFileName, runFileText, runLine, transcriptText } from './timelineRunFile';
import { nextAfter, stepTarget } from './timelineSteps';
import { transcriptUpTo } from './timelineTranscript';

/** What the timeline needs from the host. */
export interface TimelineHost {
  /** the current simulation */
  sim(): Simulation | undefined;
  /** put a rebuilt simulation in place (undo branch, import); the host re-attaches what hangs on it */
  replaceSimulation(sim: Simulation): void;
  /** run a command past the timeline (a held command, after the user agreed to branch) */
  execute(cmd: Command): void;
  /** the terminal must know the playhead moved (a watch started later never happened) */
  afterSeek(): void;
  pause(): void;
  /** something changed: send a frame at the next tick */
  changed(): void;
  post(msg: WorkerMessage): void;
  /** a fresh terminal entry id */
  takeEntryId(): number;
}

/** More output of a running terminal entry (the terminal's stream updates have this shape). */
export interface EntryOutput {
  entry: number;
  chunks: OutputChunk[];
  done: boolean;
  exitCode: number;
}

/** How far a forward step looks beyond the end of the run for the next decision or pod change. */
export const STEP_SEARCH_LIMIT_MS = 10 * 60_000;

/** The state just before a command in the past, kept in case it starts a new branch. */
interface Candidate {
  at: number;
  head: number;
  log: LoggedRequest[];
  transcript: TerminalEntry[];
  cursor: ObservationCursor;
}

/** A discarded branch, restorable once. */
interface Discarded {
  at: number;
  head: number;
  log: LoggedRequest[];
  transcript: TerminalEntry[];
  seed: number;
  timing: TimingMode;
}

const copyEntry = (e: TerminalEntry): TerminalEntry => ({
  ...e,
  argv: [...e.argv],
  result: { ...e.result, chunks: [...e.result.chunks] },
});

/** The line a branch prompt shows for a held command. */
function lineOf(cmd: Command): string {
  if (cmd.type === 'kubectl') return commandLine(cmd.argv);
  if (cmd.type === 'shell') return cmd.text.trim();
  return 'kubectl edit';
}

export class TimelineController {
  private index = new TimelineIndex();
  private transcript: TerminalEntry[] = [];
  private pendingSeek: number | undefined;
  private prompt: { at: number; head: number; cmds: Command[] } | undefined;
  private consent = new Set<Command>();
  private candidate: Candidate | undefined;
  private discarded: Discarded | undefined;
  private transcriptReset = false;
  private dirty = false;
  /** the simulation whose truncation is switched off for the command being run */
  private suppressed: Simulation | undefined;
  /** entries for held commands the user chose not to run (they end their terminal job: exit 130) */
  private cancelled: TerminalEntry[] = [];

  constructor(private readonly host: TimelineHost) {}

  /** A new simulation was started (init, restore): forget the old run. */
  reset(): void {
    this.index.reset();
    this.transcript = [];
    this.pendingSeek = undefined;
    this.prompt = undefined;
    this.consent.clear();
    this.candidate = undefined;
    this.discarded = undefined;
    this.dirty = true;
  }

  /**
   * intercept: commands the timeline handles itself (seek, step, branch, undo, export, import) return true.
   * Any other command first applies a pending seek; an acting command in the past is held behind a branch
   * prompt (true); otherwise the state is noted in case the command branches anyway (false: run it).
   */
  intercept(cmd: Command): boolean {
    if (cmd.type === 'seek') {
      this.pendingSeek = cmd.at;
      this.host.changed();
      return true;
    }
    this.flushSeek();
    switch (cmd.type) {
      case 'step':
        this.step(cmd.direction, cmd.unit);
        return true;
      case 'branch':
        this.answer(cmd.choice);
        return true;
      case 'undoBranch':
        this.undo();
        return true;
      case 'exportRun':
        this.export(cmd.id, cmd.format);
        return true;
      case 'importRun':
        this.import(cmd.id, cmd.text);
        return true;
      case 'init':
        return false;
    }
    const sim = this.host.sim();
    if (!sim) return false;
    const consented = this.consent.delete(cmd);
    if (!consented && commandActs(cmd) && (this.prompt || sim.now < sim.head)) {
      this.hold(sim, cmd);
      return true;
    }
    if (mayBranch(cmd) && sim.now < sim.head) {
      this.candidate = this.prepare(sim);
      // a read or a dry run: the engine would discard the future before it (see keepFuture)
      if (!consented && !commandActs(cmd)) this.suppressTruncation(sim);
    }
    return false;
  }

  /** After every command: did it start a new branch (a write in the past)? Keep the old one for undo. */
  afterCommand(): void {
    const c = this.candidate;
    const suppressed = this.suppressed !== undefined;
    this.candidate = undefined;
    this.releaseTruncation();
    const sim = this.host.sim();
    if (!c || !sim) return;
    if (suppressed && sim.requests.length > c.log.length) return this.repair(sim, c);
    const log = sim.requests;
    const rewritten =
      sim.head < c.head ||
      c.log.some((e, i) => log[i] !== e) ||
      (log.length > c.log.length && log[c.log.length]!.at < c.head);
    if (!rewritten) return;
    this.discarded = {
      at: c.at,
      head: c.head,
      log: c.log,
      transcript: c.transcript,
      seed: sim.seed,
      timing: sim.timing,
    };
    this.index.branch(c.at, c.cursor);
    this.transcript = transcriptUpTo(this.transcript, c.at).map(copyEntry);
    this.transcriptReset = true;
    this.dirty = true;
  }

  /**
   * repair: a command taken for a read wrote after all (while the engine's truncation was off), so the log
   * holds a request in the past behind later ones. Rebuild the new branch from a clean log; keep the old one
   * for undo. A safety net: the classification in timelineCommands.ts is meant to make this unreachable.
   */
  private repair(sim: Simulation, c: Candidate): void {
    const log = [...c.log.filter((e) => e.at <= c.at), ...sim.requests.slice(c.log.length)];
    this.discarded = {
      at: c.at,
      head: c.head,
      log: c.log,
      transcript: c.transcript,
      seed: sim.seed,
      timing: sim.timing,
    };
    const index = new TimelineIndex();
    const rebuilt = replayRun({ seed: sim.seed, timing: sim.timing, log, head: sim.now, now: sim.now }, (s) =>
      index.observe(s),
    );
    this.adopt(rebuilt, index, transcriptUpTo(this.transcript, c.at).map(copyEntry));
  }

  /**
   * keepFuture: run `fn` (a `--dry-run=server` validation) without letting the engine discard the future:
   * Simulation.request truncates before any non-read request, even a dry run that changes nothing.
   */
  keepFuture<T>(fn: () => T): T {
    if (this.suppressed) return fn();
    const sim = this.host.sim();
    if (!sim || sim.now >= sim.head) return fn();
    const own = sim as { truncateFuture: () => void };
    own.truncateFuture = () => {};
    try {
      return fn();
    } finally {
      Reflect.deleteProperty(own, 'truncateFuture');
    }
  }

  /**
   * Switch the engine's truncation off for one command: Simulation.request truncates before every non-read
   * request, so a dry run (or a failing write) in the past would discard the future although it changes
   * nothing. The engine should truncate only when a request is logged; until it does, the timeline bridges.
   */
  private suppressTruncation(sim: Simulation): void {
    (sim as { truncateFuture: () => void }).truncateFuture = () => {};
    this.suppressed = sim;
  }

  private releaseTruncation(): void {
    if (this.suppressed) Reflect.deleteProperty(this.suppressed, 'truncateFuture');
    this.suppressed = undefined;
  }

  /** New terminal entries and streamed output (the transcript of this branch, for export and branching). */
  onTerminal(entries: readonly TerminalEntry[], stream: readonly EntryOutput[] = []): void {
    for (const e of entries) {
      if (e.cancelled) continue;
      this.transcript.push(copyEntry(e));
      this.index.addCommand(e);
    }
    for (const u of stream) {
      const e = this.transcript.find((x) => x.id === u.entry);
      if (!e) continue;
      e.result.chunks.push(...u.chunks);
      if (u.done) {
        e.result.exitCode = u.exitCode;
        delete e.running;
      }
    }
  }

  /** Before each frame: apply the latest seek (drags coalesce into one) and read what happened. */
  beforeFrame(): void {
    this.flushSeek();
    const sim = this.host.sim();
    if (sim) this.index.observe(sim);
  }

  /** True when the next frame must go out for the timeline's sake. */
  get hasNews(): boolean {
    return (
      this.dirty ||
      this.transcriptReset ||
      this.index.hasNews ||
      this.pendingSeek !== undefined ||
      this.cancelled.length > 0
    );
  }

  /**
   * decorate: add the timeline's part to a frame the host built — markers, branch state, the kubelet note,
   * and the terminal entries (with their jobs' ends) of held commands that were not run.
   */
  decorate(frame: Frame, sim: Simulation): void {
    frame.timeline = this.frame(sim);
    if (this.cancelled.length === 0) return;
    frame.terminal = [...frame.terminal, ...this.cancelled];
    const ends = this.cancelled.flatMap((e) =>
      e.requestId !== undefined ? [{ requestId: e.requestId, exitCode: 130 }] : [],
    );
    if (ends.length > 0) frame.jobsFinished = [...(frame.jobsFinished ?? []), ...ends];
    this.cancelled = [];
  }

  /** The timeline part of a frame. */
  frame(sim: Simulation): TimelineFrame {
    const news = this.index.takeNews();
    const f: TimelineFrame = {
      seed: sim.seed,
      timing: timingToString(sim.timing),
      markers: news.markers,
      markersReset: news.reset,
    };
    if (this.transcriptReset) f.transcript = this.transcript.map(copyEntry);
    if (this.prompt)
      f.prompt = { at: this.prompt.at, head: this.prompt.head, lines: this.prompt.cmds.map(lineOf) };
    if (this.discarded) f.undo = { at: this.discarded.at, head: this.discarded.head };
    const note = kubeletNoteAt(sim, this.index.kubelet, sim.now);
    if (note) f.kubelet = note;
    this.transcriptReset = false;
    this.dirty = false;
    return f;
  }

  /** The index (tests read step instants and markers). */
  get timelineIndex(): TimelineIndex {
    return this.index;
  }

  private flushSeek(): void {
    const at = this.pendingSeek;
    const sim = this.host.sim();
    this.pendingSeek = undefined;
    if (at === undefined || !sim) return;
    // beyond the end simulates forward (the engine caps at MAX_SIM_TIME_MS)
    this.seek(sim, Math.max(0, at));
  }

  private hold(sim: Simulation, cmd: Command): void {
    if (this.prompt) this.prompt.cmds.push(cmd);
    else this.prompt = { at: sim.now, head: sim.head, cmds: [cmd] };
    this.host.pause();
    this.dirty = true;
    this.host.changed();
  }

  /** The user's answer: discard the future and run the held commands from the prompt's instant, or not. */
  private answer(choice: 'discard' | 'keep'): void {
    const p = this.prompt;
    const sim = this.host.sim();
    this.prompt = undefined;
    this.dirty = true;
    this.host.changed();
    if (!p || !sim) return;
    if (choice === 'keep') {
      for (const cmd of p.cmds) this.cancel(sim, cmd);
      return;
    }
    if (sim.now !== p.at) this.seek(sim, p.at);
    for (const cmd of p.cmds) {
      const current = this.host.sim()!;
      if (current.now < current.head) this.candidate = this.prepare(current);
      this.host.execute(cmd);
      this.afterCommand();
    }
  }

  private cancel(sim: Simulation, cmd: Command): void {
    const entry: TerminalEntry = {
      id: this.host.takeEntryId(),
      at: sim.now,
      line: lineOf(cmd),
      argv: cmd.type === 'kubectl' ? [...cmd.argv] : [],
      source: 'source' in cmd ? cmd.source : 'editor',
      result: { chunks: [], exitCode: 130 },
      cancelled: true,
    };
    if ('id' in cmd && cmd.id !== undefined) entry.requestId = cmd.id;
    this.cancelled.push(entry);
  }

  private seek(sim: Simulation, at: number): void {
    sim.seek(at);
    this.host.afterSeek();
  }

  private prepare(sim: Simulation): Candidate {
    return {
      at: sim.now,
      head: sim.head,
      log: [...sim.requests],
      transcript: this.transcript.map(copyEntry),
      cursor: captureCursor(sim),
    };
  }

  /** Step back / forward by decision, pod change or second; pauses playback. */
  private step(direction: 'back' | 'forward', unit: 'decision' | 'pod' | 'second'): void {
    const sim = this.host.sim();
    if (!sim) return;
    this.host.pause();
    this.host.changed();
    this.index.observe(sim);
    const instants = { decision: this.index.decisionTimes, pod: this.index.podTimes };
    const target = stepTarget(instants, unit, sim.now, direction);
    if (direction === 'back') this.seek(sim, target ?? 0);
    else if (target !== undefined) this.seek(sim, target);
    else if (unit !== 'second') this.searchForward(sim, instants[unit]);
  }

  /** Beyond the last known instant: simulate event by event until the next one of its kind (or give up). */
  private searchForward(sim: Simulation, times: readonly number[]): void {
    const start = sim.now;
    if (sim.now < this.index.frontier) this.seek(sim, this.index.frontier);
    const limit = sim.now + STEP_SEARCH_LIMIT_MS;
    while (sim.now < limit) {
      const next = sim.nextEventAt();
      if (next === undefined) break;
      sim.advanceTo(next > sim.now ? next : sim.now + 1);
      this.index.observe(sim);
      const found = nextAfter(times, start);
      if (found !== undefined) {
        this.seek(sim, found);
        return;
      }
    }
    this.seek(sim, start);
  }

  private undo(): void {
    const d = this.discarded;
    if (!d) return;
    this.discarded = undefined;
    this.prompt = undefined;
    this.host.pause();
    const index = new TimelineIndex();
    const sim = replayRun({ seed: d.seed, timing: d.timing, log: d.log, head: d.head, now: d.at }, (s) =>
      index.observe(s),
    );
    this.adopt(sim, index, d.transcript);
  }

  private adopt(sim: Simulation, index: TimelineIndex, transcript: TerminalEntry[]): void {
    this.index = index;
    this.transcript = transcript;
    for (const e of transcript) index.addCommand(e);
    this.host.replaceSimulation(sim);
    this.transcriptReset = true;
    this.dirty = true;
    this.host.changed();
  }

  private export(id: number, format: 'run' | 'transcript'): void {
    const sim = this.host.sim();
    if (!sim) return;
    const text =
      format === 'run'
        ? runFileText({
            seed: sim.seed,
            timing: timingToString(sim.timing),
            now: sim.now,
            head: sim.head,
            requests: [...sim.requests],
            terminal: this.transcript.filter((e) => !e.cancelled).map(runLine),
          })
        : transcriptText(this.transcript);
    this.host.post({ type: 'exportRun', id, text, filename: runFileName(sim.seed, sim.head, format) });
  }

  private import(id: number, text: string): void {
    const parsed = parseRunFile(text);
    if (!parsed.ok) {
      this.host.post({ type: 'importRun', id, ok: false, error: parsed.error });
      return;
    }
    const run = parsed.run;
    const timing = parseTiming(run.timing) as TimingMode;
    const index = new TimelineIndex();
    let sim: Simulation;
    try {
      sim = replayRun({ seed: run.seed, timing, log: run.requests, head: run.head, now: run.now }, (s) =>
        index.observe(s),
      );
    } catch (err) {
      const error =
        err instanceof ReplayRefused
          ? { code: 'replay' as const, path: `requests[${err.index}]`, detail: err.detail }
          : { code: 'replay' as const, detail: err instanceof Error ? err.message : String(err) };
      this.host.post({ type: 'importRun', id, ok: false, error });
      return;
    }
    this.host.pause();
    this.prompt = undefined;
    this.discarded = undefined;
    const transcript = run.terminal.map((l) => ({ id: this.host.takeEntryId(), ...l }));
    this.adopt(sim, index, transcript);
    this.host.post({ type: 'importRun', id, ok: true });
  }
}
