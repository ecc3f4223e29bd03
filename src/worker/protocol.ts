// The typed bridge between the UI (main thread) and the simulation worker: every command the UI may send,
// every message the worker answers with, and the compact frame the stage draws. Plain data only.
import type { LoggedRequest } from '../engine';
import type { CommandResult } from '../shell/result';

/** Playback speeds (simulated ms per wall ms); `max` jumps from event to event as fast as possible. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number] | 'max';

/** Where a kubectl command came from (controls echo theirs into the terminal like typed ones). */
export type CommandSource = 'control' | 'terminal' | 'scenario' | 'editor';

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
  /** timing model as `realistic` or `fixed:<seconds>` (default realistic); a crashed imported run keeps its own */
  timing?: string;
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
  /** a terminal line or pasted script, run by the terminal's shell (kubectl, heredocs, sleep, echo, …) */
  | { type: 'shell'; text: string; source: CommandSource; id?: number }
  /** Ctrl+C: stop the terminal's foreground command */
  | { type: 'interrupt' }
  /** a read-only question (completion, describe, history, YAML); answered by an `answer` message */
  | { type: 'query'; id: number; query: Query }
  /** the YAML editor saves / abandons the object `kubectl edit` opened */
  | { type: 'editSave'; session: number; text: string }
  | { type: 'editCancel'; session: number }
  /** timeline: step to the previous/next decision, pod change or second (pauses) */
  | { type: 'step'; direction: 'back' | 'forward'; unit: StepUnit }
  /** timeline: the answer to a branch prompt (discard the future and run the held commands, or keep it) */
  | { type: 'branch'; choice: 'discard' | 'keep' }
  /** timeline: restore the branch discarded last (once) */
  | { type: 'undoBranch' }
  /** timeline: the run as a JSON file, or the terminal transcript as text; answered by `exportRun` */
  | { type: 'exportRun'; id: number; format: 'run' | 'transcript' }
  /** timeline: load a run file (validated strictly); answered by `importRun` */
  | { type: 'importRun'; id: number; text: string }
  | { type: 'crash' };

/** What Step back / Step forward move to: the previous/next controller decision, pod change, or whole second. */
export type StepUnit = 'decision' | 'pod' | 'second';

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
  /** not run: it came while the playhead was in the past and the user chose to keep the future */
  cancelled?: boolean;
  /** standard input the command was given (the YAML editor's text for `kubectl apply -f -`) */
  stdin?: string;
  /** still running (rollout status, get -w, delete waiting, kubectl edit): more output comes in `terminalStream` */
  running?: boolean;
}

/** New output of a running terminal entry (batched per frame); `done` carries its final exit code. */
export interface TerminalStreamUpdate {
  /** the TerminalEntry's `id` */
  entry: number;
  chunks: CommandResult['chunks'];
  done: boolean;
  exitCode: number;
  /** ended by Ctrl+C (or a seek back before it started) */
  interrupted?: boolean;
}

/** A terminal job (one `shell` or `kubectl` command, all its steps) has finished: the prompt may return. */
export interface JobFinished {
  requestId: number;
  exitCode: number;
}

/** Read-only questions the UI asks the worker. */
export type Query =
  /** tab completion of `line` (the text before the cursor) */
  | { kind: 'complete'; line: string }
  /** `kubectl describe <resource> <name>` */
  | { kind: 'describe'; resource: 'pod' | 'replicaset' | 'deployment'; name: string }
  /** the focused Deployment's revisions */
  | { kind: 'history' }
  /** `kubectl get <resource> <name> -o yaml` */
  | { kind: 'yaml'; resource: string; name: string };

/**
 * Tab completion: replace `line.slice(from)` with a candidate (sorted, unique). A sole candidate that ends a
 * word (no trailing `=`, `/` or `:`) is followed by a space, as bash does.
 */
export interface Completion {
  from: number;
  candidates: string[];
}

/** One revision of a Deployment, as `kubectl rollout history` knows it. */
export interface RevisionInfo {
  revision: number;
  replicaSet: string;
  images: string[];
  /** the kubernetes.io/change-cause annotation ('' when none) */
  changeCause: string;
  /** `kubectl rollout history --revision=N`'s pod template text */
  template: string;
  current: boolean;
}

/** A finished text (describe, YAML) with kubectl's exit code. */
export interface TextAnswer {
  text: string;
  exitCode: number;
}

/** What each query kind answers. */
export interface QueryAnswers {
  complete: Completion;
  describe: TextAnswer;
  history: { deployment: string; revisions: RevisionInfo[] };
  yaml: TextAnswer;
}

