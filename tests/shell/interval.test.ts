import { describe, expect, it } from 'vitest';
import { parseInterval } from '../../src/shell';

describe('sleep/timeout intervals', () => {
  const ok: [string, number][] = [
    ['30', 30_000],
    ['0.5', 500],
    ['.5', 500],
    ['5.', 5_000],
    ['30s', 30_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1d', 86_400_000],
    ['1e3', 1_000_000],
    ['+1', 1_000],
    ['0', 0],
    // Go-style durations: a convenience (GNU sleep rejects these)
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1h2m3s', 3_723_000],
    ['1.5s', 1_500],
  ];
  for (const [text, ms] of ok) it(`${text} = ${ms} ms`, () => expect(parseInterval(text)).toBe(ms));
  it('inf is infinite', () => expect(parseInterval('inf')).toBe(Infinity));
  for (const bad of ['x', '', '-1', '1S', '1e', '1ss', 'nan', '5 s', '1m30', 's', '0x10', '1.2.3'])
    it(`rejects ${JSON.stringify(bad)}`, () => expect(parseInterval(bad)).toBeUndefined());
});
