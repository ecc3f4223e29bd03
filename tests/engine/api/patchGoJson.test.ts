// Go's encoding/json syntax errors and fmt's %v as the patch code needs them. The syntax error texts were
// recorded from the real kubectl v1.32 (`kubectl patch --local --type json -p <text>` prints Go's error).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goFormatFloat, goSprintV } from '../../../src/engine/api/patch/goJson';
import { goJsonSyntaxError, parseGoJson, quoteChar } from '../../../src/engine/api/patch/goJsonScanner';
import { goSprintS } from '../../../src/engine/api/patch/patchErrors';
import { decodePatchKey } from '../../../src/engine/api/patch/jsonPatch';
import { goStableSort } from '../../../src/engine/api/patch/goSort';

describe('goJsonSyntaxError (recorded from Go)', () => {
  it.each([
    ['{"spec":{"replicas":2}', 'unexpected end of JSON input'],
    ['{"a":tru', "invalid character ' ' in literal true (expecting 'e')"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['{"a":[1 2]}', "invalid character '2' after array element"],
    ['{"a":"\\x"}', "invalid character 'x' in string escape code"],
    ['{"a":01}', "invalid character '1' after object key:value pair"],
    ['{"a":1.}', "invalid character '}' after decimal point in numeric literal"],
    ['{"a":-}', "invalid character '}' in numeric literal"],
    ['{"a":1e}', "invalid character '}' in exponent of numeric literal"],
    ['{"a":"é', 'unexpected end of JSON input'],
    ['{"a":1} x', "invalid character 'x' after top-level value"],
    ['{é}', "invalid character 'Ã' looking for beginning of object key string"],
    ['{bad', "invalid character 'b' looking for beginning of object key string"],
    ['{', 'unexpected end of JSON input'],
    ['{"a":fals', "invalid character ' ' in literal false (expecting 'e')"],
    ['{"a":nul}', "invalid character '}' in literal null (expecting 'l')"],
    ['{"a":"\t"}', "invalid character '\\t' in string literal"],
    ['{"a":"\\u12"}', "invalid character '\"' in \\u hexadecimal character escape"],
    ['{"a":1.5e+}', "invalid character '}' in exponent of numeric literal"],
    ['{"\\u00e9":1}x', "invalid character 'x' after top-level value"],
  ])('%s', (text, want) => {
    expect(goJsonSyntaxError(text)).toBe(want);
  });

  it('accepts exactly what JSON.parse accepts on generated documents and their truncations', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (text, cut) => {
        const t = text.slice(0, cut % (text.length + 1));
        let valid = true;
        try {
          JSON.parse(t);
        } catch {
          valid = false;
        }
        expect(goJsonSyntaxError(t) === null).toBe(valid);
        const parsed = parseGoJson(t);
        expect(parsed.ok).toBe(valid);
      }),
      { numRuns: 300, seed: 6902 },
    );
  });

  it('quotes bytes like scanner.go quoteChar', () => {
    expect(quoteChar(0x27)).toBe("'\\''");
    expect(quoteChar(0x22)).toBe("'\"'");
    expect(quoteChar(0x0a)).toBe("'\\n'");
    expect(quoteChar(0x01)).toBe("'\\x01'");
    expect(quoteChar(0x85)).toBe("'\\u0085'");
    expect(quoteChar(0xc3)).toBe("'Ã'");
  });
});

describe('fmt verbs on decoded JSON', () => {
  it('%v prints maps sorted, nil as <nil>, floats the Go way', () => {
    expect(goSprintV({ spec: { replicas: 'five', list: [1, 'a', null, true] }, a: 1.5 })).toBe(
      'map[a:1.5 spec:map[list:[1 a <nil> true] replicas:five]]',
    );
    expect(goFormatFloat(1234567.5)).toBe('1.2345675e+06');
    expect(goFormatFloat(100000.5)).toBe('100000.5');
    expect(goFormatFloat(0.00001)).toBe('1e-05');
    expect(goFormatFloat(0.0001)).toBe('0.0001');
    expect(goFormatFloat(-2.5e21)).toBe('-2.5e+21');
  });

  it('%s marks non-strings', () => {
    expect(goSprintS('merge')).toBe('merge');
    expect(goSprintS(1)).toBe('%!s(int64=1)');
    expect(goSprintS(1.5)).toBe('%!s(float64=1.5)');
    expect(goSprintS(true)).toBe('%!s(bool=true)');
    expect(goSprintS(null)).toBe('%!s(<nil>)');
  });
});

describe('JSON pointer and sorting helpers', () => {
  it('decodes ~1 then ~0 in one pass', () => {
    expect(decodePatchKey('a~1b')).toBe('a/b');
    expect(decodePatchKey('~01')).toBe('~1');
    expect(decodePatchKey('~10')).toBe('/0');
  });

  it('goStableSort is a stable sort for a strict order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat()), { maxLength: 120 }),
        (items) => {
          const sorted = [...items];
          goStableSort(sorted, (a, b) => a[0] < b[0]);
          const want = [...items].sort((a, b) => a[0] - b[0]);
          expect(sorted).toEqual(want);
        },
      ),
      { numRuns: 200, seed: 20 },
    );
  });
});
