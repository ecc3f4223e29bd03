// Mirrors pkg/api/v1/pod/util.go (IsPodReady, GetPodReadyCondition, IsPodAvailable) and the pod predicates of
// pkg/controller/controller_utils.go (IsPodActive, IsPodTerminating, FilterActivePods).
import type { Pod, PodCondition, PodStatus } from '../../../api/types';
import { fromTime } from '../../../sim/clock';

/** getPodReadyCondition: the pod's `Ready` condition, or undefined. */
export function getPodReadyCondition(status: PodStatus | undefined): PodCondition | undefined {
  return status?.conditions?.find((c) => c.type === 'Ready');
}

/** isPodReady: the Ready condition exists and is True (Running is not enough — spec §19.4). */
export function isPodReady(pod: Pod): boolean {
  return getPodReadyCondition(pod.status)?.status === 'True';
}

/**
 * isPodAvailable: Ready, and Ready for longer than minReadySeconds. With minReadySeconds 0 a Ready pod is
 * available at once (even without a lastTransitionTime). Otherwise the Ready condition's lastTransitionTime
 * (whole seconds) + minReadySeconds must be strictly before `now` (sim ms).
 * Example: Ready since 10:00:00, minReadySeconds 5 → not available at 10:00:05.000, available at 10:00:05.001.
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds === 0) return true;
  const ltt = getPodReadyCondition(pod.status)?.lastTransitionTime;
  if (ltt === undefined || ltt === '') return false;
  return fromTime(ltt) + minReadySeconds * 1000 < now;
}

/** isPodTerminal: phase Succeeded or Failed. */
export function isPodTerminal(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
}

/** isPodActive: not Succeeded/Failed and not being deleted — what a ReplicaSet counts in status.replicas. */
export function isPodActive(pod: Pod): boolean {
  return !isPodTerminal(pod) && pod.metadata.deletionTimestamp === undefined;
}

/** isPodTerminating: being deleted (deletionTimestamp set) but not yet Succeeded/Failed. */
export function isPodTerminating(pod: Pod): boolean {
  return !isPodTerminal(pod) && pod.metadata.deletionTimestamp !== undefined;
}

/** filterActivePods: the active pods, in input order. */
export function filterActivePods(pods: readonly Pod[]): Pod[] {
  return pods.filter(isPodActive);
}
