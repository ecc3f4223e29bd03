import { describe, expect, it } from 'vitest';
import {
  RevisionAnnotation,
  equalIgnoreHash,
  filterActiveReplicaSets,
  findActiveOrLatest,
  findNewReplicaSet,
  findOldReplicaSets,
  replicaSetsByCreationTimestamp,
  replicaSetsByRevision,
  replicaSetsBySizeNewer,
  replicaSetsBySizeOlder,
  semanticDeepEqual,
  setFromReplicaSetTemplate,
} from '../../../../../src/engine/controller/deployment/util';
import type { PodTemplateSpec, ReplicaSet } from '../../../../../src/engine/api/types';
import { toTime } from '../../../../../src/engine/sim/clock';
import { applicableCases, loadVectors } from '../../../../fixtures/conformance';
import { newDeployment, rs } from '../../builders';

interface TemplateFixture {
  name: string;
  nodeName: string;
  annotations: Record<string, string>;
  labels: Record<string, string>;
}

const template = (f: TemplateFixture): PodTemplateSpec => ({
  metadata: { name: f.name, annotations: { ...f.annotations }, labels: { ...f.labels } },
  spec: { containers: [], nodeName: f.nodeName },
});

describe('equalIgnoreHash (TestEqualIgnoreHash)', () => {
  const file = loadVectors<{ former: TemplateFixture; latter: TemplateFixture; expected: boolean }>(
    'TestEqualIgnoreHash',
  );
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const t1 = template(c.former);
      const t2 = template(c.latter);
      const before = [structuredClone(t1), structuredClone(t2)];
      expect(equalIgnoreHash(t1, t2)).toBe(c.expected);
      expect(equalIgnoreHash(t2, t1)).toBe(c.expected);
      // Inputs are left untouched (upstream checks that the labels maps are not nil-ed).
      expect([t1, t2]).toEqual(before);
    });
  }

  it('treats absent, null and empty maps alike (Semantic.DeepEqual)', () => {
    const a: PodTemplateSpec = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c' }] } };
    const b: PodTemplateSpec = {
      metadata: { labels: { app: 'x', 'pod-template-hash': 'abc' }, annotations: {} },
      spec: { containers: [{ name: 'c', env: [] }] },
    };
    expect(equalIgnoreHash(a, b)).toBe(true);
    expect(equalIgnoreHash(a, { ...b, spec: { containers: [{ name: 'c', image: 'nginx' }] } })).toBe(false);
  });
});

const NOW = 3_600_000;
const timeOf = (symbolic: string): string | undefined =>
  symbolic.startsWith('later')
    ? toTime(NOW + 60_000)
    : symbolic.startsWith('before')
      ? toTime(NOW - 60_000)
      : symbolic === 'now'
        ? toTime(NOW)
        : undefined;

/** The three fixtures of TestFindNewReplicaSet / TestFindOldReplicaSets, resolved for one file. */
function fixtures(
  defs: Record<
    string,
    {
      templateEqualsDeploymentIgnoringHash: boolean;
      labelHash?: string;
      creationTimestamp: string;
      specReplicas: number;
    }
  >,
) {
  const d = newDeployment('nginx', 1);
  const out: Record<string, ReplicaSet> = {};
  for (const [name, f] of Object.entries(defs)) {
    const t = structuredClone(d.spec.template);
    t.metadata = {
      ...t.metadata,
      labels: { ...(t.metadata?.labels ?? {}), 'pod-template-hash': f.labelHash ?? 'old' },
    };
    if (!f.templateEqualsDeploymentIgnoringHash)
      t.spec.containers = [{ name: 'different-name', image: 'foo/bar' }];
    const ts = timeOf(f.creationTimestamp);
    out[name] = rs(name, f.specReplicas, { template: t, ...(ts ? { creationTimestamp: ts } : {}) });
  }
  return { d, rss: out };
}

describe('findNewReplicaSet (TestFindNewReplicaSet)', () => {
  const file = loadVectors<{ rsList: string[]; expected: string | null }>('TestFindNewReplicaSet');
  const { d, rss } = fixtures(file.replicaSets as Parameters<typeof fixtures>[0]);
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const list = c.rsList.map((n) => rss[n] as ReplicaSet);
      const copy = [...list];
      expect(findNewReplicaSet(d, list)?.metadata.name ?? null).toBe(c.expected);
      expect(list).toEqual(copy); // the caller's list is not reordered
    });
  }
});

describe('findOldReplicaSets (TestFindOldReplicaSets)', () => {
  const file = loadVectors<{ rsList: string[]; expectedAllOld: string[]; expectedRequired: string[] }>(
    'TestFindOldReplicaSets',
  );
  const { d, rss } = fixtures(file.replicaSets as Parameters<typeof fixtures>[0]);
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const { requiredRSs, allOldRSs } = findOldReplicaSets(
        d,
        c.rsList.map((n) => rss[n] as ReplicaSet),
      );
      const names = (l: ReplicaSet[]) => l.map((r) => r.metadata.name);
      expect(names(allOldRSs)).toEqual(c.expectedAllOld);
      expect(names(requiredRSs)).toEqual(c.expectedRequired);
    });
  }
});

