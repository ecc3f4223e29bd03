import { describe, expect, it } from 'vitest';
import { compileJsonPath, executeJsonPath, printJsonPath } from '../../../src/kubectl/jsonpath';
import { OBJECT, OBSERVED_JSONPATH } from './jsonpathObserved';

/** What kubectl would print for our outcome (errors go through CheckErr: `error: ` prefix). */
function asKubectl(template: string, allowMissingKeys: boolean, outputJson: boolean) {
  const r = printJsonPath(template, OBJECT, { allowMissingKeys, outputJson });
  if (r.ok) return { exitCode: 0, stdout: r.text, stderr: '' };
  return { exitCode: 1, stdout: '', stderr: `error: ${r.error}${r.error.endsWith('\n') ? '' : '\n'}` };
}

/** The characters of an output, sorted: equal for outputs that differ only in the order of values. */
const tokens = (s: string) => [...s].sort().join('');

describe('JSONPath against real kubectl 1.32', () => {
  it('has a recorded table', () => expect(OBSERVED_JSONPATH.length).toBeGreaterThan(150));
  for (const o of OBSERVED_JSONPATH) {
    const label = `${o.outputJson ? 'jsonpath-as-json' : 'jsonpath'}=${o.template}${o.allowMissingKeys ? '' : ' (missing keys are errors)'}`;
    it(label, () => {
      const ours = asKubectl(o.template, o.allowMissingKeys, o.outputJson);
      if (o.anyOrder) {
        // Go visits map keys in random order here; we visit them sorted. Same values, same count.
        expect({ ...ours, stdout: tokens(ours.stdout) }).toEqual({
          exitCode: o.exitCode,
          stdout: tokens(o.stdout),
          stderr: o.stderr,
        });
      } else expect(ours).toEqual({ exitCode: o.exitCode, stdout: o.stdout, stderr: o.stderr });
    });
  }
});

describe('JSONPath on lists (kubectl get output)', () => {
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    metadata: { resourceVersion: '' },
    items: [
      {
        metadata: { name: 'web-1', labels: { app: 'web' } },
        status: { phase: 'Running', podIP: '10.0.0.1' },
      },
      { metadata: { name: 'web-2', labels: { app: 'web' } }, status: { phase: 'Pending' } },
      { metadata: { name: 'db-1', labels: { app: 'db' } }, status: { phase: 'Running' } },
    ],
  };
  const cases: [string, string][] = [
    ['{.items[*].metadata.name}', 'web-1 web-2 db-1'],
    ['{.items[?(@.status.phase=="Running")].metadata.name}', 'web-1 db-1'],
    [
      '{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}',
      'web-1\tRunning\nweb-2\tPending\ndb-1\tRunning\n',
    ],
    ['{.items[0].status}', '{"phase":"Running","podIP":"10.0.0.1"}'],
    ['{.items[*].status.podIP}', '10.0.0.1'],
    ['{.items[-1:].metadata.name}', 'db-1'],
    ['{.items[?(@.metadata.labels.app=="web")].metadata.name}', 'web-1 web-2'],
    ['{..phase}', 'Running Pending Running'],
    ['{.items[*].metadata.labels.app}', 'web web db'],
  ];
  for (const [template, expected] of cases) {
    it(template, () => expect(printJsonPath(template, list)).toEqual({ ok: true, text: expected }));
  }
  it('drops undefined fields like a JSON round trip', () => {
    expect(printJsonPath('{.a}', { a: undefined, b: 1 })).toEqual({ ok: true, text: '' });
    expect(printJsonPath('{}', { a: undefined, b: 1 })).toEqual({ ok: true, text: '{"b":1}' });
  });
  it('keeps unusual keys as ordinary keys', () => {
    expect(printJsonPath('{.__proto__.x}', JSON.parse('{"__proto__":{"x":1}}'))).toEqual({
      ok: true,
      text: '1',
    });
  });
  it('a compiled template can run on many objects', () => {
    const c = compileJsonPath('{range .items[*]}{.metadata.name},{end}');
    if (!c.ok) throw new Error(c.error);
    expect(executeJsonPath(c.template, list)).toEqual({ ok: true, text: 'web-1,web-2,db-1,' });
    expect(executeJsonPath(c.template, { items: [] })).toEqual({ ok: true, text: '' });
  });
  it('an empty template is kubectl\'s "no template given"', () => {
    expect(printJsonPath('', list)).toEqual({
      ok: false,
      error: 'template format specified but no template given',
    });
  });
});
