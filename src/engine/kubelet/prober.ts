// Readiness probing (pkg/kubelet/prober): the first probe runs after initialDelaySeconds, then every
// periodSeconds; a container turns ready after successThreshold successes in a row and unready after
// failureThreshold failures in a row.
import type { Probe } from '../api/types';
import type { ContainerRuntime } from './runtime';

/** When the next probe runs: after initialDelaySeconds for the first, then every periodSeconds. */
export function nextProbeAt(probe: Probe, now: number, first: boolean): number {
  if (first) return now + (probe.initialDelaySeconds ?? 0) * 1000;
  return now + (probe.periodSeconds ?? 10) * 1000;
}

/** One probe: does the process answer (it serves, and its warm-up is over)? */
export function handleProbe(
  probe: Probe,
  c: ContainerRuntime,
  now: number,
): { success: boolean; successes: number; ready: boolean } {
  const b = c.behaviour;
  const success = !!b && b.serves && now - (c.startedAt ?? now) >= b.warmupMs;
  const successes = success ? c.probeSuccesses + 1 : 0;
  const threshold = probe.successThreshold ?? 1;
  // A simulated process never flips from serving to not serving, so a failure only happens before readiness.
  const ready = success && successes >= threshold;
  return { success, successes, ready };
}

/** The kubelet's Unhealthy event text for a failed readiness probe. */
export function describeProbeFailure(probe: Probe, podIP: string | undefined): string {
  const ip = podIP ?? '';
  if (probe.httpGet) {
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    const path = probe.httpGet.path ?? '/';
    return `Readiness probe failed: Get "${scheme}://${ip}:${probe.httpGet.port}${path}": dial tcp ${ip}:${probe.httpGet.port}: connect: connection refused`;
  }
  if (probe.tcpSocket)
    return `Readiness probe failed: dial tcp ${ip}:${probe.tcpSocket.port}: connect: connection refused`;
  return 'Readiness probe failed: ';
}
