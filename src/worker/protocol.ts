// The typed bridge between the UI (main thread) and the simulation worker: every command the UI may send,
// every message the worker answers with, and the compact frame the stage draws. Plain data only.
import type { LoggedRequest } from '../engine';
import type { CommandResult } from '../shell/result';

/** Playback speeds (simulated ms per wall ms); `max` jumps from event to event as fast as possible. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number] | 'max';

/** Where a kubectl command came from (controls echo theirs into the terminal like typed ones). */
export type CommandSource = 'control' | 'terminal' | 'scenario';

/** What the worker needs to rebuild the exact state of a crashed worker (the command log, not the state). */
export interface RestorePoint {
  log: LoggedRequest[];
  /** the simulated instant the UI was showing */
  now: number;
  speed: Speed;
  /** next terminal entry id, so ids stay unique across restarts */
  nextEntryId: number;
}

/** Start-up parameters of a simulation. */
export interface InitOptions {
  seed: number;
  /** `undefined`: the seed article's starting point (nginx-deployment, 3 × nginx:1.14.2, already running) */
  restore?: RestorePoint;
  /** start playing at once (default true) */
  autoplay?: boolean;
}

/**
 * Every operation the UI can ask for — one union, shared by buttons, keyboard shortcuts, the terminal and
 * tests (an action registry in the Excalidraw sense: the UI maps actions onto these, nothing else).
 */
export type Command =
  | { type: 'init'; options: InitOptions }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'setSpeed'; speed: Speed }
  | { type: 'seek'; at: number }
  | { type: 'kubectl'; argv: string[]; stdin?: string; source: CommandSource; id?: number }
  | { type: 'validate'; id: number; argv: string[] }
  | { type: 'describe'; id: number; kind: 'Pod'; name: string }
  | { type: 'crash' };

export type CommandType = Command['type'];

/** One field error of a rejected request (`spec.replicas`, `Invalid value: -1: must be …`). */
export interface FieldCause {
  field: string;
  message: string;
}

/** The outcome of a `--dry-run=server` validation of a control's kubectl command. */
export interface ValidationResult {
  ok: boolean;
  /** the whole error text kubectl would print (empty when ok) */
  message: string;
  causes: FieldCause[];
}

/** One command as the terminal shows it, with kubectl's output. */
export interface TerminalEntry {
  id: number;
  /** simulated ms when it ran */
  at: number;
  /** the command line as typed, e.g. `kubectl scale deployment/nginx-deployment --replicas=5` */
  line: string;
  argv: string[];
  source: CommandSource;
  result: CommandResult;
  /** the `id` of the kubectl command that produced it, if any */
  requestId?: number;
}

/**
 * How a pod looks on the stage (colour + shape + label, never colour alone). `ready` = Ready but not yet
 * available for minReadySeconds; `running` = Running but not Ready.
 */
export type PodVisualState =
  'pending' | 'creating' | 'running' | 'ready' | 'available' | 'pullError' | 'crashLoop' | 'terminating';

export const POD_VISUAL_STATES: readonly PodVisualState[] = [
  'pending',
  'creating',
  'running',
  'ready',
  'available',
  'pullError',
  'crashLoop',
  'terminating',
];

/** A countdown the stage draws as a ring: remaining = endsAt − frame.now. */
export interface Countdown {
  kind: 'pullBackOff' | 'crashBackOff' | 'grace' | 'minReady';
  /** simulated ms */
  endsAt: number;
  totalMs: number;
}

export interface PodFrame {
  name: string;
  /** owning ReplicaSet name ('' for a bare pod) */
  lane: string;
  state: PodVisualState;
  /** kubectl's STATUS column (`Running`, `ContainerCreating`, `ImagePullBackOff`, `Terminating`, …) */
  status: string;
  /** kubectl's READY column, e.g. `0/1` */
  ready: string;
  restarts: number;
  node?: string;
  countdown?: Countdown;
}

export interface LaneFrame {
  name: string;
  revision: number;
  /** revisions this ReplicaSet held before (rollback renumbering), oldest first */
  formerRevisions: number[];
  images: string[];
  /** kubectl get rs: DESIRED / CURRENT / READY */
  desired: number;
  current: number;
  ready: number;
  available: number;
  terminating: number;
  role: 'new' | 'old';
  /** an old ReplicaSet scaled to zero with no pods left: drawn as a thin line */
  collapsed: boolean;
}

