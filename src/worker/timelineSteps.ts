// Step targets: where Step back / Step forward land for each granularity (previous/next controller decision,
// pod change, whole second), by binary search over the index's sorted instants. Pure functions.
import type { StepUnit } from './protocol';

/** One second of simulated time. */
export const SECOND_MS = 1000;

/** Index of the first of `n` ascending items whose instant `at(i)` is > t (n when none). */
export function upperBoundBy(n: number, at: (i: number) => number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > t in ascending `times` (times.length when none). */
export function upperBound(times: readonly number[], t: number): number {
  return upperBoundBy(times.length, (i) => times[i]!, t);
}

/** Index of the first element ≥ t in ascending `times`. */
export function lowerBound(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first instant strictly after `t`, if any. Example: [2, 5, 9], t = 5 → 9. */
export function nextAfter(times: readonly number[], t: number): number | undefined {
  return times[upperBound(times, t)];
}

/** The last instant strictly before `t`, if any. Example: [2, 5, 9], t = 5 → 2. */
export function lastBefore(times: readonly number[], t: number): number | undefined {
  const i = lowerBound(times, t);
  return i > 0 ? times[i - 1] : undefined;
}

/** Append `t` keeping the array sorted and free of duplicates (almost always an append at the end). */
export function insertSorted(times: number[], t: number): void {
  const n = times.length;
  if (n === 0 || times[n - 1]! < t) {
    times.push(t);
    return;
  }
  const i = lowerBound(times, t);
  if (times[i] !== t) times.splice(i, 0, t);
}

/** Drop every instant after `t` (in place). */
export function keepUpTo(times: number[], t: number): void {
  times.length = upperBound(times, t);
}

/**
 * secondTarget: the previous or next whole second. Forward from 12 400 → 13 000; from 13 000 → 14 000.
 * Back from 12 400 → 12 000; from 12 000 → 11 000; never below 0.
 */
export function secondTarget(now: number, direction: 'back' | 'forward'): number {
  if (direction === 'forward') return (Math.floor(now / SECOND_MS) + 1) * SECOND_MS;
  return Math.max(0, (Math.ceil(now / SECOND_MS) - 1) * SECOND_MS);
}

/** The sorted instants a granularity steps through. */
export interface StepInstants {
  decision: readonly number[];
  pod: readonly number[];
}

/**
 * stepTarget: where a step lands among the known instants, or undefined when there is none in that direction
 * (going back, the run's start at 0 is then the answer; going forward, the caller simulates further ahead).
 */
export function stepTarget(
  instants: StepInstants,
  unit: StepUnit,
  now: number,
  direction: 'back' | 'forward',
): number | undefined {
  if (unit === 'second') return secondTarget(now, direction);
  const times = instants[unit];
  return direction === 'forward' ? nextAfter(times, now) : lastBefore(times, now);
}
