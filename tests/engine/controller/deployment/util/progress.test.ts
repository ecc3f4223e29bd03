import { describe, expect, it } from 'vitest';
import {
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  requeueStuckDeployment,
} from '../../../../../src/engine/controller/deployment/util';
import type { DeploymentCondition, DeploymentStatus } from '../../../../../src/engine/api/types';
import { fromTime } from '../../../../../src/engine/sim/clock';
import { applicableCases, loadVectors } from '../../../../fixtures/conformance';
import { newDeployment, symbolicMs } from '../../builders';

interface CompleteCase {
  desired: number;
  statusReplicas: number;
  statusUpdatedReplicas: number;
  statusAvailableReplicas: number;
  maxUnavailable: number;
  maxSurge: number;
  expected: boolean;
}

describe('deploymentComplete (TestDeploymentComplete)', () => {
  for (const c of applicableCases(loadVectors<CompleteCase>('TestDeploymentComplete'))) {
    it(c.name, () => {
      const d = newDeployment('foo', c.desired, {
        maxSurge: c.maxSurge,
        maxUnavailable: c.maxUnavailable,
        status: {
          replicas: c.statusReplicas,
          updatedReplicas: c.statusUpdatedReplicas,
          availableReplicas: c.statusAvailableReplicas,
        },
      });
      expect(deploymentComplete(d, d.status)).toBe(c.expected);
    });
  }

  it('requires the current generation to be observed', () => {
    const d = newDeployment('foo', 1, {
      generation: 2,
      status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 },
    });
    expect(deploymentComplete(d, d.status)).toBe(false);
    expect(deploymentComplete(d, { ...d.status, observedGeneration: 2 })).toBe(true);
  });
});

describe('deploymentProgressing (TestDeploymentProgressing)', () => {
  const file = loadVectors<{ oldStatus: DeploymentStatus; newStatus: DeploymentStatus; expected: boolean }>(
    'TestDeploymentProgressing',
  );
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const d = newDeployment('foo', 10, { status: c.oldStatus });
      expect(deploymentProgressing(d, c.newStatus)).toBe(c.expected);
    });
  }
});

interface TimedOutCase {
  progressDeadlineSeconds: number | null;
  condition: { type: 'Progressing'; status: 'True'; reason: string; lastUpdateTime: string | null };
  now: string | null;
  expected: boolean;
}

function progressingCondition(c: TimedOutCase['condition']): DeploymentCondition {
  const cond: DeploymentCondition = { type: c.type, status: c.status, reason: c.reason };
  if (c.lastUpdateTime !== null) cond.lastUpdateTime = c.lastUpdateTime;
  return cond;
}

describe('deploymentTimedOut (TestDeploymentTimedOut)', () => {
  for (const c of applicableCases(loadVectors<TimedOutCase>('TestDeploymentTimedOut'))) {
    it(c.name, () => {
      const d = newDeployment('foo', 1, {
        ...(c.progressDeadlineSeconds !== null ? { progressDeadlineSeconds: c.progressDeadlineSeconds } : {}),
        conditions: [progressingCondition(c.condition)],
      });
      const now = c.now === null ? 0 : (symbolicMs(c.now, 0) ?? 0);
      expect(deploymentTimedOut(d, d.status, now)).toBe(c.expected);
    });
  }

  it('is strict: exactly at the deadline is not yet timed out', () => {
    const last = '2016-01-01T00:01:10Z';
    const d = newDeployment('foo', 1, {
      progressDeadlineSeconds: 10,
      conditions: [
        { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', lastUpdateTime: last },
      ],
    });
    expect(deploymentTimedOut(d, d.status, fromTime(last) + 10_000)).toBe(false);
    expect(deploymentTimedOut(d, d.status, fromTime(last) + 10_001)).toBe(true);
  });

  it('treats an unset lastUpdateTime as long past (Go zero time)', () => {
    const d = newDeployment('foo', 1, {
      progressDeadlineSeconds: 600,
      conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }],
    });
    expect(deploymentTimedOut(d, d.status, 0)).toBe(true);
  });
});

interface RequeueCase {
  deployment: {
    name: string;
    strategyType: string;
    progressDeadlineSeconds: number | null;
    replicas: number;
    status: DeploymentStatus;
    conditions:
      { type: 'Progressing'; status: 'True' | 'False'; reason?: string; lastUpdateTime?: string }[] | null;
  };
  newStatus: DeploymentStatus;
  now: string | null;
  expectedRequeueAfterSeconds: number;
}

describe('requeueStuckDeployment (TestRequeueStuckDeployment)', () => {
  for (const c of applicableCases(loadVectors<RequeueCase>('TestRequeueStuckDeployment'))) {
    it(c.name, () => {
      const f = c.deployment;
      const d = newDeployment(f.name, f.replicas, {
        strategyType: f.strategyType,
        ...(f.progressDeadlineSeconds !== null ? { progressDeadlineSeconds: f.progressDeadlineSeconds } : {}),
        status: f.status,
        ...(f.conditions ? { conditions: f.conditions } : {}),
      });
      // Sub-millisecond "now" values round up to the next ms (see symbolicMs): still "less than a second left".
      const now = c.now === null ? 0 : (symbolicMs(c.now, 0) ?? 0);
      const expected =
        c.expectedRequeueAfterSeconds <= 0
          ? c.expectedRequeueAfterSeconds
          : c.expectedRequeueAfterSeconds * 1000;
      expect(requeueStuckDeployment(d, c.newStatus, now)).toBe(expected);
    });
  }
});
