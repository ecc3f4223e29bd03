import { describe, expect, it } from 'vitest';
import {
  maxSurge,
  maxUnavailable,
  minAvailable,
  resolveFenceposts,
} from '../../../../../src/engine/controller/deployment/util';
import type { IntOrString } from '../../../../../src/engine/api/types';
import { applicableCases, loadVectors } from '../../../../fixtures/conformance';
import { newDeployment } from '../../builders';

interface FencepostCase {
  maxSurge: string | null;
  maxUnavailable: string | null;
  desired: number;
  expectSurge: number;
  expectUnavailable: number;
  expectError: boolean;
}

describe('resolveFenceposts (TestResolveFenceposts)', () => {
  for (const c of applicableCases(loadVectors<FencepostCase>('TestResolveFenceposts'))) {
    it(c.name, () => {
      const r = resolveFenceposts(c.maxSurge, c.maxUnavailable, c.desired);
      expect(r.error !== undefined).toBe(c.expectError);
      expect(r.surge ?? 0).toBe(c.expectSurge);
      expect(r.unavailable ?? 0).toBe(c.expectUnavailable);
    });
  }

  it('rounds the default 25%/25% as in the spec table', () => {
    const table: [number, number, number][] = [
      [1, 1, 0],
      [2, 1, 0],
      [3, 1, 0],
      [4, 1, 1],
      [10, 3, 2],
    ];
    for (const [replicas, surge, unavailable] of table) {
      expect(resolveFenceposts('25%', '25%', replicas)).toEqual({ surge, unavailable });
    }
  });
});

interface DeploymentFixture {
  strategyType: string;
  replicas: number | null;
  maxSurge?: IntOrString;
  maxUnavailable?: IntOrString;
}

function fromFixture(f: DeploymentFixture) {
  return newDeployment('foo', f.replicas, {
    strategyType: f.strategyType,
    ...(f.maxSurge !== undefined ? { maxSurge: f.maxSurge } : {}),
    ...(f.maxUnavailable !== undefined ? { maxUnavailable: f.maxUnavailable } : {}),
  });
}

describe('maxUnavailable (TestMaxUnavailable)', () => {
  for (const c of applicableCases(
    loadVectors<{ deployment: DeploymentFixture; expected: number }>('TestMaxUnavailable'),
  )) {
    it(c.name, () => expect(maxUnavailable(fromFixture(c.deployment))).toBe(c.expected));
  }
});

describe('minAvailable (TestMinAvailable)', () => {
  for (const c of applicableCases(
    loadVectors<{ deployment: DeploymentFixture; expected: number }>('TestMinAvailable'),
  )) {
    it(c.name, () => expect(minAvailable(fromFixture(c.deployment))).toBe(c.expected));
  }
});

describe('maxSurge', () => {
  it('is the rounded-up surge for RollingUpdate and 0 for Recreate', () => {
    expect(maxSurge(newDeployment('d', 10, { maxSurge: '25%', maxUnavailable: '25%' }))).toBe(3);
    expect(maxSurge(newDeployment('d', 3, { maxSurge: '25%', maxUnavailable: '25%' }))).toBe(1);
    expect(maxSurge(newDeployment('d', 10, { strategyType: 'Recreate' }))).toBe(0);
  });
  it('treats an invalid value as 0 instead of failing', () => {
    expect(maxSurge(newDeployment('d', 10, { maxSurge: 'oops', maxUnavailable: 1 }))).toBe(0);
  });
});
