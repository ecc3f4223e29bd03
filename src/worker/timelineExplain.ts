// The "why" of kubelet transitions, which the engine records as events rather than decisions: the latest image
// pull failure, back-off or retry at or before the playhead, with the back-off numbers from the kubelet's
// runtime view. Mirrors pkg/kubelet/images/image_manager.go (EnsureImageExists: pull back-off) and
// pkg/kubelet/kuberuntime/kuberuntime_manager.go (doBackOff: crash-loop back-off).
import type { Pod, Simulation } from '../engine';
import type { KubeletNote } from './protocol';
import type { KubeletTransition } from './timelineIndex';
import { upperBoundBy } from './timelineSteps';

/** The kubelet's back-off: 10 s, doubling per failure, capped at 300 s (pkg/kubelet: backOffPeriod, MaxContainerBackOff). */
export const KUBELET_BACKOFF_INITIAL_MS = 10_000;
export const KUBELET_BACKOFF_MAX_MS = 300_000;

/** How far back to look for a transition whose pod still exists at the playhead. */
const LOOK_BACK = 64;

/**
 * previousBackoff: the window before `backoffMs` in the doubling sequence, 0 for the first. Example: 40 s ←
 * 20 s; 10 s ← none (0). At the 300 s cap the previous one is ambiguous (160 s or 300 s): −1.
 */
export function previousBackoff(backoffMs: number): number {
  if (backoffMs <= KUBELET_BACKOFF_INITIAL_MS) return 0;
  if (backoffMs >= KUBELET_BACKOFF_MAX_MS) return -1;
  return backoffMs / 2;
}

function noteFor(sim: Simulation, t: KubeletTransition): KubeletNote | undefined {
  const slash = t.pod.indexOf('/');
  const ns = t.pod.slice(0, slash);
  const name = t.pod.slice(slash + 1);
  const pod = sim.get<Pod>('Pod', ns, name);
  const c = sim.podRuntime(ns, name)?.containers[t.container];
  const spec = pod?.spec.containers[t.container];
  if (!pod || !c || !spec) return undefined;
  const crash = t.kind === 'crash' || (t.kind === 'retry' && c.crashBackoffMs > 0 && c.pullBackoffMs === 0);
  const backoffMs = crash ? c.crashBackoffMs : c.pullBackoffMs;
  return {
    kind: t.kind,
    at: t.at,
    pod: name,
    container: spec.name,
    image: spec.image ?? '',
    message: crash ? `exit code ${c.exitCode ?? c.last?.exitCode ?? 1}` : (c.pullError ?? ''),
    backoffMs,
    previousBackoffMs: previousBackoff(backoffMs),
    retryAt: crash ? c.crashRetryAt : c.pullRetryAt,
    restarts: c.restartCount,
    func: crash ? 'doBackOff' : 'EnsureImageExists',
  };
}

/**
 * kubeletNoteAt: the latest kubelet transition at or before `now` whose pod still exists, explained with the
 * runtime's numbers at `now` — the same whether `now` was reached by playing, stepping or scrubbing, because
 * both the index (complete up to the frontier) and the state at `now` are.
 */
export function kubeletNoteAt(
  sim: Simulation,
  transitions: readonly KubeletTransition[],
  now: number,
): KubeletNote | undefined {
  const end = upperBoundBy(transitions.length, (i) => transitions[i]!.at, now);
  for (let i = end - 1; i >= 0 && i >= end - LOOK_BACK; i--) {
    const note = noteFor(sim, transitions[i]!);
    if (note) return note;
  }
  return undefined;
}
