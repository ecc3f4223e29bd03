// applyPatch end to end: RFC 6902 / RFC 7386 examples, strategic merge on a two-container Deployment, and
// the Status the API server answers for each kind of bad patch.
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../../src/engine/api/types';
import { applyPatch, GENERIC_UNPROCESSABLE } from '../../../src/engine/api/patch';
import { newMarks } from '../../../src/engine/api/patch/encode';
import type { Json, JsonObject } from '../../../src/engine/api/patch/goJson';
import { toJson } from '../../../src/engine/api/patch/goJson';
import { jsonPatch } from '../../../src/engine/api/patch/jsonPatch';
import { mergePatch } from '../../../src/engine/api/patch/mergePatch';
import { loadVectors } from '../../fixtures/conformance';

/** A live two-container Deployment as the API server stores it. */
function web(): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      namespace: 'default',
      uid: 'u-1',
      resourceVersion: '7',
      labels: { app: 'web', tier: 'fe' },
      annotations: { 'deployment.kubernetes.io/revision': '1' },
      finalizers: ['example.com/keep'],
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            {
              name: 'app',
              image: 'nginx:1.14',
              env: [
                { name: 'A', value: '1' },
                { name: 'B', value: '2' },
              ],
              ports: [{ containerPort: 80, protocol: 'TCP' }],
            },
            { name: 'sidecar', image: 'busybox:1.36' },
          ],
        },
      },
    },
    status: { replicas: 3, availableReplicas: 3 },
  };
}

function ok(result: ReturnType<typeof applyPatch>): Deployment {
  if (!result.ok) throw new Error(`patch failed: ${result.error}`);
  return result.value as Deployment;
}

const containers = (d: Deployment): unknown[] => d.spec.template.spec.containers;

describe('RFC 6902 (JSON patch) appendix A examples', () => {
  const apply = (doc: Json, ops: Json): Json | 'error' => {
    try {
      return jsonPatch(toJson(doc) as JsonObject, toJson(ops) as JsonObject[], newMarks());
    } catch {
      return 'error';
    }
  };
  it.each([
    [
      'A.1 add an object member',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz', value: 'qux' }],
      { baz: 'qux', foo: 'bar' },
    ],
    [
      'A.2 add an array element',
      { foo: ['bar', 'baz'] },
      [{ op: 'add', path: '/foo/1', value: 'qux' }],
      { foo: ['bar', 'qux', 'baz'] },
    ],
    [
      'A.3 remove an object member',
      { baz: 'qux', foo: 'bar' },
      [{ op: 'remove', path: '/baz' }],
      { foo: 'bar' },
    ],
    [
      'A.4 remove an array element',
      { foo: ['bar', 'qux', 'baz'] },
      [{ op: 'remove', path: '/foo/1' }],
      { foo: ['bar', 'baz'] },
    ],
    [
      'A.5 replace a value',
      { baz: 'qux', foo: 'bar' },
      [{ op: 'replace', path: '/baz', value: 'boo' }],
      { baz: 'boo', foo: 'bar' },
    ],
    [
      'A.6 move a value',
      { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } },
      [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }],
      { foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } },
    ],
    [
      'A.7 move an array element',
      { foo: ['all', 'grass', 'cows', 'eat'] },
      [{ op: 'move', from: '/foo/1', path: '/foo/3' }],
      { foo: ['all', 'cows', 'eat', 'grass'] },
    ],
    [
      'A.8 test a value: success',
      { baz: 'qux', foo: ['a', 2, 'c'] },
      [
        { op: 'test', path: '/baz', value: 'qux' },
        { op: 'test', path: '/foo/1', value: 2 },
      ],
      { baz: 'qux', foo: ['a', 2, 'c'] },
    ],
    ['A.9 test a value: error', { baz: 'qux' }, [{ op: 'test', path: '/baz', value: 'bar' }], 'error'],
    [
      'A.10 add a nested member object',
      { foo: 'bar' },
      [{ op: 'add', path: '/child', value: { grandchild: {} } }],
      { foo: 'bar', child: { grandchild: {} } },
    ],
    [
      'A.11 ignore unrecognized elements',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz', value: 'qux', xyz: 123 }],
      { foo: 'bar', baz: 'qux' },
    ],
    [
      'A.12 add to a nonexistent target',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz/bat', value: 'qux' }],
      'error',
    ],
    [
      'A.14 ~ escape ordering',
      { '/': 9, '~1': 10 },
      [{ op: 'test', path: '/~01', value: 10 }],
      { '/': 9, '~1': 10 },
    ],
    [
      'A.15 comparing strings and numbers',
      { '/': 9, '~1': 10 },
      [{ op: 'test', path: '/~01', value: '10' }],
      'error',
    ],
    [
      'A.16 add an array value',
      { foo: ['bar'] },
      [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }],
      { foo: ['bar', ['abc', 'def']] },
    ],
  ] as [string, Json, Json, Json][])('%s', (_name, doc, ops, want) => {
    expect(apply(doc, ops)).toEqual(want);
  });
});