export interface ConditionFrame {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
}

export interface DeploymentFrame {
  namespace: string;
  name: string;
  /** spec.replicas */
  replicas: number;
  /** kubectl get deploy columns, as kubectl computes them */
  readyColumn: string;
  upToDate: number;
  available: number;
  revision: number;
  paused: boolean;
  strategy: 'RollingUpdate' | 'Recreate';
  /** as written (`25%` or 1); undefined for Recreate */
  maxSurge?: string | number;
  maxUnavailable?: string | number;
  minReadySeconds: number;
  progressDeadlineSeconds?: number;
  revisionHistoryLimit?: number;
  containers: { name: string; image: string }[];
  conditions: ConditionFrame[];
}

/** The rolling-update guarantee with live numbers (architecture: the budget bar). */
export interface BudgetFrame {
  strategy: 'RollingUpdate' | 'Recreate';
  replicas: number;
  /** resolved maxSurge / maxUnavailable and how (e.g. `maxSurge = ceil(25% × 3) = 1`) */
  maxSurge: number;
  maxUnavailable: number;
  arithmetic: string[];
  /** at least this many pods must be available */
  minAvailable: number;
  /** at most this many pods counted by ReplicaSet spec */
  maxPods: number;
  /** Σ ReplicaSet status.availableReplicas */
  available: number;
  /** Σ ReplicaSet spec.replicas (what the surge limit counts) */
  specTotal: number;
  /** non-terminating pods that exist */
  current: number;
  /** pods shutting down (not counted by the controller: they overshoot the line) */
  terminating: number;
}

export interface DecisionFrame {
  seq: number;
  at: number;
  actor: string;
  func: string;
  rule: string;
  object: string;
  text: string;
  arithmetic: string[];
  waitingFor?: string;
  category: string;
}

export interface EventFrame {
  /** stable identity of the stored event (namespace/name) */
  key: string;
  /** simulated ms of the last occurrence */
  at: number;
  type: 'Normal' | 'Warning';
  reason: string;
  /** `Pod/nginx-deployment-…` */
  object: string;
  message: string;
  count: number;
  source: string;
}

/** Pods packed for the canvas when there are too many for per-pod tiles. */
export interface BulkPods {
  /** per lane: one byte per pod, the index of its state in POD_VISUAL_STATES */
  lanes: { lane: string; states: Uint8Array }[];
  counts: Record<PodVisualState, number>;
}

/** One batched snapshot for the UI: sent at most once per animation frame, only when something changed. */
export interface Frame {
  seq: number;
  /** simulated ms shown */
  now: number;
  /** furthest simulated instant of this branch */
  head: number;
  playing: boolean;
  speed: Speed;
  deployment?: DeploymentFrame;
  budget?: BudgetFrame;
  /** oldest revision first (the newest at the bottom) */
  lanes: LaneFrame[];
  /** per-pod tiles (empty when `bulk` is set) */
  pods: PodFrame[];
  podCount: number;
  bulk?: BulkPods;
  /** the most recent decisions, oldest first */
  decisions: DecisionFrame[];
  /** events created or repeated since the previous frame (all recent ones when `eventsReset`) */
  events: EventFrame[];
  eventsReset: boolean;
  /** terminal entries produced since the previous frame */
  terminal: TerminalEntry[];
  /** the request log, present only when it changed (the client keeps it for crash recovery) */
  log?: LoggedRequest[];
  nextEntryId: number;
  /** how many commands this worker has handled: a client compares it with what it sent (optimistic UI) */
  ack: number;
}

/** The image picker's offer (from the engine's registry model). */
export interface ImageCatalogue {
  good: string[];
  bad: string[];
  teaching: string[];
}

/** Messages from the worker. */
export type WorkerMessage =
  | { type: 'ready'; catalogue: ImageCatalogue }
  | { type: 'frame'; frame: Frame }
  | { type: 'validation'; id: number; result: ValidationResult }
  | { type: 'describe'; id: number; text: string }
  | { type: 'fault'; message: string };

/** What a client reports to the UI: worker messages plus its own connection changes. */
export type ClientEvent = WorkerMessage | { type: 'connection'; state: ConnectionState; message: string };

/** crashed: the worker failed and is being rebuilt; restored: it is back; failed: it kept crashing. */
export type ConnectionState = 'crashed' | 'restored' | 'failed';
