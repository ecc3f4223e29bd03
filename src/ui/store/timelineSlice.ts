// The timeline's mirror: markers of the whole run, the branch prompt and undo, the kubelet explanation at the
// playhead, the run's seed and timing — plus what only the UI knows: the step granularity and the playhead
// position while a drag is in flight (shown at once; the worker's frame follows).
import type { StateCreator } from 'zustand';
import type {
  BranchPrompt,
  BranchUndo,
  KubeletNote,
  StepUnit,
  TimelineFrame,
  TimelineMarker,
} from '../../worker/protocol';
import { keep } from './share';
import type { AppState } from './types';

export interface TimelineSlice {
  /** every marker of the branch, in time order */
  markers: TimelineMarker[];
  branchPrompt: BranchPrompt | undefined;
  branchUndo: BranchUndo | undefined;
  kubeletNote: KubeletNote | undefined;
  run: { seed: number; timing: string } | undefined;
  stepUnit: StepUnit;
  /** the playhead while dragging or until the worker answers the last seek (simulated ms) */
  scrub: number | undefined;
  /** true while the pointer holds the playhead */
  dragging: boolean;
  /** frames with an `ack` below this still show the state before the drag's last seek */
  scrubAck: number;
  applyTimeline(t: TimelineFrame | undefined, ack: number): void;
  setStepUnit(unit: StepUnit): void;
  /** show the playhead at `at` while dragging (undefined: follow the frames again) */
  setScrub(at: number | undefined, dragging: boolean): void;
  /** the drag ended with a seek; the client's sent count after it clears `scrub` when a frame reflects it */
  endScrub(at: number, ack: number): void;
}

const byTime = (a: TimelineMarker, b: TimelineMarker) =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Merge new and changed markers (by id) into the list; a reset replaces it. */
export function mergeMarkers(
  prev: readonly TimelineMarker[],
  news: readonly TimelineMarker[],
  reset: boolean,
): TimelineMarker[] {
  if (reset) return [...news].sort(byTime);
  if (news.length === 0) return prev as TimelineMarker[];
  const byId = new Map(prev.map((m) => [m.id, m]));
  for (const m of news) byId.set(m.id, m);
  return [...byId.values()].sort(byTime);
}

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set) => ({
  markers: [],
  branchPrompt: undefined,
  branchUndo: undefined,
  kubeletNote: undefined,
  run: undefined,
  stepUnit: 'decision',
  scrub: undefined,
  dragging: false,
  scrubAck: 0,
  applyTimeline: (t, ack) =>
    set((s) => {
      const settled = !s.dragging && s.scrubAck > 0 && ack >= s.scrubAck;
      const scrub = settled ? { scrub: undefined, scrubAck: 0 } : {};
      if (!t) return scrub;
      return {
        ...scrub,
        markers: mergeMarkers(s.markers, t.markers, t.markersReset),
        branchPrompt: keep(s.branchPrompt, t.prompt),
        branchUndo: keep(s.branchUndo, t.undo),
        kubeletNote: keep(s.kubeletNote, t.kubelet),
        run: keep(s.run, { seed: t.seed, timing: t.timing }),
      };
    }),
  setStepUnit: (stepUnit) => set({ stepUnit }),
  setScrub: (scrub, dragging) => set({ scrub, dragging, scrubAck: 0 }),
  endScrub: (at, ack) => set({ scrub: at, dragging: false, scrubAck: ack }),
});
