// The running session as the classroom features see it: follows the client's frames (request log, playhead,
// speed, the run's seed and timing), captures the run for links and storage in the timeline's run-file
// format, and replaces the simulation with a saved or shared run (the worker's importRun) or a fresh scene.
// Subscribe it after bindClient: after an init it drops the old simulation's terminal entries from the store.
import type { LoggedRequest } from '../../engine';
import type { SimClient } from '../../worker/client';
import type {
  ClientEvent,
  Frame,
  RestorePoint,
  RunFileError,
  Speed,
  StepUnit,
  TerminalEntry,
} from '../../worker/protocol';
import type { AppStore } from '../store/createAppStore';
import {
  RUN_FILE_FORMAT,
  RUN_FILE_VERSION,
  RUN_VERSION,
  type Run,
  type RunLesson,
  type RunTerminalLine,
  type Scene,
} from '../share/run';
import type { ClassroomStore } from './classroomStore';

/** What the session needs around it. */
export interface SessionDeps {
  client: SimClient;
  store: AppStore;
  classroom: ClassroomStore;
  /** called after every frame (autosave hooks in here) */
  onChange?: (why: 'log' | 'frame') => void;
}

/** Output kept per terminal line in local storage (links keep none). */
const OUTPUT_CHARS = 2000;
/** Terminal lines kept in a captured run (the oldest drop off). */
const MAX_LINES = 150;
/** Request ids of this module's importRun messages (far from the UI's other counters). */
let nextImportId = 2_000_000_000;

/** A terminal replacement due once the worker has handled an init. */
interface PendingInit {
  ack: number;
  /** entries below this id belong to the old simulation */
  minId: number;
}

/** A run file line from a terminal entry; `withOutput` keeps (trimmed) kubectl output. */
function toLine(e: TerminalEntry, withOutput: boolean): RunTerminalLine {
  let budget = OUTPUT_CHARS;
  const chunks = withOutput
    ? e.result.chunks.slice(0, 16).flatMap((c) => {
        const text = c.text.slice(0, Math.max(budget, 0));
        budget -= text.length;
        return text === '' ? [] : [{ stream: c.stream, text }];
      })
    : [];
  return {
    at: e.at,
    line: e.line,
    argv: [...e.argv],
    source: e.source,
    result: { chunks, exitCode: e.result.exitCode },
  };
}

