// Go sort, quantities, label/selector text and timestamps used by every printer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTime } from '../../../src/engine/sim/clock';
import { goSort } from '../../../src/kubectl/printers/gosort';
import {
  formatLabels,
  formatLabelSelector,
  selectorMatches,
  selectorString,
} from '../../../src/kubectl/printers/labels';
import { addQuantities, canonicalQuantity, parseQuantity } from '../../../src/kubectl/printers/quantity';
import { formatRFC1123Z, translateTimestampSince } from '../../../src/kubectl/printers/time';

describe('goSort (Go pdqsort)', () => {
  it('sorts any array and only permutes it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }), (xs) => {
        const items = xs.map((k, i) => ({ k, i }));
        goSort(items, (a, b) => a.k < b.k);
        for (let i = 1; i < items.length; i++) expect(items[i - 1]!.k <= items[i]!.k).toBe(true);
        expect(items.map((x) => x.i).sort((a, b) => a - b)).toEqual(xs.map((_, i) => i));
      }),
    );
  });

  it('is stable up to 12 elements (insertion sort) and keeps all-equal input in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 12 }), (xs) => {
        const items = xs.map((k, i) => ({ k, i }));
        goSort(items, (a, b) => a.k < b.k);
        expect(items).toEqual([...xs.map((k, i) => ({ k, i }))].sort((a, b) => a.k - b.k || a.i - b.i));
      }),
    );
    const equal = Array.from({ length: 40 }, (_, i) => ({ k: 0, i }));
    goSort(equal, (a, b) => a.k < b.k);
    expect(equal.map((x) => x.i)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('is not stable beyond 12 elements (pinned order of ties)', () => {
    const items = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1].map((k, i) => ({ k, i }));
    goSort(items, (a, b) => a.k < b.k);
    expect(items.map((x) => x.k)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect(items.map((x) => x.i)).not.toEqual([1, 3, 5, 7, 9, 11, 0, 2, 4, 6, 8, 10, 12]);
  });
});

describe('quantities', () => {
  it('prints canonical forms like Quantity.String (checked with kubectl set resources --local)', () => {
    const cases: Record<string, string> = {
      '0.5': '500m',
      '2000': '2k',
      '1536Mi': '1536Mi',
      '1024': '1024',
      '1023Ki': '1023Ki',
      '1e3': '1e3',
      '12e2': '1200',
      '1.5Gi': '1536Mi',
      '0.1Ki': '102400m',
      '2000m': '2',
      '1500m': '1500m',
      '1500000': '1500k',
      '0.0000000001': '1n',
      '1048576Ki': '1Gi',
      '1234567m': '1234567m',
      '0': '0',
    };
    for (const [input, want] of Object.entries(cases)) expect(canonicalQuantity(input)).toBe(want);
  });

  it('adds in the first operand format', () => {
    const sum = addQuantities(parseQuantity('100m')!, parseQuantity('0.9')!);
    expect(canonicalQuantity('1')).toBe('1');
    expect(sum.nanos).toBe(1_000_000_000n);
    expect(parseQuantity('abc')).toBeUndefined();
  });
});

describe('labels and selectors', () => {
  it('formats label sets and selectors like apimachinery', () => {
    expect(formatLabels({ tier: 'web', app: 'nginx' })).toBe('app=nginx,tier=web');
    expect(formatLabels({})).toBe('<none>');
    const sel = {
      matchLabels: { app: 'nginx' },
      matchExpressions: [
        { key: 'tier', operator: 'In' as const, values: ['web', 'api'] },
        { key: 'canary', operator: 'DoesNotExist' as const },
        { key: 'zone', operator: 'NotIn' as const, values: ['b'] },
      ],
    };
    expect(selectorString(sel)).toBe('app=nginx,!canary,tier in (api,web),zone notin (b)');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(selectorString({})).toBe('');
    expect(selectorMatches(sel, { app: 'nginx', tier: 'web' })).toBe(true);
    expect(selectorMatches(sel, { app: 'nginx', tier: 'web', canary: 'x' })).toBe(false);
    expect(selectorMatches(sel, { app: 'nginx', tier: 'db' })).toBe(false);
    expect(selectorMatches(undefined, { app: 'nginx' })).toBe(false);
  });
});

describe('timestamps', () => {
  it('formats RFC1123Z and ages', () => {
    expect(formatRFC1123Z(toTime(0))).toBe('Mon, 03 Mar 2025 09:00:00 +0000');
    expect(formatRFC1123Z(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000');
    expect(formatRFC1123Z('2021-01-01T00:00:00Z')).toBe('Fri, 01 Jan 2021 00:00:00 +0000');
    expect(translateTimestampSince(toTime(0), 125_000)).toBe('2m5s');
    expect(translateTimestampSince(undefined, 125_000)).toBe('<unknown>');
    expect(translateTimestampSince('0001-01-01T00:00:00Z', 125_000)).toBe('<unknown>');
  });
});