describe('ReplicaSet orderings', () => {
  const at = (name: string, replicas: number, minute: number | undefined, rev?: string) =>
    rs(name, replicas, {
      ...(minute === undefined ? {} : { creationTimestamp: toTime(minute * 60_000) }),
      ...(rev === undefined ? {} : { annotations: { [RevisionAnnotation]: rev } }),
    });
  const names = (l: ReplicaSet[]) => l.map((r) => r.metadata.name);

  it('byCreationTimestamp: oldest first, zero time before all, name breaks ties', () => {
    const l = [at('c', 1, 5), at('b', 1, 5), at('zero', 1, undefined), at('a', 1, 9)];
    expect(names([...l].sort(replicaSetsByCreationTimestamp))).toEqual(['zero', 'b', 'c', 'a']);
  });

  it('bySizeOlder / bySizeNewer: largest first, ties older / newer first', () => {
    const l = [at('old', 3, 1), at('big', 5, 2), at('new', 3, 3)];
    expect(names([...l].sort(replicaSetsBySizeOlder))).toEqual(['big', 'old', 'new']);
    expect(names([...l].sort(replicaSetsBySizeNewer))).toEqual(['big', 'new', 'old']);
  });

  it('byRevision: lowest first, missing = 0, unparsable/equal fall back to creation time', () => {
    const l = [
      at('r2', 0, 1, '2'),
      at('r1', 0, 4, '1'),
      at('none', 0, 9),
      at('bad', 0, 0, 'x'),
      at('r2b', 0, 0, '2'),
    ];
    const sorted = names([...l].sort(replicaSetsByRevision));
    expect(sorted.indexOf('none')).toBeLessThan(sorted.indexOf('r1'));
    expect(sorted.indexOf('r1')).toBeLessThan(sorted.indexOf('r2'));
    expect(sorted.indexOf('r2b')).toBeLessThan(sorted.indexOf('r2'));
  });
});

describe('findActiveOrLatest and filterActiveReplicaSets', () => {
  const old1 = rs('old1', 0, { creationTimestamp: toTime(0) });
  const old2 = rs('old2', 0, { creationTimestamp: toTime(60_000) });
  it('returns the only active RS', () => {
    const active = rs('active', 2, { creationTimestamp: toTime(0) });
    expect(findActiveOrLatest(rs('new', 0), [old1, active])?.metadata.name).toBe('active');
  });
  it('returns the new RS, else the newest old RS, when none is active', () => {
    expect(findActiveOrLatest(rs('new', 0), [old1, old2])?.metadata.name).toBe('new');
    expect(findActiveOrLatest(undefined, [old1, old2])?.metadata.name).toBe('old2');
    expect(findActiveOrLatest(undefined, [])).toBeUndefined();
  });
  it('returns undefined when several are active', () => {
    expect(findActiveOrLatest(rs('new', 1), [rs('o', 1)])).toBeUndefined();
  });
  it('filters out empty and missing RSs', () => {
    expect(
      filterActiveReplicaSets([rs('a', 0), undefined, rs('b', 1), null]).map((r) => r.metadata.name),
    ).toEqual(['b']);
  });
});

describe('setFromReplicaSetTemplate', () => {
  it('copies the RS template without the hash label', () => {
    const d = newDeployment('nginx', 1);
    const t: PodTemplateSpec = {
      metadata: { labels: { foo: 'bar', 'pod-template-hash': 'abc' } },
      spec: { containers: [{ name: 'c', image: 'nginx:1.16' }] },
    };
    setFromReplicaSetTemplate(d, t);
    expect(d.spec.template.metadata?.labels).toEqual({ foo: 'bar' });
    expect(d.spec.template.spec.containers[0]?.image).toBe('nginx:1.16');
    expect(t.metadata?.labels?.['pod-template-hash']).toBe('abc');
  });
});

describe('semantic template equality', () => {
  it('treats Go zero values like absent fields', () => {
    const a: PodTemplateSpec = {
      metadata: { labels: { app: 'x' } },
      spec: { containers: [{ name: 'c', volumeMounts: [{ name: 'v', mountPath: '/d' }] }] },
    };
    const b: PodTemplateSpec = {
      metadata: { labels: { app: 'x' } },
      spec: {
        containers: [{ name: 'c', volumeMounts: [{ name: 'v', mountPath: '/d', readOnly: false }] }],
        nodeName: '',
      },
    };
    expect(equalIgnoreHash(a, b)).toBe(true);
    expect(semanticDeepEqual([0], [])).toBe(false);
    expect(semanticDeepEqual({ n: 1 }, {})).toBe(false);
  });
});
