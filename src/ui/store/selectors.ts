// Named selectors: components read the store only through these (with useApp / useAppShallow).
import type { DecisionFrame, PodFrame } from '../../worker/protocol';
import { transcriptUpTo } from '../../worker/timelineTranscript';
import type { AppState } from './types';

const NO_PODS: PodFrame[] = [];

export const selectDeployment = (s: AppState) => s.deployment;
export const selectBudget = (s: AppState) => s.budget;
export const selectLanes = (s: AppState) => s.lanes;
export const selectNow = (s: AppState) => s.now;
export const selectBulk = (s: AppState) => s.bulk;
export const selectCatalogue = (s: AppState) => s.catalogue;
export const selectTerminal = (s: AppState) => s.terminal;

let terminalCache:
  { entries: AppState['terminal']; at: number; out: readonly AppState['terminal'][number][] } | undefined;

/**
 * The terminal transcript as it stood at the playhead (the drag position while scrubbing): commands run later
 * and output written later are hidden, so scrubbing back shows the terminal of that instant. The same array
 * comes back while nothing changes (safe for useApp).
 */
export const selectTerminalAtPlayhead = (s: AppState): readonly AppState['terminal'][number][] => {
  const at = s.scrub ?? s.now;
  const c = terminalCache;
  if (c && c.entries === s.terminal && c.at === at) return c.out;
  const out = transcriptUpTo(s.terminal, at);
  // keep the previous result when the cut is the same (playing forward moves `at` every frame)
  const same = c !== undefined && c.entries === s.terminal && sameEntries(c.out, out);
  terminalCache = { entries: s.terminal, at, out: same ? c.out : out };
  return terminalCache.out;
};

function sameEntries(
  a: readonly AppState['terminal'][number][],
  b: readonly AppState['terminal'][number][],
): boolean {
  return (
    a.length === b.length &&
    a.every(
      (e, i) => e === b[i] || (e.id === b[i]!.id && e.result.chunks.length === b[i]!.result.chunks.length),
    )
  );
}

export const selectEvents = (s: AppState) => s.events;

/** Play state for the transport. */
export const selectPlayback = (s: AppState) => ({
  playing: s.playing,
  speed: s.speed,
  now: s.now,
  head: s.head,
  loaded: s.loaded,
});

/** The pods of one lane (stable array while nothing in the lane changed). */
export const selectLanePods = (lane: string) => (s: AppState) => s.podsByLane[lane] ?? NO_PODS;

/** Controller decisions (the narration skips scheduler and kubelet chatter). */
const CONTROLLERS = new Set(['deployment-controller', 'replicaset-controller']);

/** The latest controller decision, if any. */
export const selectLatestDecision = (s: AppState): DecisionFrame | undefined => {
  for (let i = s.decisions.length - 1; i >= 0; i--) {
    const d = s.decisions[i]!;
    if (CONTROLLERS.has(d.actor)) return d;
  }
  return undefined;
};

/** The latest command a control ran (for the controls' echo line). */
export const selectLastControlEntry = (s: AppState) => {
  for (let i = s.terminal.length - 1; i >= 0; i--)
    if (s.terminal[i]!.source === 'control') return s.terminal[i];
  return undefined;
};

/** Connection banner state. */
export const selectConnection = (s: AppState) => ({ connection: s.connection, message: s.connectionMessage });

/** Which pod's details are open, and the legend. */
export const selectPanels = (s: AppState) => ({ selectedPod: s.selectedPod, legendOpen: s.legendOpen });

/** Revisions available to roll back to (every lane but the current one), newest first (use with useMemo). */
export const rollbackTargets = (lanes: AppState['lanes']) =>
  lanes
    .filter((l) => l.role !== 'new' && l.revision > 0)
    .map((l) => ({ revision: l.revision, image: l.images.join(', ') }))
    .sort((a, b) => b.revision - a.revision);