export class Session {
  private log: LoggedRequest[] = [];
  private now = 0;
  private head = 0;
  private speed: Speed = 1;
  private nextEntryId = 1;
  private seed = 1;
  private timing = 'realistic';
  private pendingInit: PendingInit | undefined;
  private pendingImport: number | undefined;
  private sceneNow: Scene = 'seed';
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: SessionDeps) {
    this.unsubscribe = deps.client.subscribe((e) => this.onEvent(e));
  }

  /** The scene the current run started from. */
  get scene(): Scene {
    return this.sceneNow;
  }

  /** The id the next terminal entry will get: entries from here on are newer than this moment. */
  get entryMark(): number {
    return this.nextEntryId;
  }

  /** The playhead and the end of the branch (simulated ms). */
  get position(): { now: number; head: number } {
    return { now: this.now, head: this.head };
  }

  dispose(): void {
    this.unsubscribe();
  }

  private onEvent(e: ClientEvent): void {
    switch (e.type) {
      case 'frame':
        return this.onFrame(e.frame);
      case 'importRun':
        if (e.id !== this.pendingImport) return;
        this.pendingImport = undefined;
        if (!e.ok) this.importFailed(e.error);
        return;
      case 'fault':
        // The run being imported made the simulation fail: the client rebuilds its worker now; show the
        // default scene once it has.
        if (this.pendingImport !== undefined) {
          this.pendingImport = undefined;
          this.importFailed({ code: 'replay' });
        }
        return;
      default:
        return;
    }
  }

  private importFailed(error: RunFileError | undefined): void {
    const replay = error?.code === 'replay';
    this.deps.classroom.getState().notify('error', replay ? 'notice.replayFailed' : 'notice.linkDamaged');
    this.deps.classroom.setState({ lesson: undefined });
    queueMicrotask(() => this.startScene('seed', { autoplay: true }));
  }

  private onFrame(f: Frame): void {
    const logChanged = f.log !== undefined;
    if (f.log) this.log = f.log;
    this.now = f.now;
    this.head = f.head;
    this.speed = f.speed;
    this.nextEntryId = f.nextEntryId;
    if (f.timeline) {
      this.seed = f.timeline.seed;
      this.timing = f.timeline.timing;
    }
    const busy = f.terminalBusy ?? false;
    if (this.deps.classroom.getState().terminalBusy !== busy)
      this.deps.classroom.setState({ terminalBusy: busy });
    const app = this.deps.store;
    const p = this.pendingInit;
    if (p && f.ack >= p.ack) {
      this.pendingInit = undefined;
      app.setState({
        terminal: app.getState().terminal.filter((t) => t.id >= p.minId),
        selectedPod: undefined,
      });
    }
    this.deps.onChange?.(logChanged ? 'log' : 'frame');
  }

  /** The run as it is now; `forLink` leaves out kubectl's output (links stay short). */
  capture(forLink: boolean, lesson?: RunLesson): Run {
    const terminal = this.deps.store
      .getState()
      .terminal.filter((e) => !e.cancelled)
      .slice(-MAX_LINES);
    const run: Run = {
      v: RUN_VERSION,
      run: {
        format: RUN_FILE_FORMAT,
        version: RUN_FILE_VERSION,
        seed: this.seed,
        timing: this.timing,
        now: this.now,
        head: Math.max(this.head, this.now),
        requests: this.log,
        terminal: terminal.map((e) => toLine(e, !forLink)),
      },
      speed: this.speed,
      scene: this.sceneNow,
    };
    if (lesson) run.lesson = lesson;
    return run;
  }

  /** Replace the simulation with a saved or shared run (the worker validates and replays it, paused). */
  restore(run: Run): void {
    this.sceneNow = run.scene;
    this.log = run.run.requests;
    this.now = run.run.now;
    this.head = run.run.head;
    this.pendingInit = undefined;
    const id = nextImportId++;
    this.pendingImport = id;
    this.deps.client.send({ type: 'importRun', id, text: JSON.stringify(run.run) });
    this.setSpeed(run.speed);
  }

  /** Start a fresh scene: the seed article's running Deployment, or an empty cluster. */
  startScene(scene: Scene, { autoplay }: { autoplay: boolean }): void {
    const minId = this.nextEntryId;
    this.sceneNow = scene;
    this.pendingImport = undefined;
    // Pending before sending: an in-process host answers inside send().
    this.pendingInit = { ack: this.deps.client.sent + 1, minId };
    const timing = this.timing;
    if (scene === 'seed') {
      this.deps.client.send({ type: 'init', options: { seed: this.seed, timing, autoplay } });
    } else {
      const restore: RestorePoint = { log: [], now: 0, speed: this.speed, nextEntryId: minId };
      this.deps.client.send({ type: 'init', options: { seed: this.seed, timing, restore, autoplay } });
    }
  }

  /** Play or pause, shown at once (the frame confirms it). */
  setPlaying(playing: boolean): void {
    this.deps.client.send({ type: playing ? 'play' : 'pause' });
    this.deps.store.getState().requestPlayback({ playing }, this.deps.client.sent);
  }

  setSpeed(speed: Speed): void {
    this.deps.client.send({ type: 'setSpeed', speed });
    this.deps.store.getState().requestPlayback({ speed }, this.deps.client.sent);
  }

  /** Step to the previous/next controller decision (the timeline's own step). */
  step(direction: 'back' | 'forward', unit: StepUnit = 'decision'): void {
    this.deps.client.send({ type: 'step', direction, unit });
    // stepping pauses (the worker does too): show it at once
    this.deps.store.getState().requestPlayback({ playing: false }, this.deps.client.sent);
  }

  /** Move the playhead (beyond the branch's end simulates forward). */
  seek(at: number): void {
    this.deps.client.send({ type: 'seek', at: Math.max(0, Math.round(at)) });
  }

  /** Ctrl+C: stop the terminal's foreground command. */
  interrupt(): void {
    this.deps.client.send({ type: 'interrupt' });
  }

  /** Run a command line exactly as if it had been typed into the terminal. */
  runLine(text: string): void {
    this.deps.client.send({ type: 'shell', text, source: 'terminal' });
  }
}
