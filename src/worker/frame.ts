// Builds the compact frame the UI draws: the focused Deployment's summary, one lane per ReplicaSet, pods with
// state / STATUS / countdowns (or packed bytes above the canvas threshold), budget numbers, recent decisions,
// and what happened since the previous frame (events, terminal output, request log changes).
import type { Decision, Deployment, Event, LoggedRequest, Pod, ReplicaSet, Simulation } from '../engine';
import { fromTime } from '../engine';
import { deploymentRow } from '../kubectl/printers';
import { deploymentBudget, laneCounts } from './budget';
import { podFrame } from './podState';
import { POD_VISUAL_STATES } from './protocol';
import type {
  BulkPods,
  ConditionFrame,
  DecisionFrame,
  DeploymentFrame,
  EventFrame,
  Frame,
  LaneFrame,
  PodFrame,
  PodVisualState,
  Speed,
  TerminalEntry,
} from './protocol';
import { findNewReplicaSet, formerRevisions, ownedReplicaSets, revisionOf } from './replicaSets';

/** Above this many pods the stage draws a canvas instead of animated tiles (toolchain.md: measured figures). */
export const CANVAS_THRESHOLD = 150;
/** How many recent decisions a frame carries. */
export const RECENT_DECISIONS = 20;
/** How many recent events a frame carries after a reset (seek, restore). */
export const RECENT_EVENTS = 50;
/** The Deployment the app opens with (the seed article's). */
export const DEFAULT_DEPLOYMENT = 'nginx-deployment';

/** Playback facts the builder does not own. */
export interface FrameContext {
  playing: boolean;
  speed: Speed;
  terminal: TerminalEntry[];
  nextEntryId: number;
  ack: number;
}

function decisionFrame(d: Decision): DecisionFrame {
  const f: DecisionFrame = {
    seq: d.seq,
    at: d.at,
    actor: d.actor,
    func: d.func,
    rule: d.rule,
    object: d.object,
    text: d.text,
    arithmetic: d.arithmetic ?? [],
    category: d.category,
  };
  if (d.waitingFor) f.waitingFor = d.waitingFor;
  return f;
}

function eventFrame(e: Event): EventFrame {
  return {
    key: `${e.metadata.namespace ?? ''}/${e.metadata.name}`,
    at: fromTime(e.lastTimestamp),
    type: e.type,
    reason: e.reason,
    object: `${e.involvedObject.kind}/${e.involvedObject.name}`,
    message: e.message,
    count: e.count,
    source: e.source.component,
  };
}

function conditionFrames(d: Deployment): ConditionFrame[] {
  return (d.status?.conditions ?? []).map((c) => ({
    type: c.type,
    status: c.status,
    reason: c.reason ?? '',
    message: c.message ?? '',
  }));
}

/** The Deployment summary: kubectl's READY / UP-TO-DATE / AVAILABLE cells and the knobs the controls edit. */
export function deploymentFrame(d: Deployment, now: number): DeploymentFrame {
  const cells = deploymentRow(d, now).cells;
  const recreate = d.spec.strategy?.type === 'Recreate';
  const f: DeploymentFrame = {
    namespace: d.metadata.namespace ?? 'default',
    name: d.metadata.name,
    replicas: d.spec.replicas ?? 1,
    readyColumn: String(cells[1]),
    upToDate: Number(cells[2]),
    available: Number(cells[3]),
    revision: revisionOf(d),
    paused: d.spec.paused === true,
    strategy: recreate ? 'Recreate' : 'RollingUpdate',
    minReadySeconds: d.spec.minReadySeconds ?? 0,
    containers: d.spec.template.spec.containers.map((c) => ({ name: c.name, image: c.image ?? '' })),
    conditions: conditionFrames(d),
  };
  if (!recreate) {
    const ru = d.spec.strategy?.rollingUpdate;
    if (ru?.maxSurge !== undefined) f.maxSurge = ru.maxSurge;
    if (ru?.maxUnavailable !== undefined) f.maxUnavailable = ru.maxUnavailable;
  }
  if (d.spec.progressDeadlineSeconds !== undefined)
    f.progressDeadlineSeconds = d.spec.progressDeadlineSeconds;
  if (d.spec.revisionHistoryLimit !== undefined) f.revisionHistoryLimit = d.spec.revisionHistoryLimit;
  return f;
}

/** The Deployment the stage shows: nginx-deployment if it exists, else the oldest one in `default`. */
export function focusedDeployment(sim: Simulation): Deployment | undefined {
  return (
    sim.get<Deployment>('Deployment', 'default', DEFAULT_DEPLOYMENT) ??
    sim.list<Deployment>('Deployment', 'default')[0]
  );
}

function laneFrame(rs: ReplicaSet, isNew: boolean, podCount: number, terminating: number): LaneFrame {
  const desired = rs.spec.replicas ?? 1;
  return {
    name: rs.metadata.name,
    revision: revisionOf(rs),
    formerRevisions: formerRevisions(rs),
    images: rs.spec.template.spec.containers.map((c) => c.image ?? ''),
    desired,
    current: rs.status?.replicas ?? 0,
    ready: rs.status?.readyReplicas ?? 0,
    available: rs.status?.availableReplicas ?? 0,
    terminating,
    role: isNew ? 'new' : 'old',
    collapsed: !isNew && desired === 0 && podCount === 0,
  };
}

