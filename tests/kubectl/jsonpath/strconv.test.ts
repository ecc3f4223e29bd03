import { describe, expect, it } from 'vitest';
import { goQuote, goQuoteByte, parseBool, parseInt } from '../../../src/kubectl/jsonpath/go/strconv';
import { utf8Bytes, utf8Decode } from '../../../src/kubectl/jsonpath/go/utf8';

describe('strconv.ParseInt (base 0, as pflag parses int flags)', () => {
  const ok: [string, number][] = [
    ['0', 0],
    ['42', 42],
    ['-1', -1],
    ['+3', 3],
    ['010', 8],
    ['0x10', 16],
    ['0X1f', 31],
    ['0b101', 5],
    ['0o17', 15],
    ['1_000', 1000],
    ['0x_1f', 31],
    ['-010', -8],
    ['9007199254740991', 9007199254740991],
    ['-9223372036854775808', -9223372036854775808],
  ];
  for (const [s, n] of ok)
    it(`${s} → ${n}`, () => expect(parseInt(s, 0, 64)).toEqual({ ok: true, value: n }));
  const syntax = ['', 'x', '1.5', '1e3', '0x', '08', '_1', '1_', '1__0', '--1', ' 1', '٣'];
  for (const s of syntax) {
    it(`rejects ${JSON.stringify(s)} as invalid syntax`, () =>
      expect(parseInt(s, 0, 64)).toEqual({
        ok: false,
        error: `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`,
      }));
  }
  it('reports overflow as out of range (also for 32-bit flags)', () => {
    expect(parseInt('9223372036854775808', 0, 64)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "9223372036854775808": value out of range',
    });
    expect(parseInt('3000000000', 0, 32)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "3000000000": value out of range',
    });
    expect(parseInt('-2147483648', 0, 32)).toEqual({ ok: true, value: -2147483648 });
  });
  it('base 10 rejects prefixes (klog -v)', () => expect(parseInt('0x1', 10, 32).ok).toBe(false));
});

describe('strconv.ParseBool', () => {
  it('accepts Go spellings only', () => {
    for (const t of ['1', 't', 'T', 'true', 'TRUE', 'True'])
      expect(parseBool(t)).toEqual({ ok: true, value: true });
    for (const f of ['0', 'f', 'F', 'false', 'FALSE', 'False'])
      expect(parseBool(f)).toEqual({ ok: true, value: false });
    expect(parseBool('yes')).toEqual({
      ok: false,
      error: 'strconv.ParseBool: parsing "yes": invalid syntax',
    });
  });
});

describe('quoting', () => {
  it('quotes like strconv.Quote', () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('tab\tnl\n\x01\x7f')).toBe('"tab\\tnl\\n\\x01\\x7f"');
    expect(goQuote('é日本')).toBe('"é日本"');
    expect(goQuote('\u200b')).toBe('"\\u200b"');
  });
  it('quotes single bytes like %q of a byte', () => {
    expect(goQuoteByte(0x5a)).toBe("'Z'");
    expect(goQuoteByte(0x3d)).toBe("'='");
    expect(goQuoteByte(0xc3)).toBe("'Ã'");
    expect(goQuoteByte(0x27)).toBe("'\\''");
  });
  it('round-trips UTF-8', () => {
    expect(utf8Bytes('aé😀')).toEqual([0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
    expect(utf8Decode(utf8Bytes('aé😀'))).toBe('aé😀');
    expect(utf8Decode([0xc3])).toBe('\ufffd');
  });
});
