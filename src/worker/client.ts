// The UI's only door to the simulation: a client that sends typed commands and reports frames. Two transports
// share one interface — a module worker (the app) and an in-process host (component tests; happy-dom has no
// Worker). Both survive a crash: they rebuild the simulation from the last request log they received.
import type { LoggedRequest } from '../engine';
import type {
  ClientEvent,
  Command,
  Query,
  QueryAnswers,
  RestorePoint,
  Speed,
  ValidationResult,
  WorkerMessage,
} from './protocol';
import { spawnSimulationWorker } from './spawn';

/** What the UI holds: send commands, ask questions, listen to frames and connection changes. */
export interface SimClient {
  send(cmd: Command): void;
  /** `--dry-run=server` the kubectl command a control would run; resolves with the API server's verdict. */
  validate(argv: string[]): Promise<ValidationResult>;
  /** `kubectl describe pod <name>` text. */
  describePod(name: string): Promise<string>;
  /** Ask a read-only question (completion, describe, history, YAML); undefined if the worker crashed meanwhile. */
  query<K extends Query['kind']>(q: Extract<Query, { kind: K }>): Promise<QueryAnswers[K] | undefined>;
  subscribe(listener: (event: ClientEvent) => void): () => void;
  dispose(): void;
  /** Commands sent to the current worker so far; a frame whose `ack` reaches it reflects all of them. */
  readonly sent: number;
}

/** The in-process stand-in for a worker: handles commands and posts messages back. */
export interface HostLike {
  handle(cmd: Command): void;
  dispose(): void;
}

/** Builds a host that posts to `post` (the in-process client calls it again after a crash). */
export type HostFactory = (post: (msg: WorkerMessage) => void) => HostLike;

/** Options of both clients. */
export interface ClientOptions {
  seed?: number;
  /** start playing at once (default true) */
  autoplay?: boolean;
}

/** Give up after this many crashes without a frame in between (the log itself makes it crash). */
const MAX_CONSECUTIVE_CRASHES = 3;

type Pending =
  | { kind: 'validation'; resolve: (r: ValidationResult) => void }
  | { kind: 'describe'; resolve: (t: string) => void }
  | { kind: 'answer'; resolve: (a: QueryAnswers[Query['kind']] | undefined) => void };

/** Shared bookkeeping: listeners, request ids, and the restore point kept from frames. */
abstract class BaseClient implements SimClient {
  private listeners = new Set<(event: ClientEvent) => void>();
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private log: LoggedRequest[] = [];
  private now = 0;
  private speed: Speed = 1;
  private nextEntryId = 1;
  private crashes = 0;
  private restoring = false;
  private disposed = false;
  private sentCount = 0;
  /** the run's seed and timing as the worker reports them (an imported run brings its own) */
  private run: { seed: number; timing: string } | undefined;
  private ready: Extract<WorkerMessage, { type: 'ready' }> | undefined;

  constructor(protected readonly options: ClientOptions) {}

  protected abstract post(cmd: Command): void;
  /** Tear down the broken transport and start a fresh one. */
  protected abstract replaceTransport(): void;
  protected abstract closeTransport(): void;

  get sent(): number {
    return this.sentCount;
  }

  send(cmd: Command): void {
    if (!this.disposed) this.dispatch(cmd);
  }

  private dispatch(cmd: Command): void {
    this.sentCount += 1;
    this.post(cmd);
  }

