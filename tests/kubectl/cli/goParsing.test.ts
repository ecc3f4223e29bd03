import { describe, expect, it } from 'vitest';
import { readAsCSV } from '../../../src/kubectl/cli/go/csv';
import { formatGoDuration, parseGoDuration } from '../../../src/kubectl/cli/go/duration';

describe('time.ParseDuration', () => {
  const ok: [string, bigint][] = [
    ['0', 0n],
    ['-0', 0n],
    ['5s', 5_000_000_000n],
    ['1m30s', 90_000_000_000n],
    ['1.5h', 5_400_000_000_000n],
    ['300ms', 300_000_000n],
    ['-1.5s', -1_500_000_000n],
    ['+5s', 5_000_000_000n],
    ['.5s', 500_000_000n],
    ['5.s', 5_000_000_000n],
    ['1µs', 1_000n],
    ['1μs', 1_000n],
    ['1us', 1_000n],
    ['7ns', 7n],
    ['2h45m', 9_900_000_000_000n],
    ['9223372036s', 9_223_372_036_000_000_000n],
  ];
  for (const [text, ns] of ok)
    it(`${text} = ${ns}ns`, () => expect(parseGoDuration(text)).toEqual({ ok: true, value: ns }));

  const bad: [string, string][] = [
    ['5', 'time: missing unit in duration "5"'],
    ['abc', 'time: invalid duration "abc"'],
    ['5x', 'time: unknown unit "x" in duration "5x"'],
    ['', 'time: invalid duration ""'],
    ['-', 'time: invalid duration "-"'],
    ['.s', 'time: invalid duration ".s"'],
    ['1.5.5s', 'time: missing unit in duration "1.5.5s"'],
    ['99999999999h', 'time: invalid duration "99999999999h"'],
    ['9223372037s', 'time: invalid duration "9223372037s"'],
    ['1é', 'time: unknown unit "\\xc3\\xa9" in duration "1\\xc3\\xa9"'],
    ['5constructor', 'time: unknown unit "constructor" in duration "5constructor"'],
  ];
  for (const [text, error] of bad)
    it(`rejects ${JSON.stringify(text)}`, () => expect(parseGoDuration(text)).toEqual({ ok: false, error }));

  it('formats like Duration.String', () => {
    expect(
      [0n, 5_000_000_000n, 90_000_000_000n, 1_500_000n, 7n, 3_600_000_000_000n, -2_000_000n].map(
        formatGoDuration,
      ),
    ).toEqual(['0s', '5s', '1m30s', '1.5ms', '7ns', '1h0m0s', '-2ms']);
  });
});

describe("pflag's readAsCSV (string slices)", () => {
  it('splits one record', () => {
    expect(readAsCSV('a.yaml,b.yaml')).toEqual({ ok: true, value: ['a.yaml', 'b.yaml'] });
    expect(readAsCSV('')).toEqual({ ok: true, value: [] });
    expect(readAsCSV('"a,b",c')).toEqual({ ok: true, value: ['a,b', 'c'] });
    expect(readAsCSV('a,"b""c",d')).toEqual({ ok: true, value: ['a', 'b"c', 'd'] });
    expect(readAsCSV('a,,b')).toEqual({ ok: true, value: ['a', '', 'b'] });
  });
  it('reports Go csv errors with 1-based byte columns', () => {
    expect(readAsCSV('a"b')).toEqual({
      ok: false,
      error: 'parse error on line 1, column 2: bare " in non-quoted-field',
    });
    expect(readAsCSV('"a')).toEqual({
      ok: false,
      error: 'parse error on line 1, column 3: extraneous or missing " in quoted-field',
    });
    expect(readAsCSV('"a"b')).toEqual({
      ok: false,
      error: 'parse error on line 1, column 3: extraneous or missing " in quoted-field',
    });
    expect(readAsCSV('\n')).toEqual({ ok: false, error: 'EOF' });
  });
});
