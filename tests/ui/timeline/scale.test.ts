import { describe, expect, it } from 'vitest';
import {
  fractionOf,
  makeScale,
  MIN_SPAN_MS,
  spanEnd,
  tickStep,
  ticks,
  timeToX,
  xToTime,
} from '../../../src/ui/timeline/scale';

describe('timeline scale: time ↔ pixels', () => {
  const s = makeScale(0, 120_000, 620, 10);

  it('maps the worked example: 600 px of track for 120 s, 200 ms per px', () => {
    expect(timeToX(s, 30_000)).toBe(160);
    expect(xToTime(s, 460)).toBe(90_000);
    expect(timeToX(s, 0)).toBe(10);
    expect(timeToX(s, 120_000)).toBe(610);
  });

  it('round-trips within one pixel and clamps outside the track', () => {
    for (const t of [0, 1, 999, 45_678, 119_999, 120_000]) {
      expect(Math.abs(xToTime(s, timeToX(s, t)) - t)).toBeLessThanOrEqual(200);
    }
    expect(xToTime(s, -50)).toBe(0);
    expect(xToTime(s, 10_000)).toBe(120_000);
    expect(Number.isInteger(xToTime(s, 123.456))).toBe(true);
  });

  it('spans at least a minute, and never divides by zero', () => {
    const empty = makeScale(0, 0, 0);
    expect(empty.end).toBe(MIN_SPAN_MS);
    expect(Number.isFinite(timeToX(empty, 30_000))).toBe(true);
    expect(fractionOf(makeScale(0, 5000, 500), 2500)).toBeCloseTo(2500 / MIN_SPAN_MS);
    expect(fractionOf(s, 240_000)).toBe(1);
    expect(fractionOf(s, -1)).toBe(0);
  });

  it('picks readable tick spacings', () => {
    // 600 px for 120 s = 5 px per s: ticks at least 60 px apart → 12 s → 15 s
    expect(tickStep(s, 60)).toBe(15_000);
    expect(ticks(s, 60)).toEqual([0, 15_000, 30_000, 45_000, 60_000, 75_000, 90_000, 105_000, 120_000]);
    const hour = makeScale(0, 3_600_000, 800);
    expect(tickStep(hour, 70)).toBe(600_000);
  });

  it('snaps the end of the bar to 1, 2, 5 … minutes with room ahead', () => {
    expect(spanEnd(0)).toBe(60_000);
    expect(spanEnd(50_000)).toBe(60_000);
    expect(spanEnd(55_000)).toBe(120_000);
    expect(spanEnd(200_000)).toBe(300_000);
    expect(spanEnd(3_000_000)).toBe(3_600_000);
    expect(spanEnd(100 * 86_400_000)).toBe(112 * 86_400_000);
  });
});
