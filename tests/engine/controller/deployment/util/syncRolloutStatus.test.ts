import { describe, expect, it } from 'vitest';
import {
  calculateStatus,
  deploymentStatusEqual,
  getDeploymentCondition,
  syncRolloutStatusCompute,
} from '../../../../../src/engine/controller/deployment/util';
import type { DeploymentCondition, DeploymentStatus, ReplicaSet } from '../../../../../src/engine/api/types';
import { fromTime, toTime } from '../../../../../src/engine/sim/clock';
import { applicableCases, loadVectors } from '../../../../fixtures/conformance';
import { newDeployment, rs } from '../../builders';

interface RSFixture {
  name: string;
  specReplicas: number;
  statusReplicas: number;
  availableReplicas: number;
}

interface SyncCase {
  deployment: {
    name: string;
    strategyType: string;
    progressDeadlineSeconds: number | null;
    replicas: number;
    status: DeploymentStatus;
    conditions: DeploymentCondition[];
  };
  otherRSs: RSFixture[];
  newRS: RSFixture | null;
  expectedProgressingCondition: { status: string; reason: string } | null;
  expectedMessage_derivedFromCode?: string;
  upstreamClaims_lastUpdateTimeUnchanged?: boolean;
  upstreamClaims_lastTransitionTimeUnchanged?: boolean;
}

const toRS = (f: RSFixture): ReplicaSet =>
  rs(f.name, f.specReplicas, {
    status: { replicas: f.statusReplicas, availableReplicas: f.availableReplicas },
  });

describe('syncRolloutStatusCompute (TestSyncRolloutStatus)', () => {
  const file = loadVectors<SyncCase>('TestSyncRolloutStatus');
  // Upstream runs on the wall clock, i.e. long after testTime + the 60 s deadline.
  const now = fromTime(file.testTime as string) + 10 * 60_000;
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const f = c.deployment;
      const d = newDeployment(f.name, f.replicas, {
        strategyType: f.strategyType,
        ...(f.progressDeadlineSeconds !== null ? { progressDeadlineSeconds: f.progressDeadlineSeconds } : {}),
        status: f.status,
        conditions: f.conditions,
      });
      const frozen = structuredClone(d);
      const newRS = c.newRS ? toRS(c.newRS) : undefined;
      const allRSs = [...c.otherRSs.map(toRS), ...(newRS ? [newRS] : [])];
      const { status } = syncRolloutStatusCompute(d, allRSs, newRS, now);
      expect(d).toEqual(frozen); // pure
      const got = getDeploymentCondition(status, 'Progressing');
      const before = f.conditions.find((x) => x.type === 'Progressing');
      if (c.expectedProgressingCondition === null) {
        // No deadline: the controller drops the Progressing condition entirely.
        expect(got).toBeUndefined();
        return;
      }
      expect({ status: got?.status, reason: got?.reason }).toEqual(c.expectedProgressingCondition);
      if (c.expectedMessage_derivedFromCode !== undefined)
        expect(got?.message).toBe(c.expectedMessage_derivedFromCode);
      if (c.upstreamClaims_lastUpdateTimeUnchanged) expect(got?.lastUpdateTime).toBe(before?.lastUpdateTime);
      if (c.upstreamClaims_lastTransitionTimeUnchanged) {
        expect(got?.lastTransitionTime).toBe(before?.lastTransitionTime);
      }
      if (got?.reason === 'ReplicaSetUpdated') expect(got.lastUpdateTime).toBe(toTime(now)); // deadline restarted
    });
  }
});

