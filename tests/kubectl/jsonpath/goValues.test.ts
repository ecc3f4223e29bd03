import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printJsonPath } from '../../../src/kubectl/jsonpath';
import {
  formatFloatV,
  goDefault,
  goJson,
  goSyntax,
  goTypeName,
} from '../../../src/kubectl/jsonpath/go/values';

describe('Go value printing', () => {
  it('prints floats like fmt %v (exponent below 1e-4 and from 1e6)', () => {
    expect([0.25, 1000000.5, 0.0000015, 123456.5, 0.0001, 0.00001, 1e21, -2.5].map(formatFloatV)).toEqual([
      '0.25',
      '1.0000005e+06',
      '1.5e-06',
      '123456.5',
      '0.0001',
      '1e-05',
      '1e+21',
      '-2.5',
    ]);
  });
  it('marshals JSON like encoding/json (sorted keys, HTML-safe)', () => {
    expect(goJson({ b: [1, 0.5, null], a: '<&>', c: {} })).toBe(
      '{"a":"\\u003c\\u0026\\u003e","b":[1,0.5,null],"c":{}}',
    );
    expect(goJson(['x', { k: [] }], '    ')).toBe('[\n    "x",\n    {\n        "k": []\n    }\n]');
    expect(goJson('line\nbreak\u2028')).toBe('"line\\nbreak\\u2028"');
  });
  it('dumps like fmt %#v', () => {
    expect(goSyntax({ b: [1, 'x', null], a: true })).toBe(
      'map[string]interface {}{"a":true, "b":[]interface {}{1, "x", interface {}(nil)}}',
    );
  });
  it('formats like fmt %v and names Go types', () => {
    expect(goDefault({ b: [1, 'x'], a: null })).toBe('map[a:<nil> b:[1 x]]');
    expect([3, 0.5, 'x', true, [], {}].map(goTypeName)).toEqual([
      'int64',
      'float64',
      'string',
      'bool',
      '[]interface {}',
      'map[string]interface {}',
    ]);
  });
});

const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 5 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'items', 'name', 'x.y'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const template = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc
    .array(
      fc.constantFrom(
        '{',
        '}',
        '.a',
        '.b',
        '.items',
        '[*]',
        '[0]',
        '[-1]',
        '[1:]',
        '[0,1]',
        "['x.y']",
        '..',
        '.*',
        '[?(@.name=="a")]',
        '[?(@.a)]',
        '[?(@.a>1)]',
        'range ',
        'end',
        '"\\n"',
        '@',
        '$',
        ' ',
        'x',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

describe('JSONPath fuzz', () => {
  it('never throws: prints text or a kubectl-shaped error', () => {
    fc.assert(
      fc.property(template, json, fc.boolean(), (t, data, allow) => {
        const r = printJsonPath(t, data, { allowMissingKeys: allow });
        if (!r.ok)
          expect(r.error).toMatch(
            /^(error parsing jsonpath |error executing jsonpath "|template format specified)/,
          );
        else expect(typeof r.text).toBe('string');
      }),
      { numRuns: 4000 },
    );
  });
});
