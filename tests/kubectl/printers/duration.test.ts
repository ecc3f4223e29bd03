// Conformance: apimachinery duration_test.go tables (HumanDuration / ShortHumanDuration).
import { describe, expect, it } from 'vitest';
import { humanDuration, shortHumanDuration } from '../../../src/kubectl/printers/duration';
import { applicableCases, loadVectors } from '../../fixtures/conformance';

interface DurationCase {
  nanoseconds: number;
  want: string;
}

/** Vector durations are Go nanoseconds; the printers take milliseconds. */
const toMs = (ns: number): number => ns / 1e6;

describe('humanDuration', () => {
  for (const file of ['TestHumanDuration', 'TestHumanDurationBoundaries']) {
    describe(file, () => {
      for (const c of applicableCases(loadVectors<DurationCase>(file))) {
        it(c.name, () => expect(humanDuration(toMs(c.nanoseconds))).toBe(c.want));
      }
    });
  }
  it('prints the AGE of a pod created 90 minutes ago', () => expect(humanDuration(90 * 60_000)).toBe('90m'));
});

describe('shortHumanDuration', () => {
  for (const c of applicableCases(loadVectors<DurationCase>('TestShortHumanDurationBoundaries'))) {
    it(c.name, () => expect(shortHumanDuration(toMs(c.nanoseconds))).toBe(c.want));
  }
});
