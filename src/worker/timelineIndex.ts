// The timeline's index of the whole run (0 → head), built while the simulation moves forward and kept when the
// playhead goes back: markers for the bar, the instants Step back / Step forward stop at, and the kubelet
// transitions the Why? panel explains. Seeking back never re-reads anything (the engine is deterministic).
import type { Decision, Deployment, Pod, Simulation, WatchEvent } from '../engine';
import type { MarkerKind, TerminalEntry, TimelineMarker } from './protocol';
import { insertSorted, keepUpTo } from './timelineSteps';

/** Decisions of these actors are "controller decisions" (the decision step stops at them). */
export const CONTROLLER_ACTORS: ReadonlySet<string> = new Set([
  'deployment-controller',
  'replicaset-controller',
  'garbage-collector',
]);

/** The kubelet transitions the timeline marks and explains. */
export type KubeletKind = 'pullFailed' | 'backOff' | 'retry' | 'crash';

/** One container of one pod changing into (or out of) trouble. */
export interface KubeletTransition {
  at: number;
  kind: KubeletKind;
  /** `namespace/name` */
  pod: string;
  container: number;
}

/** Where observation stopped: the next observation resumes exactly there. */
export interface ObservationCursor {
  /** simulated instant observed up to (−1: nothing yet) */
  frontier: number;
  /** absolute index into the watch log */
  bookmark: number;
  /** the last decision's sequence number seen */
  lastSeq: number;
  /** pod key → each container's kubelet state (`ErrImagePull`, `CrashLoopBackOff`, `Running`, …) */
  pods: Map<string, string[]>;
  /** Deployment key → condition type → `status/reason` */
  conditions: Map<string, Map<string, string>>;
}

const PULL_FAILURES = new Set(['ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull']);
const BACK_OFFS = new Set(['ImagePullBackOff', 'CrashLoopBackOff']);

/** Each container's kubelet state: its waiting reason, `Running`, or `Terminated`. */
export function containerStates(pod: Pod): string[] {
  return (pod.status?.containerStatuses ?? []).map((c) =>
    c.state?.waiting ? (c.state.waiting.reason ?? 'Waiting') : c.state?.running ? 'Running' : 'Terminated',
  );
}

/**
 * kubeletTransition: what a container's change of state means for the timeline. Into ErrImagePull (or
 * another pull error): the pull failed. Into ImagePullBackOff / CrashLoopBackOff: a back-off window began.
 * Out of a back-off: the window ended and the kubelet tries again (pulls again, or restarts the container).
 */
export function kubeletTransition(prev: string | undefined, next: string): KubeletKind | undefined {
  if (prev === next) return undefined;
  if (PULL_FAILURES.has(next)) return 'pullFailed';
  if (next === 'ImagePullBackOff') return 'backOff';
  if (next === 'CrashLoopBackOff') return 'crash';
  if (prev !== undefined && BACK_OFFS.has(prev)) return 'retry';
  return undefined;
}

/** `Available=True (MinimumReplicasAvailable)` per condition type of a Deployment. */
function conditionsOf(d: Deployment): Map<string, string> {
  return new Map((d.status?.conditions ?? []).map((c) => [c.type, `${c.status}/${c.reason ?? ''}`]));
}

/** A cursor describing the simulation's current instant (used to resume after a branch). */
export function captureCursor(sim: Simulation): ObservationCursor {
  const pods = new Map<string, string[]>();
  for (const p of sim.list<Pod>('Pod'))
    pods.set(`${p.metadata.namespace ?? ''}/${p.metadata.name}`, containerStates(p));
  const conditions = new Map<string, Map<string, string>>();
  for (const d of sim.list<Deployment>('Deployment'))
    conditions.set(`${d.metadata.namespace ?? ''}/${d.metadata.name}`, conditionsOf(d));
  const ds = sim.decisions;
  return {
    frontier: sim.now,
    bookmark: sim.watchEnd,
    lastSeq: ds.length > 0 ? ds[ds.length - 1]!.seq : 0,
    pods,
    conditions,
  };
}

