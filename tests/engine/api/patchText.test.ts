// parsePatchText: the body `kubectl patch -p` sends, and kubectl's client-side errors (recorded from the real
// kubectl v1.32 with `kubectl patch -f d.yaml --local -p <text>`).
import { describe, expect, it } from 'vitest';
import { applyPatch, parsePatchText } from '../../../src/engine/api/patch';

describe('parsePatchText', () => {
  it.each([
    ['a: b: c', 'yaml: mapping values are not allowed in this context'],
    ['[1', "yaml: line 1: did not find expected ',' or ']'"],
    ['[', 'yaml: line 1: did not find expected node content'],
    ['[1,', 'yaml: line 1: did not find expected node content'],
    ['a: [1,', 'yaml: line 1: did not find expected node content'],
    ['x: {a: 1', "yaml: line 1: did not find expected ',' or '}'"],
    ['- a\nb', "yaml: line 3: could not find expected ':'"],
    ['a:\n\tb: 1', 'yaml: line 2: found character that cannot start any token'],
    ['a: b\n  c: d: e', 'yaml: line 2: mapping values are not allowed in this context'],
    ['x:\n  y: 1\n  z: a: b', 'yaml: line 3: mapping values are not allowed in this context'],
    ['"unterminated', 'yaml: found unexpected end of stream'],
    ["a: 'x", 'yaml: found unexpected end of stream'],
    ['key: @x', 'yaml: found character that cannot start any token'],
    ['a: *x', "yaml: unknown anchor 'x' referenced"],
    ['? [1]: 2', 'yaml: invalid map key: []interface {}{1}'],
    ['a: .inf', 'json: unsupported value: +Inf'],
  ])('%j fails client-side', (text, err) => {
    const quoted = JSON.stringify(text).replace(/\\t/g, '\\t');
    expect(parsePatchText(text)).toEqual({ ok: false, error: `unable to parse ${quoted}: ${err}` });
  });

  it('an empty patch is refused before anything is sent', () => {
    expect(parsePatchText('')).toEqual({
      ok: false,
      error: 'must specify --patch or --patch-file containing the contents of the patch',
    });
  });

  it.each([
    ['spec: {replicas: 4}', '{"spec":{"replicas":4}}'],
    ['{bad', '{bad'],
    [' {"x":1}', ' {"x":1}'],
    ['[1]', '[1]'],
    ['null', 'null'],
    ['abc', '"abc"'],
    ['a: 1\na: 2', '{"a":2}'],
    ['a: yes\nb: off\nc: 010\nd: 0x10\ne: 2001-12-14', '{"a":true,"b":false,"c":8,"d":16,"e":"2001-12-14"}'],
    ['b: 1\na: "x<y"', '{"a":"x\\u003cy","b":1}'],
  ])('%j is sent as %s', (text, body) => {
    expect(parsePatchText(text)).toEqual({ ok: true, body });
  });

  it('a JSON-looking body is parsed by the server, which reports Go’s syntax error', () => {
    const body = parsePatchText('{"spec":{"replicas":2}');
    expect(body).toEqual({ ok: true, body: '{"spec":{"replicas":2}' });
    const live = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x', namespace: 'default' },
      spec: { replicas: 1 },
    };
    const r = applyPatch(live, 'strategic', body.ok ? body.body : '');
    expect(r.ok ? undefined : r.status).toEqual({
      kind: 'Status',
      status: 'Failure',
      code: 400,
      reason: 'BadRequest',
      message: 'unexpected end of JSON input',
    });
    const good = applyPatch(
      live,
      'strategic',
      (parsePatchText('spec: {replicas: 4}') as { body: string }).body,
    );
    expect(good.ok && good.value).toMatchObject({ spec: { replicas: 4 } });
  });
});
