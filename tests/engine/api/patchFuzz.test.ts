// Seeded fuzzing of applyPatch: random documents and random patches (with strategic directives, json-patch
// operations and raw bodies) never throw, never mutate their inputs, and fail only with a Status.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, type PatchType } from '../../../src/engine/api/patch';

const key = fc.oneof(
  fc.constantFrom(
    'spec',
    'metadata',
    'template',
    'containers',
    'name',
    'image',
    'env',
    'labels',
    'finalizers',
    'replicas',
    'strategy',
    'ports',
    'containerPort',
    'value',
    '__proto__',
  ),
  fc.constantFrom(
    '$patch',
    '$retainKeys',
    '$setElementOrder/containers',
    '$setElementOrder/env',
    '$deleteFromPrimitiveList/finalizers',
    '$setElementOrder/finalizers',
  ),
  fc.string({ maxLength: 4 }),
);
const scalar = fc.oneof(
  fc.constantFrom('replace', 'delete', 'merge', 'app', 'x', null, true, 0, 1, 1.5, -1, 80),
  fc.string({ maxLength: 3 }),
  fc.integer(),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 5 }),
  ),
})).v;

/** A live Deployment with two containers, the shape the patch code meets most. */
const deployment = (): Record<string, unknown> => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', labels: { app: 'web' }, finalizers: ['a', 'b'] },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'app', image: 'a', env: [{ name: 'X', value: '1' }], ports: [{ containerPort: 80 }] },
          { name: 'side', image: 'b' },
        ],
      },
    },
  },
  status: { replicas: 2 },
});

/** Patches aimed at the Deployment: a random value grafted at a random depth of a realistic path. */
const smpPatch = fc
  .tuple(
    fc.constantFrom([], ['metadata'], ['spec'], ['spec', 'template', 'spec'], ['spec', 'strategy']),
    value,
  )
  .map(([path, v]) => path.reduceRight<unknown>((acc, k) => ({ [k]: acc }), v));
const containerPatch = fc
  .array(
    fc.record(
      {
        name: fc.constantFrom('app', 'side', 'new'),
        image: fc.option(fc.string({ maxLength: 3 })),
        $patch: fc.option(fc.constantFrom('delete', 'replace', 'merge', 'x')),
      },
      { requiredKeys: ['name'] },
    ),
    { maxLength: 3 },
  )
  .map((containers) => ({ spec: { template: { spec: { containers } } } }));
const pointer = fc.oneof(
  fc.constantFrom(
    '/spec/replicas',
    '/spec/template/spec/containers/0/image',
    '/spec/template/spec/containers/-',
    '/spec/template/spec/containers/-1',
    '/metadata/labels/a~1b',
    '/metadata/finalizers/9',
    '',
    '/',
    'spec/replicas',
    '/status',
  ),
  fc
    .array(fc.constantFrom('spec', 'template', '0', '1', '-', 'x', '~0', '~1', '01'), { maxLength: 5 })
    .map((p) => `/${p.join('/')}`),
);
const jsonOps = fc.array(
  fc.record(
    {
      op: fc.constantFrom('add', 'remove', 'replace', 'move', 'copy', 'test', 'nope'),
      path: pointer,
      from: pointer,
      value,
    },
    { requiredKeys: ['op'] },
  ),
  { maxLength: 4 },
);
const body = fc.oneof(
  fc.json(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('{bad', '{"spec":', '[1,]', 'null', '{}', '[]'),
);

function check(current: unknown, type: PatchType, patch: unknown): void {
  const before = JSON.stringify([current, patch]);
  const r = applyPatch(current, type, patch);
  expect(JSON.stringify([current, patch])).toBe(before);
  if (r.ok) {
    expect(r.value).not.toBe(current);
    expect(typeof JSON.stringify(r.value)).toBe('string');
  } else {
    expect([400, 413, 422, 500]).toContain(r.status.code);
    expect(r.error).toBe(r.status.message);
    expect(r.status.message.length).toBeGreaterThan(0);
  }
}

describe('applyPatch fuzz', () => {
  const type = fc.constantFrom<PatchType>('strategic', 'merge', 'json');

  it('random values on random documents', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), type, value, (doc, t, patch) =>
        check({ kind: 'Deployment', metadata: { name: 'web' }, ...doc }, t, patch),
      ),
      { numRuns: 400, seed: 7386 },
    );
  });

  it('strategic patches on a Deployment', () => {
    fc.assert(
      fc.property(fc.oneof(smpPatch, containerPatch), (patch) => check(deployment(), 'strategic', patch)),
      { numRuns: 600, seed: 1234 },
    );
  });

  it('merge patches on a Deployment', () => {
    fc.assert(
      fc.property(smpPatch, (patch) => check(deployment(), 'merge', patch)),
      { numRuns: 300, seed: 4321 },
    );
  });

  it('json patches on a Deployment', () => {
    fc.assert(
      fc.property(jsonOps, (ops) => check(deployment(), 'json', ops)),
      { numRuns: 600, seed: 6902 },
    );
  });

  it('raw request bodies of every type', () => {
    fc.assert(
      fc.property(type, body, (t, b) => check(deployment(), t, b)),
      { numRuns: 400, seed: 42 },
    );
  });

  it('pinned regressions', () => {
    check(deployment(), 'strategic', {
      spec: { template: { spec: { '$setElementOrder/containers': [], containers: [] } } },
    });
    check(deployment(), 'strategic', {
      metadata: { '$setElementOrder/finalizers': [{ a: 1 }], finalizers: [{ a: 1 }] },
    });
    check(deployment(), 'strategic', {
      spec: {
        template: { spec: { containers: [{ name: 'app', $patch: 'replace' }, { $patch: 'delete' }] } },
      },
    });
    check(deployment(), 'json', [{ op: 'copy', from: '/spec', path: '/spec/template/x' }]);
    check(
      { kind: 'Deployment', metadata: { name: 'web' }, __proto__: { a: 1 } },
      'merge',
      JSON.parse('{"__proto__":{"b":null}}'),
    );
  });
});