function emptyCursor(): ObservationCursor {
  return { frontier: -1, bookmark: 0, lastSeq: 0, pods: new Map(), conditions: new Map() };
}

/** Markers whose kind merges within one simulated second (a thousand pods failing at once make one marker). */
const MERGING: ReadonlySet<MarkerKind> = new Set(['scale', 'pullFailed', 'backOff', 'retry', 'crash']);

/** The index of one branch of the run. */
export class TimelineIndex {
  private cursor = emptyCursor();
  private markerList: TimelineMarker[] = [];
  private lastOfKind = new Map<MarkerKind, TimelineMarker>();
  private openCondition: { marker: TimelineMarker; texts: Map<string, string> } | undefined;
  private nextId = 1;
  private news = new Map<string, TimelineMarker>();
  private resetPending = true;
  /** sorted instants of controller decisions and of pod changes */
  readonly decisionTimes: number[] = [];
  readonly podTimes: number[] = [];
  /** kubelet transitions in time order */
  readonly kubelet: KubeletTransition[] = [];

  /** All markers, in time order. */
  get markers(): readonly TimelineMarker[] {
    return this.markerList;
  }

  /** The instant observed up to. */
  get frontier(): number {
    return this.cursor.frontier;
  }

  /** Forget everything (a new or imported run): the next observation reads the run from its start. */
  reset(): void {
    this.cursor = emptyCursor();
    this.markerList = [];
    this.lastOfKind.clear();
    this.openCondition = undefined;
    this.news.clear();
    this.resetPending = true;
    this.decisionTimes.length = 0;
    this.podTimes.length = 0;
    this.kubelet.length = 0;
  }

  /** A new branch starts at `at`: drop what came after it and resume observing from `cursor` (taken at `at`). */
  branch(at: number, cursor: ObservationCursor): void {
    this.markerList = this.markerList.filter((m) => m.at <= at);
    this.lastOfKind.clear();
    this.openCondition = undefined;
    keepUpTo(this.decisionTimes, at);
    keepUpTo(this.podTimes, at);
    let k = this.kubelet.length;
    while (k > 0 && this.kubelet[k - 1]!.at > at) k--;
    this.kubelet.length = k;
    this.cursor = cursor;
    this.news.clear();
    this.resetPending = true;
  }

  /** A terminal command becomes a marker (cancelled ones did not happen). */
  addCommand(entry: TerminalEntry): void {
    if (entry.cancelled) return;
    this.addMarker('command', entry.at, entry.line, entry.line);
  }

  /**
   * observe: read what happened since the last observation — new decisions and watch events — when the
   * simulation is at or beyond the frontier. Behind it (after a seek back) everything is already known.
   */
  observe(sim: Simulation): void {
    const c = this.cursor;
    if (sim.now < c.frontier) return;
    const ds = sim.decisions;
    let i = ds.length;
    while (i > 0 && ds[i - 1]!.seq > c.lastSeq) i--;
    for (; i < ds.length; i++) this.onDecision(ds[i]!);
    if (ds.length > 0) c.lastSeq = Math.max(c.lastSeq, ds[ds.length - 1]!.seq);
    const events = sim.watchSince(c.bookmark);
    if (events === undefined) this.resync(sim);
    else for (const e of events) this.onWatch(e);
    c.bookmark = sim.watchEnd;
    c.frontier = sim.now;
  }

  /** Markers new or changed since the last call (all of them after a reset). */
  takeNews(): { markers: TimelineMarker[]; reset: boolean } {
    const reset = this.resetPending;
    // copies: the in-process client hands frames over without cloning, and merged markers change in place
    const markers = (reset ? this.markerList : [...this.news.values()]).map((m) => ({ ...m }));
    this.resetPending = false;
    this.news.clear();
    return { markers, reset };
  }

