// TestDeploymentController_rolloutRolling (newest rolling_test.go, UNVERIFIED) against the real rolloutRolling:
// which ReplicaSet one rolling sync touches first, and the status written after it (spec §4.2, §10.2).
import { describe, expect, it } from 'vitest';
import type { ConditionStatus, ReplicaSet } from '../../../../src/engine/api/types';
import { rolloutRolling } from '../../../../src/engine/controller/deployment/rolling';
import {
  RevisionAnnotation,
  calculateStatus,
  getDeploymentCondition,
} from '../../../../src/engine/controller/deployment/util';
import { toTime } from '../../../../src/engine/sim/clock';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';
import { newDeployment, newReplicaSet } from '../builders';
import { describeWrites, newCluster, seed, watchFrom } from './harness';

interface RollingCase {
  oldRSAvailableReplicas: number;
  newRSReplicas: number;
  progressDeadlineExpired: boolean;
  deploymentStatusUpdateFails: boolean;
  expected: {
    actions: string[];
    scaledReplicaSet: string;
    scaledToReplicas: number;
    progressingCondition: { status: ConditionStatus; reason: string };
    observedGeneration: number;
    errorWraps: string[];
  };
}

const STATUS_FAILURE =
  'only adds a failing Deployment status update to a sibling case: the simulator does not model API failures ' +
  '(the scaledReplicaSet / scaledToReplicas part equals that of the sibling case, which runs)';

describe('rolloutRolling (TestDeploymentController_rolloutRolling, scaled-RS part)', () => {
  const file = loadVectors<RollingCase>('TestDeploymentController_rolloutRolling');
  const cases = applicableCases(file, {
    'scaling and status update errors are returned': STATUS_FAILURE,
    'new ReplicaSet scale-up and status update errors are returned': STATUS_FAILURE,
  });
  // The rest of each case (every ReplicaSet update failing, the returned error wrapping it) is the UNVERIFIED
  // error path: RS updates always succeed here. Upstream's released controllers also compute the status from the
  // ReplicaSets as they were before the scaling, so the written Progressing condition and observedGeneration are
  // the same with or without the failure, and both are checked.
  for (const c of cases) {
    it(c.name, () => {
      const cluster = newCluster();
      cluster.advanceTo(2 * 3_600_000);
      const now = cluster.now();
      const d = newDeployment('foo', 4, {
        maxSurge: 1,
        maxUnavailable: 1,
        generation: 2,
        progressDeadlineSeconds: 600,
        annotations: { [RevisionAnnotation]: '2' },
      });
      d.metadata.generation = 2;
      const newRS = newReplicaSet(d, 'foo-new', c.newRSReplicas);
      newRS.metadata.annotations = { [RevisionAnnotation]: '2' };
      newRS.status = {
        replicas: c.newRSReplicas,
        readyReplicas: c.newRSReplicas,
        availableReplicas: c.newRSReplicas,
      };
      const oldRS: ReplicaSet = newReplicaSet(d, 'foo-old', 1);
      oldRS.spec.template.spec.containers[0]!.image = 'foo/old';
      oldRS.metadata.annotations = { [RevisionAnnotation]: '1' };
      oldRS.status = {
        replicas: 1,
        readyReplicas: c.oldRSAvailableReplicas,
        availableReplicas: c.oldRSAvailableReplicas,
      };
      d.status = calculateStatus([oldRS, newRS], newRS, d, now);
      d.status.observedGeneration = 1;
      const updatedAt = toTime(c.progressDeadlineExpired ? now - 3_600_000 : now);
      d.status.conditions = [
        ...(d.status.conditions ?? []),
        {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: 'Deployment is progressing.',
          lastUpdateTime: updatedAt,
          lastTransitionTime: updatedAt,
        },
      ];
      seed(cluster, d, oldRS, newRS);
      const rsList = cluster.store.list('ReplicaSet', 'default');
      const writes = watchFrom(cluster);

      rolloutRolling(cluster.deployments, cluster.store.get('Deployment', 'default/foo')!, rsList);

      // Exactly two API actions: the ReplicaSet update, then the Deployment status update.
      expect(describeWrites(writes.since())).toEqual([
        `update ReplicaSet ${c.expected.scaledReplicaSet} → ${c.expected.scaledToReplicas}`,
        'update Deployment foo',
      ]);
      const written = cluster.store.get('Deployment', 'default/foo')!;
      const cond = getDeploymentCondition(written.status, 'Progressing');
      expect({ status: cond?.status, reason: cond?.reason }).toEqual(c.expected.progressingCondition);
      expect(written.status.observedGeneration).toBe(c.expected.observedGeneration);
    });
  }
});
