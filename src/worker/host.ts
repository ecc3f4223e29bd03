// The worker's brain, independent of the Worker global so tests can run it in-process: owns the Simulation,
// the play/pause Driver and the FrameBuilder; turns commands into engine calls and ticks into frames.
import { CATALOGUE, Simulation, parseTiming } from '../engine';
import { validationCauses } from './apiErrorText';
import { Driver, type TickKind, type WallClock } from './driver';
import { FrameBuilder } from './frame';
import type { Command, InitOptions, WorkerMessage } from './protocol';
import { answerQuery } from './queries';
import { SEED_FILE, SEED_YAML } from './manifests';
import { replayLog, seedScenario } from './scenario';
import { TerminalSession } from './terminal';
import { TimelineController } from './timeline';

/** Sends a message to the UI (postMessage with its transfer list, or a direct call in-process). */
export type Post = (msg: WorkerMessage, transfer?: ArrayBuffer[]) => void;

/** Runs one simulation for one UI. Every command and tick is guarded: a failure is reported as a `fault`. */
export class SimulationHost {
  private sim: Simulation | undefined;
  private readonly driver: Driver;
  private readonly frames = new FrameBuilder();
  /** the terminal's shell and kubectl (every command runs through it) */
  private session: TerminalSession | undefined;
  private dirty = false;
  private lastSentNow = -1;
  private lastSentPlaying = false;
  private faulted = false;
  private handled = 0;
  /** seeks, steps, branches, run files and the timeline's part of each frame */
  private readonly timeline: TimelineController;

  constructor(
    private readonly post: Post,
    clock?: WallClock,
  ) {
    this.driver = new Driver(
      () => this.requireSim(),
      (kind) => this.guard(() => this.onTick(kind)),
      clock,
    );
    this.timeline = new TimelineController({
      sim: () => this.sim,
      replaceSimulation: (sim) => this.replaceSimulation(sim),
      execute: (cmd) => this.dispatch(cmd, true),
      afterSeek: () => this.session?.afterSeek(),
      pause: () => this.driver.pause(),
      changed: () => this.changed(),
      post: (msg) => this.post(msg),
      takeEntryId: () => this.requireSession().nextEntryId++,
    });
  }

  /** Handle one command from the UI. */
  handle(cmd: Command): void {
    this.handled += 1;
    this.guard(() => {
      this.dispatch(cmd);
      this.timeline.afterCommand();
    });
  }

  /** Stop ticking (the worker is being replaced). */
  dispose(): void {
    this.driver.dispose();
  }

  /** The simulation (tests inspect it). */
  get simulation(): Simulation | undefined {
    return this.sim;
  }

  private requireSession(): TerminalSession {
    if (!this.session) throw new Error('the simulation has not been initialised');
    return this.session;
  }

  private requireSim(): Simulation {
    if (!this.sim) throw new Error('the simulation has not been initialised');
    return this.sim;
  }

  private guard(fn: () => void): void {
    if (this.faulted) return;
    try {
      fn();
    } catch (err) {
      this.faulted = true;
      this.driver.dispose();
      this.post({ type: 'fault', message: err instanceof Error ? err.message : String(err) });
    }
  }

