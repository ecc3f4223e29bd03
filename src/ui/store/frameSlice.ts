// The frame mirror: the latest frame's data, with structural sharing so unchanged pods and lanes keep their
// identity. No simulation rules here — only copying and grouping what the worker computed.
import type { StateCreator } from 'zustand';
import type {
  BudgetFrame,
  BulkPods,
  DecisionFrame,
  DeploymentFrame,
  Frame,
  LaneFrame,
  PodFrame,
  Speed,
} from '../../worker/protocol';
import { keep, keepList } from './share';
import type { AppState } from './types';

export interface FrameSlice {
  /** false until the first frame arrives */
  loaded: boolean;
  seq: number;
  now: number;
  head: number;
  playing: boolean;
  speed: Speed;
  deployment: DeploymentFrame | undefined;
  budget: BudgetFrame | undefined;
  lanes: LaneFrame[];
  /** pod tiles grouped by lane (ReplicaSet name) */
  podsByLane: Record<string, PodFrame[]>;
  podCount: number;
  bulk: BulkPods | undefined;
  decisions: DecisionFrame[];
  applyFrame(frame: Frame): void;
  /** a play/speed request not yet reflected by a frame: frames with a lower `ack` keep the requested values */
  pendingAck: number;
  /**
   * Show a play/speed request at once, so controls do not lag a round trip; `ack` is the client's sent count
   * after sending it (frames built before the worker handled it must not undo it).
   */
  requestPlayback(change: { playing?: boolean; speed?: Speed }, ack: number): void;
}

const EMPTY: PodFrame[] = [];

function groupPods(prev: Record<string, PodFrame[]>, pods: readonly PodFrame[]): Record<string, PodFrame[]> {
  const next: Record<string, PodFrame[]> = {};
  for (const p of pods) (next[p.lane] ??= []).push(p);
  const out: Record<string, PodFrame[]> = {};
  let changed = Object.keys(prev).length !== Object.keys(next).length;
  for (const [lane, list] of Object.entries(next)) {
    out[lane] = keepList(prev[lane] ?? EMPTY, list, (p) => p.name);
    if (out[lane] !== prev[lane]) changed = true;
  }
  return changed ? out : prev;
}

export const createFrameSlice: StateCreator<AppState, [], [], FrameSlice> = (set) => ({
  loaded: false,
  seq: 0,
  now: 0,
  head: 0,
  playing: false,
  speed: 1,
  deployment: undefined,
  budget: undefined,
  lanes: [],
  podsByLane: {},
  podCount: 0,
  bulk: undefined,
  decisions: [],
  pendingAck: 0,
  requestPlayback: (change, ack) => set({ ...change, pendingAck: ack }),
  applyFrame: (f) =>
    set((s) => ({
      loaded: true,
      seq: f.seq,
      now: f.now,
      head: f.head,
      ...(f.ack < s.pendingAck ? {} : { playing: f.playing, speed: f.speed, pendingAck: 0 }),
      deployment: keep(s.deployment, f.deployment),
      budget: keep(s.budget, f.budget),
      lanes: keepList(s.lanes, f.lanes, (l) => l.name),
      podsByLane: groupPods(s.podsByLane, f.pods),
      podCount: f.podCount,
      bulk: f.bulk,
      decisions: keepList(s.decisions, f.decisions, (d) => String(d.seq)),
    })),
});