function packPods(pods: readonly PodFrame[], lanes: readonly LaneFrame[]): BulkPods {
  const counts = Object.fromEntries(POD_VISUAL_STATES.map((s) => [s, 0])) as Record<PodVisualState, number>;
  const byLane = new Map<string, number[]>(lanes.map((l) => [l.name, []]));
  for (const p of pods) {
    counts[p.state] += 1;
    byLane.get(p.lane)?.push(POD_VISUAL_STATES.indexOf(p.state));
  }
  return { lanes: [...byLane].map(([lane, states]) => ({ lane, states: Uint8Array.from(states) })), counts };
}

/** Builds frames and remembers what the previous one carried (events, log), so each frame has only news. */
export class FrameBuilder {
  private seq = 0;
  private lastNow = -1;
  private eventVersions = new Map<string, string>();
  private lastLogLength = -1;
  private lastLogTail: LoggedRequest | undefined;

  /** Forget what was sent (after a restore): the next frame carries all recent events and the log. */
  reset(): void {
    this.lastNow = -1;
    this.eventVersions.clear();
    this.lastLogLength = -1;
    this.lastLogTail = undefined;
  }

  build(sim: Simulation, ctx: FrameContext): { frame: Frame; transfer: ArrayBuffer[] } {
    const now = sim.now;
    const eventsReset = now < this.lastNow || this.lastNow < 0;
    if (eventsReset) this.eventVersions.clear();
    this.lastNow = now;
    const d = focusedDeployment(sim);
    const frame: Frame = {
      seq: ++this.seq,
      now,
      head: sim.head,
      playing: ctx.playing,
      speed: ctx.speed,
      lanes: [],
      pods: [],
      podCount: 0,
      decisions: sim.decisions.slice(-RECENT_DECISIONS).map(decisionFrame),
      events: this.newEvents(sim, eventsReset),
      eventsReset,
      terminal: ctx.terminal,
      nextEntryId: ctx.nextEntryId,
      ack: ctx.ack,
    };
    const log = sim.requests;
    if (log.length !== this.lastLogLength || log[log.length - 1] !== this.lastLogTail) {
      frame.log = [...log];
      this.lastLogLength = log.length;
      this.lastLogTail = log[log.length - 1];
    }
    if (!d) return { frame, transfer: [] };
    this.fillStage(sim, d, frame);
    const transfer = frame.bulk ? frame.bulk.lanes.map((l) => l.states.buffer as ArrayBuffer) : [];
    return { frame, transfer };
  }

  private fillStage(sim: Simulation, d: Deployment, frame: Frame): void {
    const now = frame.now;
    const rss = ownedReplicaSets(sim, d);
    const newRS = findNewReplicaSet(d, rss);
    const laneOf = new Map(rss.map((rs) => [rs.metadata.uid ?? '', rs]));
    const minReady = d.spec.minReadySeconds ?? 0;
    const pods: PodFrame[] = [];
    const perLane = new Map<string, { pods: number; terminating: number }>();
    for (const pod of sim.list<Pod>('Pod', d.metadata.namespace ?? 'default')) {
      const owner = pod.metadata.ownerReferences?.find((o) => o.controller === true);
      const rs = owner ? laneOf.get(owner.uid) : undefined;
      if (!rs) continue;
      const lane = rs.metadata.name;
      const rt = sim.podRuntime(pod.metadata.namespace ?? 'default', pod.metadata.name);
      pods.push(podFrame(pod, lane, rt, minReady, now));
      const c = perLane.get(lane) ?? { pods: 0, terminating: 0 };
      c.pods += 1;
      if (pod.metadata.deletionTimestamp) c.terminating += 1;
      perLane.set(lane, c);
    }
    const lanes = rss
      .map((rs) => {
        const c = perLane.get(rs.metadata.name) ?? { pods: 0, terminating: 0 };
        return laneFrame(rs, rs === newRS, c.pods, c.terminating);
      })
      .sort((a, b) => a.revision - b.revision || a.name.localeCompare(b.name));
    frame.deployment = deploymentFrame(d, now);
    frame.budget = deploymentBudget(
      d,
      rss.map((rs) => laneCounts(rs, perLane.get(rs.metadata.name)?.terminating ?? 0)),
    );
    frame.lanes = lanes;
    frame.podCount = pods.length;
    if (pods.length > CANVAS_THRESHOLD) frame.bulk = packPods(pods, lanes);
    else frame.pods = pods;
  }

  /** Events created or counted again since the previous frame (by resourceVersion); all recent on reset. */
  private newEvents(sim: Simulation, reset: boolean): EventFrame[] {
    const all = sim.list<Event>('Event');
    const fresh: Event[] = [];
    const seen = new Map<string, string>();
    for (const e of all) {
      const key = `${e.metadata.namespace ?? ''}/${e.metadata.name}`;
      const rv = e.metadata.resourceVersion ?? '';
      seen.set(key, rv);
      if (this.eventVersions.get(key) !== rv) fresh.push(e);
    }
    this.eventVersions = seen;
    const sorted = fresh.sort((a, b) => fromTime(a.lastTimestamp) - fromTime(b.lastTimestamp));
    return (reset ? sorted.slice(-RECENT_EVENTS) : sorted).map(eventFrame);
  }
}