describe('RFC 7386 (JSON merge patch) appendix A examples', () => {
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ] as [Json, Json, Json][])('%j + %j', (doc, patch, want) => {
    expect(mergePatch(toJson(doc) as JsonObject, toJson(patch) as JsonObject, newMarks())).toEqual(want);
  });
});

describe('applyPatch: strategic merge on a Deployment', () => {
  it('set image touches only the named container and returns a new object', () => {
    const live = web();
    const before = JSON.stringify(live);
    const out = ok(
      applyPatch(live, 'strategic', {
        spec: { template: { spec: { containers: [{ name: 'sidecar', image: 'busybox:1.37' }] } } },
      }),
    );
    expect(containers(out)).toEqual([
      live.spec.template.spec.containers[0],
      { name: 'sidecar', image: 'busybox:1.37' },
    ]);
    expect(JSON.stringify(live)).toBe(before);
    expect(out).not.toBe(live);
    expect(out.spec.template).not.toBe(live.spec.template);
  });

  it('merges env by name: changed values in place, new ones first in patch order', () => {
    const out = ok(
      applyPatch(web(), 'strategic', {
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: 'app',
                  env: [
                    { name: 'C', value: '3' },
                    { name: 'A', value: '9' },
                  ],
                },
              ],
            },
          },
        },
      }),
    );
    expect(out.spec.template.spec.containers[0]?.env).toEqual([
      { name: 'C', value: '3' },
      { name: 'A', value: '9' },
      { name: 'B', value: '2' },
    ]);
  });

  it('$patch: delete removes a list item by merge key', () => {
    const out = ok(
      applyPatch(web(), 'strategic', {
        spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } },
      }),
    );
    expect(containers(out).map((c) => (c as { name: string }).name)).toEqual(['app']);
  });

  it('$setElementOrder reorders the list', () => {
    const out = ok(
      applyPatch(web(), 'strategic', {
        spec: {
          template: { spec: { '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'app' }] } },
        },
      }),
    );
    expect(containers(out).map((c) => (c as { name: string }).name)).toEqual(['sidecar', 'app']);
  });

  it('null deletes a map key; maps merge', () => {
    const out = ok(applyPatch(web(), 'strategic', { metadata: { labels: { tier: null, track: 'stable' } } }));
    expect(out.metadata.labels).toEqual({ app: 'web', track: 'stable' });
  });

  it('$retainKeys on strategy drops rollingUpdate when switching to Recreate', () => {
    const out = ok(
      applyPatch(web(), 'strategic', { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } }),
    );
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('a null body changes nothing', () => {
    expect(ok(applyPatch(web(), 'strategic', null))).toEqual(web());
  });

  it('drops unknown fields with the server warning', () => {
    const r = applyPatch(web(), 'strategic', {
      spec: { foo: 1, template: { spec: { containers: [{ name: 'app', colour: 'red' }] } } },
    });
    expect(r.ok && r.warnings).toEqual([
      'unknown field "spec.template.spec.containers[0].colour"',
      'unknown field "spec.foo"',
    ]);
    expect(ok(r)).toEqual(web());
  });
});

describe('applyPatch: merge and json patches', () => {
  it('merge patch replaces lists wholesale and deletes with null', () => {
    const out = ok(
      applyPatch(web(), 'merge', {
        spec: { replicas: 5, template: { spec: { containers: [{ name: 'only', image: 'x' }] } } },
        metadata: { labels: { tier: null } },
      }),
    );
    expect(out.spec.replicas).toBe(5);
    expect(containers(out)).toEqual([{ name: 'only', image: 'x' }]);
    expect(out.metadata.labels).toEqual({ app: 'web' });
  });

  it('json patch replace with JSON-pointer escaping', () => {
    const out = ok(
      applyPatch(web(), 'json', [
        { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:1.16' },
        { op: 'add', path: '/metadata/annotations/example.com~1note', value: 'x' },
      ]),
    );
    expect(out.spec.template.spec.containers[0]?.image).toBe('nginx:1.16');
    expect(out.metadata.annotations?.['example.com/note']).toBe('x');
  });

  it('applies the rollout-undo patch kubectl builds (TestGetDeploymentPatch)', () => {
    const vector = loadVectors<{
      expectedPatch: string;
      input: { podTemplate: unknown; annotations: Record<string, string> };
    }>('TestGetDeploymentPatch');
    for (const c of vector.cases) {
      const ops = JSON.parse(c.expectedPatch) as { path: string; value: unknown }[];
      const out = ok(applyPatch(web(), 'json', c.expectedPatch));
      // The whole template and the whole annotation map are replaced (Go keeps empty name/resources/metadata).
      expect(out.spec.template).toEqual(ops.find((o) => o.path === '/spec/template')?.value);
      expect(out.metadata.annotations).toEqual(c.input.annotations);
      expect(out.spec.template.spec.containers.map((x) => x.image)).toEqual(['foo']);
    }
  });
});

describe('applyPatch: failures answer the API server Status', () => {
  const fail = (
    type: 'strategic' | 'merge' | 'json',
    patch: unknown,
  ): { code: number; reason: string; message: string } => {
    const r = applyPatch(web(), type, patch);
    if (r.ok) throw new Error('expected a failure');
    expect(r.error).toBe(r.status.message);
    return { code: r.status.code, reason: r.status.reason, message: r.status.message };
  };

  it('every failed json-patch operation is the generic 422', () => {
    for (const ops of [
      [{ op: 'test', path: '/spec/replicas', value: 4 }],
      [{ op: 'remove', path: '/spec/paused' }],
      [{ op: 'replace', path: '/spec/template/spec/containers/5/image', value: 'x' }],
      [{ op: 'add', path: '/spec/nothere/x', value: 1 }],
      [{ op: 'bogus', path: '/x' }],
      [{ op: 'move', from: '/spec/nope', path: '/spec/x' }],
    ]) {
      expect(fail('json', ops)).toEqual({ code: 422, reason: 'Invalid', message: GENERIC_UNPROCESSABLE });
    }
  });

  it('undecodable bodies are 400 Bad Request with Go’s texts', () => {
    expect(fail('strategic', '{bad')).toEqual({
      code: 400,
      reason: 'BadRequest',
      message: "invalid character 'b' looking for beginning of object key string",
    });
    expect(fail('merge', '{"spec":')).toEqual({
      code: 400,
      reason: 'BadRequest',
      message: 'error decoding patch: unexpected end of JSON input',
    });
    expect(fail('json', '[{"op":"add"')).toMatchObject({
      code: 400,
      message: 'error decoding patch: unexpected end of JSON input',
    });
    expect(fail('strategic', [1])).toMatchObject({
      code: 400,
      message: 'json: cannot unmarshal array into Go value of type map[string]interface {}',
    });
    expect(fail('merge', [1])).toMatchObject({
      code: 400,
      message:
        'error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}',
    });
    expect(fail('merge', null)).toMatchObject({ code: 400, message: 'Invalid JSON Patch' });
    expect(fail('json', { spec: 1 })).toMatchObject({
      code: 400,
      message:
        'error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp',
    });
    expect(fail('json', [{ op: 1 }])).toMatchObject({
      code: 400,
      message:
        'error decoding patch: json: cannot unmarshal number into Go struct field jsonPatchOp.op of type string',
    });
  });

  it('malformed strategic directives', () => {
    expect(fail('strategic', { spec: { strategy: { $retainKeys: 'type' } } })).toEqual({
      code: 400,
      reason: 'BadRequest',
      message: 'invalid patch format of retainKeys',
    });
    expect(fail('strategic', { metadata: { labels: { $patch: 'merge' } } })).toEqual({
      code: 500,
      reason: '',
      message: 'unknown patch type: merge in map: map[$patch:merge]',
    });
    expect(
      fail('strategic', { spec: { template: { spec: { containers: [{ image: 'x' }] } } } }),
    ).toMatchObject({ code: 500, message: 'map: map[image:x] does not contain declared merge key: name' });
    expect(fail('strategic', { metadata: { finalizers: [['a']] } })).toEqual({
      code: 500,
      reason: '',
      message: 'list element types are not identical: [[example.com/keep] [[a]]]',
    });
    const empty = web();
    empty.metadata.finalizers = [];
    const r = applyPatch(empty, 'strategic', { metadata: { finalizers: [['a']] } });
    expect(r.ok ? undefined : r.status).toEqual({
      kind: 'Status',
      status: 'Failure',
      code: 422,
      reason: 'Invalid',
      message: GENERIC_UNPROCESSABLE,
      details: {},
    });
    expect(fail('strategic', { metadata: { $deleteFromPrimitiveListfinalizers: ['a'] } })).toMatchObject({
      code: 400,
      message: 'invalid patch format of primitive list',
    });
  });

  it('a result that does not decode is 422 Invalid `patch: Invalid value`', () => {
    expect(fail('strategic', { spec: { replicas: 'five' } })).toEqual({
      code: 422,
      reason: 'Invalid',
      message:
        ' "" is invalid: patch: Invalid value: "map[spec:map[replicas:five]]": cannot convert string to int32',
    });
    const m = fail('merge', { spec: { replicas: 'five' } });
    expect(m.message).toMatch(
      /^ "" is invalid: patch: Invalid value: "\{\\"apiVersion\\":\\"apps\/v1\\",\\"kind\\":\\"Deployment\\",\\"metadata\\":\{\\"name\\":\\"web\\",/,
    );
    expect(m.message).toMatch(
      /: json: cannot unmarshal string into Go struct field DeploymentSpec\.spec\.replicas of type int32$/,
    );
    expect(fail('strategic', { spec: { strategy: { rollingUpdate: { maxSurge: true } } } }).message).toMatch(
      /json: cannot unmarshal bool into Go value of type int32$/,
    );
    expect(fail('merge', { metadata: { labels: { a: 1 } } }).message).toMatch(
      /json: cannot unmarshal number into Go struct field ObjectMeta\.metadata\.labels of type string$/,
    );
  });

  it('name and namespace must stay those of the request', () => {
    expect(fail('merge', { metadata: { name: 'other' } })).toEqual({
      code: 400,
      reason: 'BadRequest',
      message: 'the name of the object (other) does not match the name on the URL (web)',
    });
    expect(fail('merge', { metadata: { namespace: 'kube-system' } }).message).toBe(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
    expect(ok(applyPatch(web(), 'merge', { metadata: { namespace: null } })).metadata.namespace).toBe(
      'default',
    );
  });

  it('a json patch over the operation limit is 413', () => {
    const ops = Array.from({ length: 10001 }, () => ({ op: 'test', path: '/kind', value: 'Deployment' }));
    expect(fail('json', ops)).toEqual({
      code: 413,
      reason: 'RequestEntityTooLarge',
      message: 'Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001',
    });
  });
});
