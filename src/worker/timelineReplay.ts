// Rebuilds a run in a fresh Simulation from its seed, timing and request log — for "undo branch" (the discarded
// future comes back) and for importing a run file. Determinism makes the result identical to the original.
import type { LoggedRequest, Simulation as SimulationType, TimingMode } from '../engine';
import { Simulation, deepClone } from '../engine';

/** What to rebuild, and where to leave the playhead. */
export interface ReplayPlan {
  seed: number;
  timing: TimingMode;
  log: readonly LoggedRequest[];
  /** how far the run went (the timeline's end) */
  head: number;
  /** where the playhead goes afterwards */
  now: number;
}

/** A logged request the API server did not accept on replay (a hand-edited or foreign file). */
export class ReplayRefused extends Error {
  constructor(
    readonly index: number,
    readonly detail: string,
  ) {
    super(`request ${index} was refused: ${detail}`);
  }
}

/** Replay advances in steps of this much simulated time, observing after each (the index reads as it goes). */
export const REPLAY_STEP_MS = 1000;

function advanceObserved(sim: SimulationType, t: number, observe: (sim: SimulationType) => void): void {
  while (sim.now < t) {
    sim.advanceTo(Math.min(t, sim.now + REPLAY_STEP_MS));
    observe(sim);
  }
}

/**
 * replayRun: a new Simulation with every logged request applied at its instant, run to `head`, then the
 * playhead put at `now`. `observe` sees the run as it is built (the timeline index reads markers from it).
 * Throws ReplayRefused when a request is rejected or changes nothing (it could not have been logged).
 */
export function replayRun(
  plan: ReplayPlan,
  observe: (sim: SimulationType) => void = () => {},
): SimulationType {
  const sim = new Simulation({ seed: plan.seed, timing: plan.timing });
  observe(sim);
  plan.log.forEach((entry, i) => {
    advanceObserved(sim, entry.at, observe);
    const res = sim.request(deepClone(entry.request));
    if (!res.ok) throw new ReplayRefused(i, res.status.message);
    if (!res.changed) throw new ReplayRefused(i, 'the request changes nothing');
    observe(sim);
  });
  advanceObserved(sim, plan.head, observe);
  sim.seek(plan.now);
  return sim;
}
