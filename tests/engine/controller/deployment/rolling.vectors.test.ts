// rolling_test.go tables (reconcileNewReplicaSet, reconcileOldReplicaSets, cleanupUnhealthyReplicas,
// scaleDownOldReplicaSetsForRollingUpdate) against the real rolling.ts functions on a seeded cluster store.
import { describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../../../src/engine/api/types';
import {
  cleanupUnhealthyReplicas,
  reconcileNewReplicaSet,
  reconcileOldReplicaSets,
  scaleDownOldReplicaSetsForRollingUpdate,
} from '../../../../src/engine/controller/deployment/rolling';
import type { Cluster } from '../../../../src/engine/sim/cluster';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';
import { newDeployment, rs } from '../builders';
import { describeWrites, newCluster, rsSize, seed, watchFrom } from './harness';

const UNVERIFIED_ERROR_PATH =
  'UNVERIFIED newest-only error propagation (RS updates failing): the simulator does not model API failures, ' +
  'and released controllers (v1.27–v1.35) swallow these errors anyway';

/** Seed the RSs and return the stored copies (what the controller's listers would hand it). */
function stored(cluster: Cluster, ...sets: ReplicaSet[]): ReplicaSet[] {
  seed(cluster, ...sets);
  return sets.map((s) => cluster.store.get('ReplicaSet', `default/${s.metadata.name}`)!);
}

interface NewCase {
  deploymentReplicas: number;
  maxSurge: number;
  maxUnavailable: number;
  oldRSSpecReplicas: number;
  newRSSpecReplicas: number;
  scaleExpected: boolean;
  expectedNewReplicas?: number;
}

describe('reconcileNewReplicaSet (TestDeploymentController_reconcileNewReplicaSet)', () => {
  for (const c of applicableCases(loadVectors<NewCase>('TestDeploymentController_reconcileNewReplicaSet'))) {
    it(c.name, () => {
      const cluster = newCluster();
      // Upstream names both fixtures "foo-v2"; a store needs distinct names, so the old one is "foo-v1".
      const [newRS, oldRS] = stored(
        cluster,
        rs('foo-v2', c.newRSSpecReplicas),
        rs('foo-v1', c.oldRSSpecReplicas),
      );
      const d = newDeployment('foo', c.deploymentReplicas, {
        maxSurge: c.maxSurge,
        maxUnavailable: c.maxUnavailable,
      });
      const writes = watchFrom(cluster);
      const scaled = reconcileNewReplicaSet(cluster.deployments, [newRS!, oldRS!], newRS!, d);
      expect(scaled).toBe(c.scaleExpected);
      expect(describeWrites(writes.since())).toEqual(
        c.scaleExpected ? [`update ReplicaSet foo-v2 → ${c.expectedNewReplicas}`] : [],
      );
    });
  }
});

interface OldCase {
  deploymentReplicas: number;
  maxSurge: number;
  maxUnavailable: number;
  oldRSSpecReplicas: number;
  newRSSpecReplicas: number;
  oldRSAvailableReplicas: number;
  newRSAvailableReplicas: number;
  scaleExpected: boolean;
  expectedOldReplicas_notAssertedUpstream?: number;
}

describe('reconcileOldReplicaSets (TestDeploymentController_reconcileOldReplicaSets)', () => {
  const file = loadVectors<OldCase>('TestDeploymentController_reconcileOldReplicaSets');
  const cases = applicableCases(file, {
    'scenario 5': UNVERIFIED_ERROR_PATH,
    'scenario 6': UNVERIFIED_ERROR_PATH,
  });
  for (const c of cases) {
    it(c.name, () => {
      const cluster = newCluster();
      const [oldRS, newRS] = stored(
        cluster,
        rs('foo-old', c.oldRSSpecReplicas, {
          selector: { foo: 'old' },
          status: { availableReplicas: c.oldRSAvailableReplicas },
        }),
        rs('foo-new', c.newRSSpecReplicas, {
          selector: { foo: 'new' },
          status: { availableReplicas: c.newRSAvailableReplicas },
        }),
      );
      const d = newDeployment('foo', c.deploymentReplicas, {
        maxSurge: c.maxSurge,
        maxUnavailable: c.maxUnavailable,
        selector: { foo: 'new' },
      });
      const writes = watchFrom(cluster);
      const scaled = reconcileOldReplicaSets(cluster.deployments, [oldRS!, newRS!], [oldRS!], newRS!, d);
      expect(scaled).toBe(c.scaleExpected);
      if (!c.scaleExpected) expect(writes.since()).toEqual([]);
      // Upstream never checks the size; the vector's hand check of the released algorithm is enforced here.
      if (c.expectedOldReplicas_notAssertedUpstream !== undefined)
        expect(rsSize(cluster, 'foo-old')).toBe(c.expectedOldReplicas_notAssertedUpstream);
      expect(rsSize(cluster, 'foo-new')).toBe(c.newRSSpecReplicas);
    });
  }
});

interface CleanupCase {
  oldRSSpecReplicas: number;
  oldRSAvailableReplicas: number;
  maxCleanupCount: number;
  cleanupCountExpected: number;
}

describe('cleanupUnhealthyReplicas (TestDeploymentController_cleanupUnhealthyReplicas)', () => {
  for (const c of applicableCases(
    loadVectors<CleanupCase>('TestDeploymentController_cleanupUnhealthyReplicas'),
  )) {
    it(c.name, () => {
      const cluster = newCluster();
      const [oldRS] = stored(
        cluster,
        rs('foo-v2', c.oldRSSpecReplicas, { status: { availableReplicas: c.oldRSAvailableReplicas } }),
      );
      const d = newDeployment('foo', 10, { maxSurge: 2, maxUnavailable: 2 });
      const writes = watchFrom(cluster);
      const { count, oldRSs } = cleanupUnhealthyReplicas(cluster.deployments, [oldRS!], d, c.maxCleanupCount);
      expect(count).toBe(c.cleanupCountExpected);
      const after = c.oldRSSpecReplicas - c.cleanupCountExpected;
      expect(rsSize(cluster, 'foo-v2')).toBe(after);
      expect(oldRSs.map((r) => r.spec.replicas)).toEqual([after]);
      expect(describeWrites(writes.since())).toEqual(
        c.cleanupCountExpected > 0 ? [`update ReplicaSet foo-v2 → ${after}`] : [],
      );
    });
  }
});

interface ScaleDownCase {
  deploymentReplicas: number;
  maxSurge: number;
  maxUnavailable: number;
  oldRSAvailableReplicas: number;
  oldRSSpecReplicas: number;
  scaleExpected: boolean;
  expectedOldReplicas?: number;
}

describe('scaleDownOldReplicaSetsForRollingUpdate (TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate)', () => {
  const file = loadVectors<ScaleDownCase>('TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const cluster = newCluster();
      const [oldRS] = stored(
        cluster,
        rs('foo-v2', c.oldRSSpecReplicas, { status: { availableReplicas: c.oldRSAvailableReplicas } }),
      );
      const d = newDeployment('foo', c.deploymentReplicas, {
        maxSurge: c.maxSurge,
        maxUnavailable: c.maxUnavailable,
      });
      const writes = watchFrom(cluster);
      const scaled = scaleDownOldReplicaSetsForRollingUpdate(cluster.deployments, [oldRS!], [oldRS!], d);
      if (!c.scaleExpected) {
        expect(scaled).toBe(0);
        expect(writes.since()).toEqual([]);
        return;
      }
      expect(scaled).toBe(c.oldRSSpecReplicas - c.expectedOldReplicas!);
      expect(describeWrites(writes.since())).toEqual([`update ReplicaSet foo-v2 → ${c.expectedOldReplicas}`]);
    });
  }
});
