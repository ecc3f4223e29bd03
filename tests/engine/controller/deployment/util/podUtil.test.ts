import { describe, expect, it } from 'vitest';
import {
  filterActivePods,
  isPodActive,
  isPodAvailable,
  isPodReady,
  isPodTerminating,
} from '../../../../../src/engine/controller/deployment/util';
import { toTime } from '../../../../../src/engine/sim/clock';
import { pod } from '../../builders';

describe('pod predicates', () => {
  it('Ready means the Ready condition is True (Running alone is not ready)', () => {
    expect(isPodReady(pod('a', { phase: 'Running' }))).toBe(false);
    expect(isPodReady(pod('a', { phase: 'Running', ready: false }))).toBe(false);
    expect(isPodReady(pod('a', { phase: 'Running', ready: true }))).toBe(true);
  });

  it('available after minReadySeconds, strictly (second-precision lastTransitionTime)', () => {
    const readyAt = 10_000;
    const p = pod('a', { phase: 'Running', ready: { status: 'True', lastTransitionTime: toTime(readyAt) } });
    expect(isPodAvailable(p, 5, readyAt + 5000)).toBe(false);
    expect(isPodAvailable(p, 5, readyAt + 5001)).toBe(true);
    expect(isPodAvailable(pod('b', { ready: false }), 0, 99_999)).toBe(false);
  });

  it('minReadySeconds 0 makes a Ready pod available at once, even without a transition time', () => {
    expect(isPodAvailable(pod('a', { ready: true }), 0, 0)).toBe(true);
    expect(isPodAvailable(pod('a', { ready: true }), 1, 1e9)).toBe(false);
  });

  it('active = not Succeeded/Failed and not being deleted; terminating = deleting but not terminal', () => {
    const deleting = pod('d', { phase: 'Running', deletionTimestamp: toTime(0) });
    const done = pod('s', { phase: 'Succeeded' });
    const failedDeleting = pod('f', { phase: 'Failed', deletionTimestamp: toTime(0) });
    const running = pod('r', { phase: 'Running' });
    expect([deleting, done, failedDeleting, running].map(isPodActive)).toEqual([false, false, false, true]);
    expect([deleting, done, failedDeleting, running].map(isPodTerminating)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(filterActivePods([deleting, running, done]).map((p) => p.metadata.name)).toEqual(['r']);
  });
});