  /** True when `takeNews` has something. */
  get hasNews(): boolean {
    return this.resetPending || this.news.size > 0;
  }

  private onDecision(d: Decision): void {
    if (!CONTROLLER_ACTORS.has(d.actor)) return;
    insertSorted(this.decisionTimes, d.at);
    if (d.actor === 'deployment-controller' && d.category === 'scale') {
      const rs = d.params?.['rs'];
      this.addMarker('scale', d.at, typeof rs === 'string' ? rs : d.object, d.text);
    }
  }

  private onWatch(e: WatchEvent): void {
    if (e.kind === 'Pod') this.onPod(e);
    else if (e.kind === 'Deployment') this.onDeployment(e);
  }

  private onPod(e: WatchEvent): void {
    insertSorted(this.podTimes, e.at);
    const pods = this.cursor.pods;
    if (e.type === 'DELETED') {
      pods.delete(e.key);
      return;
    }
    const pod = e.object as Pod;
    const next = containerStates(pod);
    const prev = pods.get(e.key);
    pods.set(e.key, next);
    next.forEach((state, i) => {
      const kind = kubeletTransition(prev?.[i], state);
      if (!kind) return;
      this.kubelet.push({ at: e.at, kind, pod: e.key, container: i });
      this.addMarker(kind, e.at, pod.metadata.name, state);
    });
  }

  private onDeployment(e: WatchEvent): void {
    const all = this.cursor.conditions;
    if (e.type === 'DELETED') {
      all.delete(e.key);
      return;
    }
    const d = e.object as Deployment;
    const prev = all.get(e.key) ?? new Map<string, string>();
    const next = conditionsOf(d);
    all.set(e.key, next);
    for (const [type, value] of next) {
      if (prev.get(type) === value) continue;
      const [status, reason] = value.split('/');
      const text = `${type}=${status} (${reason})`;
      if (type === 'Progressing' && reason === 'ProgressDeadlineExceeded')
        this.addMarker('deadline', e.at, d.metadata.name, text);
      else this.addCondition(e.at, d.metadata.name, type, text);
    }
  }

  /**
   * Condition changes of one Deployment at one instant make one marker with each type's final state: a sync
   * often moves Progressing through NewReplicaSetCreated to ReplicaSetUpdated within the same millisecond.
   */
  private addCondition(at: number, subject: string, type: string, text: string): void {
    const open = this.openCondition;
    if (open && open.marker.at === at && open.marker.subject === subject) {
      open.texts.set(type, text);
      open.marker.text = [...open.texts.values()].join(', ');
      this.news.set(open.marker.id, open.marker);
      return;
    }
    const marker = this.addMarker('condition', at, subject, text);
    this.openCondition = { marker, texts: new Map([[type, text]]) };
  }

  /** The watch log was compacted past the bookmark (a huge jump): take the state as it is now. */
  private resync(sim: Simulation): void {
    const fresh = captureCursor(sim);
    this.cursor.pods = fresh.pods;
    this.cursor.conditions = fresh.conditions;
    insertSorted(this.podTimes, sim.now);
  }

  private addMarker(kind: MarkerKind, at: number, subject: string, text: string): TimelineMarker {
    const last = this.lastOfKind.get(kind);
    if (last && MERGING.has(kind) && Math.floor(last.at / 1000) === Math.floor(at / 1000) && at >= last.at) {
      last.count += 1;
      this.news.set(last.id, last);
      return last;
    }
    const m: TimelineMarker = { id: `m${this.nextId++}`, at, kind, count: 1, subject, text };
    let i = this.markerList.length;
    while (i > 0 && this.markerList[i - 1]!.at > at) i--;
    this.markerList.splice(i, 0, m);
    this.lastOfKind.set(kind, m);
    this.news.set(m.id, m);
    return m;
  }
}
