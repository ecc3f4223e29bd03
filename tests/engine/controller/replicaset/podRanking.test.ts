import { describe, expect, it } from 'vitest';
import {
  activePodsComparator,
  activePodsWithRanksLess,
  getDeletionCostFromPodAnnotations,
  getPodsToDelete,
} from '../../../../src/engine/controller/replicaset/podRanking';
import type { Pod } from '../../../../src/engine/api/types';
import { Random } from '../../../../src/engine/sim/random';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';
import { type PodOptions, pod, symbolicTime } from '../builders';

// "now" of the ranking tests: some sim instant well after the epoch.
const NOW = 400 * 86_400_000;

interface PodFixture {
  name: string;
  nodeName: string;
  phase: 'Pending' | 'Running' | 'Unknown';
  ready?: boolean;
  readyCondition?: { status: 'True' | 'False'; lastTransitionTime: string | null } | 'True' | 'False' | null;
  containerRestartCounts?: number[];
  creationTimestamp?: string | null;
  annotations?: Record<string, string>;
}

function fromFixture(f: PodFixture): Pod {
  let ready: PodOptions['ready'];
  if (typeof f.readyCondition === 'string') ready = f.readyCondition === 'True';
  else if (f.readyCondition) {
    const ltt = symbolicTime(f.readyCondition.lastTransitionTime, NOW);
    ready = { status: f.readyCondition.status, ...(ltt !== undefined ? { lastTransitionTime: ltt } : {}) };
  }
  const created = symbolicTime(f.creationTimestamp ?? null, NOW);
  return pod(f.name, {
    nodeName: f.nodeName,
    phase: f.phase,
    ...(ready !== undefined ? { ready } : {}),
    ...(f.containerRestartCounts ? { restartCounts: f.containerRestartCounts } : {}),
    ...(created !== undefined ? { creationTimestamp: created } : {}),
    ...(f.annotations ? { annotations: f.annotations } : {}),
  });
}

describe('ActivePods order (TestSortingActivePods)', () => {
  const file = loadVectors<{ pods: PodFixture[]; wantOrder: string[] }>('TestSortingActivePods');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const pods = c.pods.map(fromFixture);
      const rnd = new Random(20240607);
      for (let i = 0; i < 20; i++) {
        const shuffled = [...pods];
        for (let j = shuffled.length - 1; j > 0; j--) {
          const k = rnd.int(j + 1);
          [shuffled[j], shuffled[k]] = [shuffled[k] as Pod, shuffled[j] as Pod];
        }
        expect(shuffled.sort(activePodsComparator).map((p) => p.metadata.name)).toEqual(c.wantOrder);
      }
    });
  }
});

interface RankCase {
  kind: 'equal' | 'less';
  p1?: string;
  p2?: string;
  rank1?: number;
  rank2?: number;
  lesser?: string;
  lesserRank?: number;
  greater?: string;
  greaterRank?: number;
  podDeletionCost: boolean;
  logarithmicScaleDown: boolean;
}

describe('ActivePodsWithRanks order (TestSortingActivePodsWithRanks)', () => {
  const file = loadVectors<RankCase>('TestSortingActivePodsWithRanks');
  const fixtures = file.pods as Record<string, PodFixture>;
  const get = (name: string | undefined): Pod => {
    const f = name === undefined ? undefined : fixtures[name];
    if (!f) throw new Error(`unknown pod fixture ${name}`);
    return fromFixture(f);
  };
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const opts = { podDeletionCost: c.podDeletionCost };
      expect(c.logarithmicScaleDown).toBe(true); // the only mode we implement (GA since 1.31)
      if (c.kind === 'equal') {
        const [a, b, ra, rb] = [get(c.p1), get(c.p2), c.rank1 ?? 0, c.rank2 ?? 0];
        expect(activePodsWithRanksLess(a, b, ra, rb, NOW, opts)).toBe(false);
        expect(activePodsWithRanksLess(b, a, rb, ra, NOW, opts)).toBe(false);
      } else {
        const [a, b, ra, rb] = [get(c.lesser), get(c.greater), c.lesserRank ?? 0, c.greaterRank ?? 0];
        expect(activePodsWithRanksLess(a, b, ra, rb, NOW, opts)).toBe(true);
        expect(activePodsWithRanksLess(b, a, rb, ra, NOW, opts)).toBe(false);
      }
    });
  }

  it('breaks same-bucket ties by UID and sorts different buckets by age', () => {
    const readyAt = (name: string, ago: string, uid: string) =>
      pod(name, {
        nodeName: 'n',
        phase: 'Running',
        ready: { status: 'True', lastTransitionTime: symbolicTime(ago, NOW) ?? '' },
        uid,
      });
    const a = readyAt('a', 'now-5h', 'b-uid');
    const b = readyAt('b', 'now-8h', 'a-uid');
    expect(activePodsWithRanksLess(b, a, 1, 1, NOW)).toBe(true); // same bucket → smaller UID first
    const recent = readyAt('c', 'now-10s', 'z');
    expect(activePodsWithRanksLess(recent, a, 1, 1, NOW)).toBe(true); // more recently ready first
  });
});

describe('pod-deletion-cost annotation', () => {
  const cost = (v: string) =>
    getDeletionCostFromPodAnnotations({ 'controller.kubernetes.io/pod-deletion-cost': v });
  it('parses int32 values and ignores invalid ones', () => {
    expect(cost('10')).toBe(10);
    expect(cost('-5')).toBe(-5);
    expect(cost('0')).toBe(0);
    expect([cost('+10'), cost('008'), cost('abc'), cost('2147483648'), cost('')]).toEqual([0, 0, 0, 0, 0]);
    expect(getDeletionCostFromPodAnnotations(undefined)).toBe(0);
  });
});

describe('getPodsToDelete (TestGetPodsToDelete)', () => {
  const file = loadVectors<{
    pods: string[];
    related: string[] | null;
    diff: number;
    expectedPodsToDelete: string[];
  }>('TestGetPodsToDelete');
  const fixtures = file.pods as unknown as Record<string, PodFixture>;
  // One object per fixture name, so duplicates in a list are the same pod (as upstream's pointers).
  const objects = new Map(Object.entries(fixtures).map(([k, f]) => [k, fromFixture(f)]));
  const resolve = (names: string[]): Pod[] => names.map((n) => objects.get(n) as Pod);
  const nameOf = new Map([...objects].map(([k, p]) => [p, k]));
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const pods = resolve(c.pods);
      const related = c.related === null ? pods : resolve(c.related);
      const before = [...pods];
      const got = getPodsToDelete(pods, related, c.diff, NOW);
      expect(got.map((p) => nameOf.get(p))).toEqual(c.expectedPodsToDelete);
      expect(pods).toEqual(before);
    });
  }

  it('ranks by co-located related pods: the node with more pods of the Deployment loses one first', () => {
    const onNode = (name: string, node: string) =>
      pod(name, { nodeName: node, phase: 'Running', ready: true });
    const a = onNode('a', 'n1');
    const b = onNode('b', 'n2');
    const siblings = [
      onNode('s1', 'n2'),
      onNode('s2', 'n2'),
      pod('gone', { nodeName: 'n1', phase: 'Succeeded' }),
    ];
    expect(getPodsToDelete([a, b], [a, b, ...siblings], 1, NOW)).toEqual([b]);
  });
});
