import { describe, expect, it } from 'vitest';
import { EPOCH_MS, civil, fromTime, parseEpochMs, toMicroTime, toTime } from '../../src/engine/sim/clock';
import { Random } from '../../src/engine/sim/random';

describe('clock', () => {
  it('renders the epoch and offsets as RFC 3339 with whole seconds', () => {
    expect(toTime(0)).toBe('2025-03-03T09:00:00Z');
    expect(toTime(61_999)).toBe('2025-03-03T09:01:01Z');
    expect(toTime(86_400_000 * 365)).toBe('2026-03-03T09:00:00Z');
    expect(toMicroTime(1234)).toBe('2025-03-03T09:00:01.234000Z');
  });
  it('matches the platform calendar for many instants', () => {
    for (let i = 0; i < 2000; i++) {
      const ms = (i * 7_919_993_117) % 4_000_000_000_000;
      expect(`${toTime(ms - EPOCH_MS)}`).toBe(
        new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
      );
      expect(civil(ms).weekday).toBe(new Date(ms).getUTCDay());
    }
  });
  it('parses what it prints and zone offsets', () => {
    expect(fromTime(toTime(3_600_000))).toBe(3_600_000);
    expect(parseEpochMs('2006-01-02T15:04:05-07:00')).toBe(Date.parse('2006-01-02T22:04:05Z'));
    expect(parseEpochMs('not a time')).toBeUndefined();
  });
});

describe('Random', () => {
  it('is deterministic per seed and restores from its state', () => {
    const a = new Random(42);
    const b = new Random(42);
    const seqA = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(seqA);
    const s = a.state();
    const next = a.suffix();
    expect(new Random(s).suffix()).toBe(next);
    expect(next).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(new Random(43).uint32()).not.toBe(new Random(42).uint32());
  });
});
