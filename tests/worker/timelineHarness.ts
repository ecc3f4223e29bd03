// Helpers of the timeline's worker tests: a host on a hand-driven clock, its frames, and the parts of a frame
// that make up "the state at an instant" (stage, header, budget, decisions, kubelet note).
import { SimulationHost } from '../../src/worker/host';
import type { Command, Frame, TimelineMarker, WorkerMessage } from '../../src/worker/protocol';
import { ManualClock } from './manualClock';

export type Answer = Extract<WorkerMessage, { type: 'exportRun' | 'importRun' }>;

/** A paused host on the seed scenario. */
export function timelineHost(seed = 1) {
  const clock = new ManualClock();
  const messages: WorkerMessage[] = [];
  const host = new SimulationHost((m) => messages.push(m), clock);
  host.handle({ type: 'init', options: { seed, autoplay: false } });
  clock.frame();
  const frames = (): Frame[] =>
    messages
      .filter((m): m is Extract<WorkerMessage, { type: 'frame' }> => m.type === 'frame')
      .map((m) => m.frame);
  const last = (): Frame => frames().at(-1)!;
  /** handle a command, then run one tick so its frame goes out */
  const send = (cmd: Command): Frame => {
    host.handle(cmd);
    clock.frame();
    return last();
  };
  const kubectl = (...argv: string[]): Frame => send({ type: 'kubectl', argv, source: 'terminal' });
  /** play at 16× in 6.25 ms ticks (100 simulated ms each) until `until`, recording every frame */
  const playTo = (until: number): Frame[] => {
    host.handle({ type: 'setSpeed', speed: 16 });
    host.handle({ type: 'play' });
    const seen: Frame[] = [];
    clock.frame(6.25);
    while (last().now < until) {
      clock.frame(6.25);
      seen.push(last());
    }
    send({ type: 'pause' });
    return seen;
  };
  const answers = (): Answer[] =>
    messages.filter((m): m is Answer => m.type === 'exportRun' || m.type === 'importRun');
  const sim = () => host.simulation!;
  return { clock, messages, host, frames, last, send, kubectl, playTo, answers, sim };
}

/** The state of an instant as the UI draws it (playback flags, ids and per-frame news left out). */
export function stateOf(f: Frame) {
  return {
    now: f.now,
    deployment: f.deployment,
    budget: f.budget,
    lanes: f.lanes,
    pods: f.pods,
    podCount: f.podCount,
    decisions: f.decisions,
    kubelet: f.timeline?.kubelet,
  };
}

/** The markers a client holds after all frames so far (resets replace, news update by id), in time order. */
export function markersOf(frames: readonly Frame[]): TimelineMarker[] {
  const all = new Map<string, TimelineMarker>();
  for (const f of frames) {
    if (f.timeline?.markersReset) all.clear();
    for (const m of f.timeline?.markers ?? []) all.set(m.id, m);
  }
  return [...all.values()].sort((a, b) => a.at - b.at);
}
