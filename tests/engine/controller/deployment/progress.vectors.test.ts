// TestSyncRolloutStatus (progress_test.go) through the controller's syncRolloutStatus (progress.ts), as upstream
// runs it: the Deployment read back from the store after the call. The pure computation is covered by
// util/syncRolloutStatus.test.ts; this checks the write path and the derived messages.
import { describe, expect, it } from 'vitest';
import type { DeploymentCondition, DeploymentStatus, ReplicaSet } from '../../../../src/engine/api/types';
import { syncRolloutStatus } from '../../../../src/engine/controller/deployment/progress';
import { getDeploymentCondition } from '../../../../src/engine/controller/deployment/util';
import { fromTime, toTime } from '../../../../src/engine/sim/clock';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';
import { newDeployment, rs } from '../builders';
import { newCluster, seed } from './harness';

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
}

describe('syncRolloutStatus through the controller (TestSyncRolloutStatus)', () => {
  const file = loadVectors<SyncCase>('TestSyncRolloutStatus');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const cluster = newCluster();
      cluster.advanceTo(3_600_000);
      // Upstream runs on the wall clock, long after the 2017 testTime: here testTime is 10 minutes ago.
      const shift = cluster.now() - 600_000 - fromTime(file.testTime as string);
      const at = (t?: string): string | undefined =>
        t === undefined ? undefined : toTime(fromTime(t) + shift);
      const f = c.deployment;
      const d = newDeployment(f.name, f.replicas, {
        strategyType: f.strategyType,
        ...(f.progressDeadlineSeconds !== null ? { progressDeadlineSeconds: f.progressDeadlineSeconds } : {}),
        status: f.status,
        conditions: f.conditions.map((x) => ({
          ...x,
          lastUpdateTime: at(x.lastUpdateTime),
          lastTransitionTime: at(x.lastTransitionTime),
        })),
      });
      const toRS = (x: RSFixture): ReplicaSet =>
        rs(x.name, x.specReplicas, {
          status: { replicas: x.statusReplicas, availableReplicas: x.availableReplicas },
        });
      const newRS = c.newRS ? toRS(c.newRS) : undefined;
      const allRSs = [...c.otherRSs.map(toRS), ...(newRS ? [newRS] : [])];
      seed(cluster, d, ...allRSs);

      syncRolloutStatus(
        cluster.deployments,
        allRSs,
        newRS,
        cluster.store.get('Deployment', `default/${f.name}`)!,
      );

      const got = getDeploymentCondition(
        cluster.store.get('Deployment', `default/${f.name}`)!.status,
        'Progressing',
      );
      if (c.expectedProgressingCondition === null) {
        expect(got).toBeUndefined(); // no deadline: the condition is removed
        return;
      }
      expect({ status: got?.status, reason: got?.reason }).toEqual(c.expectedProgressingCondition);
      if (c.expectedMessage_derivedFromCode !== undefined)
        expect(got?.message).toBe(c.expectedMessage_derivedFromCode);
    });
  }
});