  validate(argv: string[]): Promise<ValidationResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { kind: 'validation', resolve });
      this.send({ type: 'validate', id, argv });
    });
  }

  describePod(name: string): Promise<string> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { kind: 'describe', resolve });
      this.send({ type: 'describe', id, kind: 'Pod', name });
    });
  }

  query<K extends Query['kind']>(q: Extract<Query, { kind: K }>): Promise<QueryAnswers[K] | undefined> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const settle = resolve as (a: QueryAnswers[Query['kind']] | undefined) => void;
      this.pending.set(id, { kind: 'answer', resolve: settle });
      this.send({ type: 'query', id, query: q });
    });
  }

  subscribe(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    // A late subscriber still learns what the worker offers (the in-process host answers synchronously).
    if (this.ready) listener(this.ready);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.closeTransport();
    this.listeners.clear();
  }

  protected start(): void {
    this.dispatch({
      type: 'init',
      options: { seed: this.options.seed ?? 1, autoplay: this.options.autoplay ?? true },
    });
  }

  private emit(event: ClientEvent): void {
    for (const l of [...this.listeners]) l(event);
  }

  /** Every message from the worker comes through here. */
  protected receive(msg: WorkerMessage): void {
    if (this.disposed) return;
    switch (msg.type) {
      case 'frame': {
        const f = msg.frame;
        if (f.log) this.log = f.log;
        if (f.timeline) this.run = { seed: f.timeline.seed, timing: f.timeline.timing };
        this.now = f.now;
        this.speed = f.speed;
        this.nextEntryId = f.nextEntryId;
        this.crashes = 0;
        if (this.restoring) {
          this.restoring = false;
          this.emit({ type: 'connection', state: 'restored', message: '' });
        }
        break;
      }
      case 'validation':
      case 'describe':
      case 'answer': {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (p?.kind === 'validation' && msg.type === 'validation') p.resolve(msg.result);
        if (p?.kind === 'describe' && msg.type === 'describe') p.resolve(msg.text);
        if (p?.kind === 'answer' && msg.type === 'answer') p.resolve(msg.answer);
        break;
      }
      case 'fault':
        this.emit(msg);
        this.crashed(msg.message);
        return;
      case 'ready':
        this.ready = msg;
        break;
    }
    this.emit(msg);
  }

  /** The worker died or reported a fault: say so, then rebuild it from the request log. */
  protected crashed(message: string): void {
    if (this.disposed) return;
    this.crashes += 1;
    for (const p of this.pending.values()) {
      if (p.kind === 'validation') p.resolve({ ok: true, message: '', causes: [] });
      else if (p.kind === 'answer') p.resolve(undefined);
      else p.resolve('');
    }
    this.pending.clear();
    if (this.crashes > MAX_CONSECUTIVE_CRASHES) {
      this.closeTransport();
      this.emit({ type: 'connection', state: 'failed', message });
      return;
    }
    this.emit({ type: 'connection', state: 'crashed', message });
    this.replaceTransport();
    this.sentCount = 0;
    this.restoring = true;
    const restore: RestorePoint = {
      log: this.log,
      now: this.now,
      speed: this.speed,
      nextEntryId: this.nextEntryId,
    };
    const seed = this.run?.seed ?? this.options.seed ?? 1;
    const timing = this.run ? { timing: this.run.timing } : {};
    this.dispatch({ type: 'init', options: { seed, ...timing, restore, autoplay: false } });
  }
}

/** The app's client: the simulation runs in a module worker. */
class WorkerClient extends BaseClient {
  private worker: Worker | undefined;

  constructor(
    options: ClientOptions,
    private readonly createWorker: () => Worker,
  ) {
    super(options);
    this.open();
    this.start();
  }

  private open(): void {
    const w = this.createWorker();
    w.onmessage = (e: MessageEvent<WorkerMessage>) => this.receive(e.data);
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.crashed(e.message || 'the simulation worker stopped');
    };
    w.onmessageerror = () => this.crashed('a message from the simulation worker could not be read');
    this.worker = w;
  }

  protected post(cmd: Command): void {
    this.worker?.postMessage(cmd);
  }

  protected replaceTransport(): void {
    this.closeTransport();
    this.open();
  }

  protected closeTransport(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}

/** The default worker (a module worker; the offline build swaps in an inlined one — see spawn.ts). */
function defaultWorker(): Worker {
  return spawnSimulationWorker();
}

/** A client whose simulation runs in a module worker. */
export function createWorkerClient(options: ClientOptions & { createWorker?: () => Worker } = {}): SimClient {
  return new WorkerClient(options, options.createWorker ?? defaultWorker);
}

/** The test client: the same host, in-process, messages delivered synchronously. */
class InProcessClient extends BaseClient {
  private host: HostLike | undefined;

  constructor(
    options: ClientOptions,
    private readonly factory: HostFactory,
  ) {
    super(options);
    this.open();
    this.start();
  }

  private open(): void {
    const host = this.factory((msg) => {
      if (this.host === host) this.receive(msg);
    });
    this.host = host;
  }

  protected post(cmd: Command): void {
    this.host?.handle(cmd);
  }

  protected replaceTransport(): void {
    this.closeTransport();
    this.open();
  }

  protected closeTransport(): void {
    this.host?.dispose();
    this.host = undefined;
  }
}

/**
 * A client around an in-process host (component tests). Pass a factory such as
 * `(post) => new SimulationHost(post, manualClock)` so the test decides when time passes.
 */
export function createInProcessClient(factory: HostFactory, options: ClientOptions = {}): SimClient {
  return new InProcessClient(options, factory);
}
