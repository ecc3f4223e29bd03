// The worker's brain, independent of the Worker global so tests can run it in-process: owns the Simulation,
// the play/pause Driver and the FrameBuilder; turns commands into engine calls and ticks into frames.
import type { Pod } from '../engine';
import { CATALOGUE, Simulation } from '../engine';
import { describePod } from '../kubectl/printers';
import type { Event } from '../engine';
import { validationCauses } from './apiErrorText';
import { runKubectl } from './controlRequests';
import { Driver, type TickKind, type WallClock } from './driver';
import { FrameBuilder } from './frame';
import type { Command, CommandSource, InitOptions, TerminalEntry, WorkerMessage } from './protocol';
import { replayLog, seedScenario } from './scenario';
import { commandLine } from './shellQuote';

/** Sends a message to the UI (postMessage with its transfer list, or a direct call in-process). */
export type Post = (msg: WorkerMessage, transfer?: ArrayBuffer[]) => void;

const stderrOf = (chunks: { stream: string; text: string }[]): string =>
  chunks
    .filter((c) => c.stream === 'stderr')
    .map((c) => c.text)
    .join('');

/** Runs one simulation for one UI. Every command and tick is guarded: a failure is reported as a `fault`. */
export class SimulationHost {
  private sim: Simulation | undefined;
  private readonly driver: Driver;
  private readonly frames = new FrameBuilder();
  private pendingTerminal: TerminalEntry[] = [];
  private nextEntryId = 1;
  private dirty = false;
  private lastSentNow = -1;
  private lastSentPlaying = false;
  private faulted = false;
  private handled = 0;

  constructor(
    private readonly post: Post,
    clock?: WallClock,
  ) {
    this.driver = new Driver(
      () => this.requireSim(),
      (kind) => this.guard(() => this.onTick(kind)),
      clock,
    );
  }

  /** Handle one command from the UI. */
  handle(cmd: Command): void {
    this.handled += 1;
    this.guard(() => this.dispatch(cmd));
  }

  /** Stop ticking (the worker is being replaced). */
  dispose(): void {
    this.driver.dispose();
  }

  /** The simulation (tests inspect it). */
  get simulation(): Simulation | undefined {
    return this.sim;
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

  private dispatch(cmd: Command): void {
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
        return this.changed();
      case 'kubectl':
        return this.kubectl(cmd.argv, cmd.source, cmd.id);
      case 'validate': {
        const res = runKubectl(this.requireSim(), [...cmd.argv, '--dry-run=server']);
        const message = res.exitCode === 0 ? '' : stderrOf(res.chunks);
        this.post({
          type: 'validation',
          id: cmd.id,
          result: { ok: res.exitCode === 0, message, causes: validationCauses(message) },
        });
        return;
      }
      case 'describe':
        return this.describe(cmd.id, cmd.name);
      case 'crash':
        throw new Error('simulated worker crash (requested)');
    }
  }

  private init(options: InitOptions): void {
    this.driver.dispose();
    this.sim = new Simulation({ seed: options.seed });
    this.frames.reset();
    this.post({
      type: 'ready',
      catalogue: { good: [...CATALOGUE.good], bad: [...CATALOGUE.bad], teaching: [...CATALOGUE.teaching] },
    });
    if (options.restore) {
      replayLog(this.sim, options.restore.log, options.restore.now);
      this.nextEntryId = options.restore.nextEntryId;
      this.driver.setSpeed(options.restore.speed);
    } else {
      const seeded = seedScenario(this.sim);
      this.record(0, seeded.argv, 'scenario', seeded.result);
    }
    if (options.autoplay ?? true) this.driver.play();
    this.changed();
  }

  private kubectl(argv: string[], source: CommandSource, id: number | undefined): void {
    const sim = this.requireSim();
    const at = sim.now;
    this.record(at, argv, source, runKubectl(sim, argv), id);
    this.changed();
  }

  private record(
    at: number,
    argv: string[],
    source: CommandSource,
    result: TerminalEntry['result'],
    requestId?: number,
  ): void {
    const entry: TerminalEntry = {
      id: this.nextEntryId++,
      at,
      line: commandLine(argv),
      argv,
      source,
      result,
    };
    if (requestId !== undefined) entry.requestId = requestId;
    this.pendingTerminal.push(entry);
  }

  private describe(id: number, name: string): void {
    const sim = this.requireSim();
    const pod = sim.get<Pod>('Pod', 'default', name);
    const events = sim
      .list<Event>('Event', 'default')
      .filter((e) => e.involvedObject.kind === 'Pod' && e.involvedObject.name === name);
    const text = pod
      ? describePod(pod, { events, now: sim.now })
      : `Error from server (NotFound): pods "${name}" not found\n`;
    this.post({ type: 'describe', id, text });
  }

  /** Something changed outside the driver: make sure a frame goes out at the next tick. */
  private changed(): void {
    this.dirty = true;
    this.driver.requestFrame();
  }

  /** One frame per tick, and only when the simulation moved or something changed. */
  private onTick(_kind: TickKind): void {
    const sim = this.sim;
    if (!sim) return;
    const news =
      this.dirty ||
      sim.now !== this.lastSentNow ||
      this.driver.playing !== this.lastSentPlaying ||
      this.pendingTerminal.length > 0;
    if (!news) return;
    this.dirty = false;
    this.lastSentNow = sim.now;
    this.lastSentPlaying = this.driver.playing;
    const terminal = this.pendingTerminal;
    this.pendingTerminal = [];
    const { frame, transfer } = this.frames.build(sim, {
      playing: this.driver.playing,
      speed: this.driver.speed,
      terminal,
      nextEntryId: this.nextEntryId,
      ack: this.handled,
    });
    this.post({ type: 'frame', frame }, transfer);
  }
}