describe('calculateStatus', () => {
  it('sums the ReplicaSets and sets Available (10 replicas, 25%: 8 available is enough)', () => {
    const d = newDeployment('nginx', 10, { maxSurge: '25%', maxUnavailable: '25%', generation: 3 });
    const oldRS = rs('old', 8, { status: { replicas: 8, readyReplicas: 8, availableReplicas: 8 } });
    const newRS = rs('new', 5, { status: { replicas: 5, readyReplicas: 2, availableReplicas: 0 } });
    const s = calculateStatus([oldRS, newRS], newRS, d, 0);
    expect(s).toMatchObject({
      observedGeneration: 3,
      replicas: 13,
      updatedReplicas: 5,
      readyReplicas: 10,
      availableReplicas: 8,
      unavailableReplicas: 5,
    });
    expect(s.conditions).toEqual([
      {
        type: 'Available',
        status: 'True',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
        lastUpdateTime: toTime(0),
        lastTransitionTime: toTime(0),
      },
    ]);
  });

  it('reports Recreate deployments unavailable until every replica is available', () => {
    const d = newDeployment('r', 3, { strategyType: 'Recreate' });
    const newRS = rs('new', 3, { status: { replicas: 3, availableReplicas: 2 } });
    const cond = getDeploymentCondition(calculateStatus([newRS], newRS, d, 0), 'Available');
    expect(cond?.status).toBe('False');
    expect(cond?.message).toBe('Deployment does not have minimum availability.');
  });

  it('keeps existing conditions in place and carries collisionCount; never negative unavailable', () => {
    const progressing: DeploymentCondition = {
      type: 'Progressing',
      status: 'True',
      reason: 'NewReplicaSetAvailable',
      lastUpdateTime: toTime(0),
      lastTransitionTime: toTime(0),
    };
    const d = newDeployment('n', 1, { status: { collisionCount: 2 }, conditions: [progressing] });
    const r = rs('a', 1, { status: { replicas: 3, availableReplicas: 3 } });
    const s = calculateStatus([r], r, d, 5000);
    expect(s.collisionCount).toBe(2);
    expect(s.unavailableReplicas).toBe(0);
    expect(s.conditions?.map((c) => c.type)).toEqual(['Progressing', 'Available']);
  });
});

describe('syncRolloutStatusCompute write / re-queue decision', () => {
  const last = toTime(0);
  const stuck = () =>
    newDeployment('nginx', 3, {
      progressDeadlineSeconds: 600,
      status: {
        observedGeneration: 0,
        replicas: 3,
        updatedReplicas: 3,
        availableReplicas: 1,
        unavailableReplicas: 2,
        terminatingReplicas: 0,
      },
      conditions: [
        {
          type: 'Available',
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
          lastUpdateTime: last,
          lastTransitionTime: last,
        },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: 'ReplicaSet "nginx-1" is progressing.',
          lastUpdateTime: last,
          lastTransitionTime: last,
        },
      ],
    });
  const newRS = rs('nginx-1', 3, { status: { replicas: 3, availableReplicas: 1 } });

  it('writes nothing and re-checks one second after the deadline while stuck', () => {
    const r = syncRolloutStatusCompute(stuck(), [newRS], newRS, 180_000);
    expect(r.changed).toBe(false);
    expect(r.requeueAfterMs).toBe(600_000 - 180_000 + 1000);
  });

  it('flips Progressing to False/ProgressDeadlineExceeded after the deadline', () => {
    const r = syncRolloutStatusCompute(stuck(), [newRS], newRS, 600_001);
    expect(r.changed).toBe(true);
    expect(getDeploymentCondition(r.status, 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "nginx-1" has timed out progressing.',
      lastTransitionTime: toTime(600_001),
    });
  });

  it('copies a ReplicaFailure condition from the ReplicaSet, and removes it again', () => {
    const failing = rs('nginx-1', 3, {
      status: {
        replicas: 3,
        availableReplicas: 1,
        conditions: [
          {
            type: 'ReplicaFailure',
            status: 'True',
            reason: 'FailedCreate',
            message: 'quota',
            lastTransitionTime: last,
          },
        ],
      },
    });
    const r = syncRolloutStatusCompute(stuck(), [failing], failing, 1000);
    expect(getDeploymentCondition(r.status, 'ReplicaFailure')).toEqual({
      type: 'ReplicaFailure',
      status: 'True',
      reason: 'FailedCreate',
      message: 'quota',
      lastUpdateTime: last,
      lastTransitionTime: last,
    });
    const d2 = stuck();
    d2.status = r.status;
    expect(
      getDeploymentCondition(syncRolloutStatusCompute(d2, [newRS], newRS, 2000).status, 'ReplicaFailure'),
    ).toBe(undefined);
  });

  it('compares statuses like reflect.DeepEqual (absent counters = 0, pointer fields not)', () => {
    expect(deploymentStatusEqual({ replicas: 0 }, {})).toBe(true);
    expect(deploymentStatusEqual({ terminatingReplicas: 0 }, {})).toBe(false);
    expect(deploymentStatusEqual({ conditions: [] }, {})).toBe(true);
  });
});
