// The fast paths must be indistinguishable from the plain code they replace: literal copies of pods and
// metadata equal the spread copies key for key (in order), and the deletion ranking over counted related pods
// per node picks exactly what the pass over the related pods picks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ObjectMeta, Pod } from '../../../src/engine/api/types';
import { getPodsToDelete } from '../../../src/engine/controller/replicaset/podRanking';
import { isPodActive } from '../../../src/engine/controller/deployment/util/podUtil';
import { metaDeleting, metaWithVersion, podWith } from '../../../src/engine/sim/shapes';
import { pod } from '../controller/builders';

const sameJson = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('literal copies (sim/shapes.ts)', () => {
  const templatePodMeta = (): ObjectMeta => ({
    name: 'web-5d4b9c7f6-abcde',
    generateName: 'web-5d4b9c7f6-',
    namespace: 'default',
    labels: { app: 'web' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d4b9c7f6', uid: 'u1' }],
    uid: 'u2',
    resourceVersion: '7',
    creationTimestamp: '2025-03-03T09:00:01Z',
  });

  it('copy a template pod exactly like the spread, in key order', () => {
    const m = templatePodMeta();
    sameJson(metaWithVersion(m, '8'), { ...m, resourceVersion: '8' });
    sameJson(metaDeleting(m, 't', 30, '9'), {
      ...m,
      deletionTimestamp: 't',
      deletionGracePeriodSeconds: 30,
      resourceVersion: '9',
    });
    const deleting = { ...m, deletionTimestamp: 't', deletionGracePeriodSeconds: 30 };
    sameJson(metaWithVersion(deleting, '10'), { ...deleting, resourceVersion: '10' });
    sameJson(metaDeleting(deleting, 't2', 5, '11'), {
      ...deleting,
      deletionTimestamp: 't2',
      deletionGracePeriodSeconds: 5,
      resourceVersion: '11',
    });
    const p = pod('p');
    const status = { phase: 'Running' as const };
    sameJson(podWith(p, m, p.spec, status), { ...p, metadata: m, status });
  });

  it('fall back to the spread for any other shape (extra keys, other order)', () => {
    const m = { ...templatePodMeta(), annotations: { a: 'b' } };
    sameJson(metaWithVersion(m, '8'), { ...m, resourceVersion: '8' });
    const reordered: ObjectMeta = { namespace: 'default', name: 'x', uid: 'u', resourceVersion: '1' };
    sameJson(metaWithVersion(reordered, '2'), { ...reordered, resourceVersion: '2' });
    sameJson(metaDeleting(reordered, 't', 1, '3'), {
      ...reordered,
      deletionTimestamp: 't',
      deletionGracePeriodSeconds: 1,
      resourceVersion: '3',
    });
    const odd = {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: reordered,
      spec: pod('q').spec,
      status: {},
    } as Pod;
    sameJson(podWith(odd, reordered, odd.spec, { phase: 'Pending' }), {
      ...odd,
      metadata: reordered,
      status: { phase: 'Pending' },
    });
  });
});

describe('getPodsToDelete over counted related pods per node', () => {
  const NOW = 400 * 86_400_000;
  const arbPod = fc.record({
    node: fc.constantFrom('', 'n1', 'n2', 'n3'),
    phase: fc.constantFrom('Pending' as const, 'Running' as const, 'Succeeded' as const),
    ready: fc.boolean(),
    readyAgoS: fc.integer({ min: 0, max: 5000 }),
    createdAgoS: fc.integer({ min: 0, max: 5000 }),
    restarts: fc.nat(3),
    deleting: fc.boolean(),
  });

  it('picks the same pods as ranking against the pod list', () => {
    fc.assert(
      fc.property(fc.array(arbPod, { minLength: 1, maxLength: 40 }), fc.nat(40), (specs, diff) => {
        const iso = (agoS: number) => new Date(Date.UTC(2025, 2, 3, 9) + NOW - agoS * 1000).toISOString();
        const pods = specs.map((s, i) =>
          pod(`p${i}`, {
            nodeName: s.node || undefined,
            phase: s.phase,
            ready: s.ready
              ? { status: 'True', lastTransitionTime: iso(s.readyAgoS).replace('.000', '') }
              : false,
            restartCounts: [s.restarts],
            creationTimestamp: iso(s.createdAgoS).replace('.000', ''),
            ...(s.deleting ? { deletionTimestamp: iso(0).replace('.000', '') } : {}),
            uid: `uid-${String(i).padStart(3, '0')}`,
          }),
        );
        const active = pods.filter(isPodActive);
        const counts = new Map<string, number>();
        for (const p of pods)
          if (isPodActive(p)) counts.set(p.spec.nodeName ?? '', (counts.get(p.spec.nodeName ?? '') ?? 0) + 1);
        expect(getPodsToDelete(active, counts, diff, NOW)).toEqual(getPodsToDelete(active, pods, diff, NOW));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
