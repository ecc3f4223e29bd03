import { describe, expect, it } from 'vitest';
import {
  MaxReplicasAnnotation,
  getActualReplicaCountForReplicaSets,
  getAvailableReplicaCountForReplicaSets,
  getProportion,
  getReadyReplicaCountForReplicaSets,
  getReplicaCountForReplicaSets,
  getReplicaSetFraction,
  getTerminatingReplicaCountForReplicaSets,
  isSaturated,
  newRSNewReplicas,
  roundHalfAwayFromZero,
} from '../../../../../src/engine/controller/deployment/util';
import type { ReplicaSet } from '../../../../../src/engine/api/types';
import { applicableCases, loadVectors } from '../../../../fixtures/conformance';
import { newDeployment, rs } from '../../builders';

interface NewRSCase {
  strategyType: string;
  deploymentReplicas: number;
  newRSReplicas: number;
  maxSurge: number;
  maxUnavailable: number;
  otherRSsPassedAsAllRSs: { specReplicas: number }[];
  expected: number;
}

describe('newRSNewReplicas (TestNewRSNewReplicas)', () => {
  for (const c of applicableCases(loadVectors<NewRSCase>('TestNewRSNewReplicas'))) {
    it(c.name, () => {
      const d = newDeployment('foo', c.deploymentReplicas, {
        strategyType: c.strategyType,
        maxSurge: c.maxSurge,
        maxUnavailable: c.maxUnavailable,
      });
      const newRS = rs('foo-new', c.newRSReplicas);
      const allRSs = c.otherRSsPassedAsAllRSs.map((o, i) => rs(`foo-${i}`, o.specReplicas));
      expect(newRSNewReplicas(d, allRSs, newRS)).toEqual({ value: c.expected });
    });
  }

  it('creates the new RS at its first surge step (spec §4.4: 10 replicas, surge 3)', () => {
    const d = newDeployment('foo', 10, { maxSurge: '25%', maxUnavailable: '25%' });
    const newRS = rs('new', 0);
    expect(newRSNewReplicas(d, [rs('old', 10), newRS], newRS)).toEqual({ value: 3 });
  });

  it('rejects unknown strategy types and unset maxSurge like upstream', () => {
    const newRS = rs('new', 0);
    expect(newRSNewReplicas(newDeployment('foo', 1, { strategyType: 'Blue' }), [], newRS).error).toBe(
      "deployment type Blue isn't supported",
    );
    expect(newRSNewReplicas(newDeployment('foo', 1, { maxSurge: null }), [], newRS).error).toBeDefined();
  });
});

interface FractionCase {
  deploymentReplicas: number;
  deploymentStatusReplicas: number;
  deploymentMaxSurge: number;
  deploymentMaxUnavailable: number;
  rsReplicas: number;
  rsAnnotations: Record<string, string>;
  expectedFraction: number;
}

describe('getReplicaSetFraction (TestGetReplicaSetFraction)', () => {
  for (const c of applicableCases(loadVectors<FractionCase>('TestGetReplicaSetFraction'))) {
    it(c.name, () => {
      const d = newDeployment('foo', c.deploymentReplicas, {
        maxSurge: c.deploymentMaxSurge,
        maxUnavailable: c.deploymentMaxUnavailable,
        status: { replicas: c.deploymentStatusReplicas },
      });
      expect(getReplicaSetFraction(rs('foo-rs', c.rsReplicas, { annotations: c.rsAnnotations }), d)).toBe(
        c.expectedFraction,
      );
    });
  }

  it('reproduces the docs example: 8 old + 5 new of 13 scaled to 15 (surge 3) → +3 and +2', () => {
    const d = newDeployment('foo', 15, { maxSurge: 3, maxUnavailable: 2 });
    const annotations = { [MaxReplicasAnnotation]: '13' };
    expect(getReplicaSetFraction(rs('old', 8, { annotations }), d)).toBe(3);
    expect(getReplicaSetFraction(rs('new', 5, { annotations }), d)).toBe(2);
  });

  it('rounds halves away from zero like Go math.Round', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(21.538)).toBe(22);
    // rs 1 of base 2 scaled to 5: 1 × 5 / 2 = 2.5 → 3 → fraction +2
    const d = newDeployment('foo', 5, { maxSurge: 0, maxUnavailable: 1 });
    expect(getReplicaSetFraction(rs('a', 1, { annotations: { [MaxReplicasAnnotation]: '2' } }), d)).toBe(2);
  });
});

