import { describe, expect, it } from 'vitest';
import {
  insertSorted,
  keepUpTo,
  lastBefore,
  nextAfter,
  secondTarget,
  stepTarget,
  upperBound,
} from '../../src/worker/timelineSteps';

describe('timeline step targets', () => {
  const times = [2000, 5000, 9000];

  it('finds the next instant strictly after and the last strictly before', () => {
    expect(nextAfter(times, 0)).toBe(2000);
    expect(nextAfter(times, 5000)).toBe(9000);
    expect(nextAfter(times, 9000)).toBeUndefined();
    expect(lastBefore(times, 5000)).toBe(2000);
    expect(lastBefore(times, 5001)).toBe(5000);
    expect(lastBefore(times, 2000)).toBeUndefined();
    expect(upperBound(times, 4999)).toBe(1);
    expect(upperBound([], 1)).toBe(0);
  });

  it('keeps instants sorted and unique, and cuts after a branch point', () => {
    const t: number[] = [];
    for (const x of [3, 1, 3, 7, 5, 7, 9]) insertSorted(t, x);
    expect(t).toEqual([1, 3, 5, 7, 9]);
    keepUpTo(t, 5);
    expect(t).toEqual([1, 3, 5]);
    keepUpTo(t, 0);
    expect(t).toEqual([]);
  });

  it('steps by whole seconds, never below zero', () => {
    expect(secondTarget(12_400, 'forward')).toBe(13_000);
    expect(secondTarget(13_000, 'forward')).toBe(14_000);
    expect(secondTarget(12_400, 'back')).toBe(12_000);
    expect(secondTarget(12_000, 'back')).toBe(11_000);
    expect(secondTarget(300, 'back')).toBe(0);
    expect(secondTarget(0, 'back')).toBe(0);
  });

  it('picks the granularity: decision, pod change or second', () => {
    const instants = { decision: [1000, 4000], pod: [1500, 2500, 4000] };
    expect(stepTarget(instants, 'decision', 1000, 'forward')).toBe(4000);
    expect(stepTarget(instants, 'pod', 1000, 'forward')).toBe(1500);
    expect(stepTarget(instants, 'pod', 4000, 'back')).toBe(2500);
    expect(stepTarget(instants, 'decision', 4000, 'forward')).toBeUndefined();
    expect(stepTarget(instants, 'decision', 1000, 'back')).toBeUndefined();
    expect(stepTarget(instants, 'second', 1500, 'forward')).toBe(2000);
  });
});