/** The object `kubectl edit` opened for the YAML editor (open until saved successfully or cancelled). */
export interface EditState {
  session: number;
  /** `deployment/nginx-deployment` */
  target: string;
  /** what the editor shows: the live object, or kubectl's reopened text after a rejected save */
  yaml: string;
  open: boolean;
  /** kubectl's error output of the last rejected save (word for word) */
  error?: string;
  /** when closed: what kubectl printed at the end (`deployment.apps/x edited`, `Edit cancelled, …`) */
  result?: string;
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
  /** new output of running entries since the previous frame */
  terminalStream?: TerminalStreamUpdate[];
  /** terminal jobs that finished since the previous frame */
  jobsFinished?: JobFinished[];
  /** true while the terminal has a foreground command */
  terminalBusy?: boolean;
  /** the request log, present only when it changed (the client keeps it for crash recovery) */
  log?: LoggedRequest[];
  nextEntryId: number;
  /** how many commands this worker has handled: a client compares it with what it sent (optimistic UI) */
  ack: number;
  /** the timeline's markers, branch state and kubelet explanation (src/worker/timeline.ts) */
  timeline?: TimelineFrame;
}

/** What a timeline marker stands for. */
export type MarkerKind =
  'command' | 'scale' | 'condition' | 'deadline' | 'pullFailed' | 'backOff' | 'retry' | 'crash';

/** One marker on the timeline bar; pod markers of one kind within one simulated second are merged (`count`). */
export interface TimelineMarker {
  id: string;
  /** simulated ms (the first occurrence when merged) */
  at: number;
  kind: MarkerKind;
  count: number;
  /** the object it is about (pod, ReplicaSet, Deployment) or, for a command, the command line */
  subject: string;
  /** the command line, the decision's sentence or the condition (`Available=True (MinimumReplicasAvailable)`) */
  text: string;
}

/** A command that arrived while the playhead was in the past: run it here (discarding the future) or not? */
export interface BranchPrompt {
  /** where the new branch would start */
  at: number;
  /** the end of the future that would be discarded */
  head: number;
  /** the command lines waiting for the answer */
  lines: string[];
}

/** The branch discarded last, which can be restored once. */
export interface BranchUndo {
  /** where it split off */
  at: number;
  /** where it ended */
  head: number;
}

/**
 * A kubelet transition explained (the kubelet records events, not decisions): image pull failure, back-off,
 * retry, crash loop — with the back-off numbers from the kubelet's runtime view at the playhead.
 */
export interface KubeletNote {
  kind: 'pullFailed' | 'backOff' | 'retry' | 'crash';
  /** simulated ms of the transition */
  at: number;
  pod: string;
  container: string;
  image: string;
  /** the pull error or the container's exit */
  message: string;
  /** the current back-off window (ms) and the one before it (0 when this is the first) */
  backoffMs: number;
  previousBackoffMs: number;
  /** when the window ends: the next pull or restart (simulated ms) */
  retryAt: number;
  restarts: number;
  /** the upstream kubelet function it mirrors */
  func: string;
}

/** The timeline's part of a frame. */
export interface TimelineFrame {
  seed: number;
  /** `realistic` or `fixed:<seconds>` */
  timing: string;
  /** markers new or changed since the previous frame (all of them when `markersReset`) */
  markers: TimelineMarker[];
  markersReset: boolean;
  /** the whole transcript of this branch, when it was replaced (branch, undo, import): replaces the terminal */
  transcript?: TerminalEntry[];
  prompt?: BranchPrompt;
  undo?: BranchUndo;
  /** the latest kubelet transition at or before the playhead, explained */
  kubelet?: KubeletNote;
}

/** Why a run file was refused (the UI words it; `detail` is the parser's or the API server's own English). */
export interface RunFileError {
  code: 'tooLarge' | 'notJson' | 'notRun' | 'version' | 'field' | 'replay';
  /** where in the file, e.g. `requests[3].at` */
  path?: string;
  /**
   * what belongs there: object, array, string, time, seed, timing, range, order, source, stream, exitCode,
   * verb, kind, patchType, seconds, propagation, notDryRun; `unknown` (a field that must not be there) or
   * `known` (a field that is missing)
   */
  expected?: string;
  detail?: string;
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
  | { type: 'answer'; id: number; kind: Query['kind']; answer: QueryAnswers[Query['kind']] }
  /** `kubectl edit` opened, reopened (rejected save) or closed the YAML editor's object */
  | { type: 'edit'; edit: EditState }
  /** the answer to `exportRun`: the file's text and a suggested file name */
  | { type: 'exportRun'; id: number; text: string; filename: string }
  /** the answer to `importRun`: ok, or why the file was refused */
  | { type: 'importRun'; id: number; ok: boolean; error?: RunFileError }
  | { type: 'fault'; message: string };

/** What a client reports to the UI: worker messages plus its own connection changes. */
export type ClientEvent = WorkerMessage | { type: 'connection'; state: ConnectionState; message: string };

/** crashed: the worker failed and is being rebuilt; restored: it is back; failed: it kept crashing. */
export type ConnectionState = 'crashed' | 'restored' | 'failed';
