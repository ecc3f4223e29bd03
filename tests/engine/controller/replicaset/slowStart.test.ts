import { describe, expect, it } from 'vitest';
import { slowStartBatch } from '../../../../src/engine/controller/replicaset/slowStart';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';

interface SlowStartCase {
  count: number;
  initialBatchSize: number;
  callLimit: number;
  expectedSuccesses: number;
  expectError: boolean;
  expectedCallCnt: number;
}

describe('slowStartBatch (TestSlowStartBatch)', () => {
  for (const c of applicableCases(loadVectors<SlowStartCase>('TestSlowStartBatch'))) {
    it(c.name, () => {
      let calls = 0;
      const successes = slowStartBatch(c.count, c.initialBatchSize, () => {
        calls++;
        return calls <= c.callLimit;
      });
      expect(successes).toBe(c.expectedSuccesses);
      expect(successes < c.count).toBe(c.expectError);
      expect(calls).toBe(c.expectedCallCnt);
    });
  }

  it('uses batches 1, 2, 4, 8 … capped by what remains', () => {
    const batches: number[] = [];
    let inBatch = 0;
    let calls = 0;
    // Record batch boundaries by the doubling rule: call k belongs to batch floor(log2(k)) for initial size 1.
    slowStartBatch(20, 1, () => {
      calls++;
      inBatch++;
      if ([1, 3, 7, 15, 20].includes(calls)) {
        batches.push(inBatch);
        inBatch = 0;
      }
      return true;
    });
    expect(batches).toEqual([1, 2, 4, 8, 5]);
    expect(slowStartBatch(0, 1, () => true)).toBe(0);
  });
});