  /** Run one command; the timeline sees it first unless it already did (`direct`: a held command it releases). */
  private dispatch(cmd: Command, direct = false): void {
    if (!direct && this.timeline.intercept(cmd)) return;
    switch (cmd.type) {
      case 'init':
        return this.init(cmd.options);
      case 'play':
        this.driver.play();
        return this.changed();
      case 'pause':
        this.driver.pause();
        return this.changed();
      case 'setSpeed':
        this.driver.setSpeed(cmd.speed);
        return this.changed();
      case 'seek':
        this.requireSim().seek(cmd.at);
        this.requireSession().afterSeek();
        return this.changed();
      case 'kubectl':
        this.requireSession().runArgv(cmd.argv, cmd.source, cmd.id, cmd.stdin);
        return this.changed();
      case 'shell':
        this.requireSession().runShell(cmd.text, cmd.source, cmd.id);
        return this.changed();
      case 'interrupt':
        this.requireSession().interrupt();
        return this.changed();
      case 'editSave':
        this.requireSession().editSave(cmd.session, cmd.text);
        return this.changed();
      case 'editCancel':
        this.requireSession().editCancel(cmd.session);
        return this.changed();
      case 'query': {
        const session = this.requireSession();
        const ctx = {
          sim: this.requireSim(),
          fs: session.fs,
          instant: (argv: string[]) => session.instant(argv),
        };
        this.post({ type: 'answer', id: cmd.id, kind: cmd.query.kind, answer: answerQuery(ctx, cmd.query) });
        return;
      }
      case 'validate': {
        const { ok, message } = this.timeline.keepFuture(() => this.requireSession().validate(cmd.argv));
        this.post({
          type: 'validation',
          id: cmd.id,
          result: { ok, message, causes: validationCauses(message) },
        });
        return;
      }
      case 'describe': {
        const r = this.requireSession().instant(['describe', 'pod', cmd.name]);
        this.post({ type: 'describe', id: cmd.id, text: r.chunks.map((c) => c.text).join('') });
        return;
      }
      case 'crash':
        throw new Error('simulated worker crash (requested)');
    }
  }

  private init(options: InitOptions): void {
    this.driver.dispose();
    const timing = parseTiming(options.timing ?? 'realistic');
    const sim = new Simulation({ seed: options.seed, ...('kind' in timing ? { timing } : {}) });
    this.sim = sim;
    this.timeline.reset();
    this.session = new TerminalSession(sim, (edit) => this.post({ type: 'edit', edit }));
    this.session.fs.write(SEED_FILE, SEED_YAML);
    this.frames.reset();
    this.post({
      type: 'ready',
      catalogue: { good: [...CATALOGUE.good], bad: [...CATALOGUE.bad], teaching: [...CATALOGUE.teaching] },
    });
    if (options.restore) {
      replayLog(sim, options.restore.log, options.restore.now);
      this.session.nextEntryId = options.restore.nextEntryId;
      this.driver.setSpeed(options.restore.speed);
    } else {
      const seeded = seedScenario(sim);
      this.session.recordFinished(0, seeded.argv, 'scenario', seeded.result);
    }
    if (options.autoplay ?? true) this.driver.play();
    this.changed();
  }

  /** A rebuilt simulation (undo branch, imported run) replaces the current one; the terminal starts afresh. */
  private replaceSimulation(sim: Simulation): void {
    const nextEntryId = this.session?.nextEntryId ?? 1;
    this.sim = sim;
    this.session = new TerminalSession(sim, (edit) => this.post({ type: 'edit', edit }));
    this.session.fs.write(SEED_FILE, SEED_YAML);
    this.session.nextEntryId = nextEntryId;
    this.frames.reset();
    this.changed();
  }

  /** Something changed outside the driver: make sure a frame goes out at the next tick. */
  private changed(): void {
    this.dirty = true;
    this.driver.requestFrame();
  }

  /** One frame per tick, and only when the simulation moved or something changed. */
  private onTick(_kind: TickKind): void {
    const sim = this.sim;
    const session = this.session;
    if (!sim || !session) return;
    this.timeline.beforeFrame();
    // Long-running commands see every advance: their new output goes out with this frame.
    session.poll();
    const news =
      this.dirty ||
      sim.now !== this.lastSentNow ||
      this.driver.playing !== this.lastSentPlaying ||
      session.hasNews ||
      this.timeline.hasNews;
    if (!news) return;
    this.dirty = false;
    this.lastSentNow = sim.now;
    this.lastSentPlaying = this.driver.playing;
    const terminal = session.drain();
    const { frame, transfer } = this.frames.build(sim, {
      playing: this.driver.playing,
      speed: this.driver.speed,
      terminal: terminal.entries,
      nextEntryId: session.nextEntryId,
      ack: this.handled,
    });
    if (terminal.stream.length > 0) frame.terminalStream = terminal.stream;
    if (terminal.finished.length > 0) frame.jobsFinished = terminal.finished;
    frame.terminalBusy = session.busy;
    this.timeline.onTerminal(terminal.entries, terminal.stream);
    this.timeline.decorate(frame, sim);
    this.post({ type: 'frame', frame }, transfer);
  }
}