describe('getProportion', () => {
  const d = newDeployment('foo', 15, { maxSurge: 3, maxUnavailable: 2 });
  const old = rs('old', 8, { annotations: { [MaxReplicasAnnotation]: '13' } });
  it('caps the fraction by what is left to distribute', () => {
    expect(getProportion(old, d, 5, 0)).toBe(3);
    expect(getProportion(old, d, 5, 4)).toBe(1);
  });
  it('gives nothing to empty or missing RSs, or when everything is distributed', () => {
    expect(getProportion(rs('empty', 0), d, 5, 0)).toBe(0);
    expect(getProportion(undefined, d, 5, 0)).toBe(0);
    expect(getProportion(old, d, 5, 5)).toBe(0);
    expect(getProportion(old, d, 0, 0)).toBe(0);
  });
  it('uses max() when shrinking', () => {
    const smaller = newDeployment('foo', 5, { maxSurge: 0, maxUnavailable: 1 });
    const big = rs('big', 10, { annotations: { [MaxReplicasAnnotation]: '10' } });
    // fraction = round(10 × 5 / 10) − 10 = −5, but only −3 may still be removed
    expect(getProportion(big, smaller, -5, -2)).toBe(-3);
  });
});

interface CountSet {
  name: string;
  specReplicas: number;
  statusReplicas: number;
  statusObservedGeneration: number;
  statusTerminatingReplicas: number | null;
}

describe('replica counts (TestGetReplicaCountForReplicaSets)', () => {
  const file = loadVectors<{
    sets: CountSet[];
    expectedCount: number;
    expectedActual: number;
    expectedTerminating: number | null;
  }>('TestGetReplicaCountForReplicaSets');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const sets = c.sets.map((s) => {
        const status: Partial<ReplicaSet['status']> = {
          replicas: s.statusReplicas,
          observedGeneration: s.statusObservedGeneration,
        };
        if (s.statusTerminatingReplicas !== null) status.terminatingReplicas = s.statusTerminatingReplicas;
        return rs(s.name, s.specReplicas, { status });
      });
      expect(getReplicaCountForReplicaSets(sets)).toBe(c.expectedCount);
      expect(getActualReplicaCountForReplicaSets(sets)).toBe(c.expectedActual);
      expect(getTerminatingReplicaCountForReplicaSets(sets) ?? null).toBe(c.expectedTerminating);
    });
  }

  it('sums ready and available replicas and skips missing entries', () => {
    const sets = [
      rs('a', 3, { status: { replicas: 3, readyReplicas: 2, availableReplicas: 1 } }),
      undefined,
      rs('b', 2, { status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 } }),
    ];
    expect(getReadyReplicaCountForReplicaSets(sets)).toBe(4);
    expect(getAvailableReplicaCountForReplicaSets(sets)).toBe(3);
    expect(getReplicaCountForReplicaSets(sets)).toBe(5);
  });
});

describe('isSaturated', () => {
  // The vector case (TestAnnotationUtils/IsSaturated) runs with the other TestAnnotationUtils cases.
  it('is false without a valid desired-replicas annotation or with unavailable pods', () => {
    const d = newDeployment('foo', 1);
    expect(isSaturated(d, rs('x', 1, { status: { availableReplicas: 1 } }))).toBe(false);
    expect(
      isSaturated(
        d,
        rs('x', 1, {
          annotations: { 'deployment.kubernetes.io/desired-replicas': '1' },
          status: { availableReplicas: 0 },
        }),
      ),
    ).toBe(false);
    expect(isSaturated(d, undefined)).toBe(false);
  });
});
