// resource.Quantity parsing and canonical printing (values checked against apimachinery's documented examples).
import { describe, expect, it } from 'vitest';
import {
  ERR_FORMAT_WRONG,
  ERR_SUFFIX,
  canonicalizeQuantity,
  compareQuantity,
  parseQuantity,
  quantityMilliValue,
  quantityValue,
  type Quantity,
} from '../../../src/engine/api/quantity';

const canon = (s: string | number): string => {
  const r = canonicalizeQuantity(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const q = (s: string): Quantity => {
  const r = parseQuantity(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('canonical form', () => {
  it.each([
    ['200m', '200m'],
    ['0.5', '500m'],
    [0.5, '500m'],
    ['1.5', '1500m'],
    ['1', '1'],
    ['1000', '1k'],
    ['1500', '1500'],
    ['512Mi', '512Mi'],
    ['1Gi', '1Gi'],
    ['1024Mi', '1Gi'],
    ['1.5Gi', '1536Mi'],
    ['0.5Gi', '512Mi'],
    ['0.1Gi', '107374182400m'],
    ['100Ki', '100Ki'],
    ['1e3', '1e3'],
    ['2e4', '20e3'],
    ['1.5e3', '1500'],
    ['100M', '100M'],
    ['1000M', '1G'],
    ['0', '0'],
    ['0.0', '0'],
    ['0.1n', '1n'],
    ['1.0001m', '1000100n'],
    ['-1', '-1'],
    ['-500m', '-500m'],
    ['10Mi', '10Mi'],
    ['128974848', '128974848'],
    ['129e6', '129e6'],
    ['123Mi', '123Mi'],
    ['512', '512'],
    ['1023', '1023'],
  ])('%s → %s', (input, out) => {
    expect(canon(input)).toBe(out);
  });
  it('keeps an already canonical input verbatim (upstream caches the string)', () => {
    expect(canon('+5')).toBe('+5');
    expect(canon('05')).toBe('05');
  });
});

describe('errors (the decoder text the API server returns)', () => {
  it.each([['1GB'], ['abc'], [''], ['1.2.3'], ['1 Gi']])('%j is a format error', (s) => {
    expect(parseQuantity(s)).toEqual({ ok: false, error: ERR_FORMAT_WRONG });
  });
  it.each([['192i'], ['1e'], ['1mm'], ['1kk'], ['--1']])('%j has a bad suffix', (s) => {
    expect(parseQuantity(s)).toEqual({ ok: false, error: ERR_SUFFIX });
  });
  it('quotes the regular expression', () => {
    expect(ERR_FORMAT_WRONG).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });
});

describe('arithmetic helpers', () => {
  it('compares exactly', () => {
    expect(compareQuantity(q('1'), q('1000m'))).toBe(0);
    expect(compareQuantity(q('500m'), q('1'))).toBe(-1);
    expect(compareQuantity(q('1Gi'), q('1G'))).toBe(1);
  });
  it('milli and whole values round up', () => {
    expect(quantityMilliValue(q('250m'))).toBe(250);
    expect(quantityMilliValue(q('1'))).toBe(1000);
    expect(quantityMilliValue(q('0.1m'))).toBe(1);
    expect(quantityValue(q('1Mi'))).toBe(1048576);
    expect(quantityValue(q('250m'))).toBe(1);
  });
});
