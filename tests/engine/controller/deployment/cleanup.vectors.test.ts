// sync_test.go cleanup tables (TestDeploymentController_cleanupDeployment / …Order) against the real
// cleanupDeployment of sync.ts: revisionHistoryLimit, lowest revision first, busy candidates skipped (spec §9.3).
import { describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../../../src/engine/api/types';
import { cleanupDeployment } from '../../../../src/engine/controller/deployment/sync';
import { RevisionAnnotation } from '../../../../src/engine/controller/deployment/util';
import { toTime } from '../../../../src/engine/sim/clock';
import type { Cluster } from '../../../../src/engine/sim/cluster';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';
import { newDeployment, rs } from '../builders';
import { newCluster, seed, watchFrom } from './harness';

interface RSFixture {
  name: string;
  specReplicas: number;
  statusReplicas: number;
  revisionAnnotation: string | null;
  creationTimestamp?: string | null;
  creationTimestampOffsetMinutes?: number;
  deletionTimestampSet?: boolean;
}

/** Build, seed and return the stored old RSs of a case (`now` = the cluster clock). */
function oldReplicaSets(cluster: Cluster, fixtures: RSFixture[]): ReplicaSet[] {
  const sets = fixtures.map((f) => {
    const created =
      f.creationTimestampOffsetMinutes !== undefined
        ? toTime(cluster.now() + f.creationTimestampOffsetMinutes * 60_000)
        : (f.creationTimestamp ?? undefined);
    const r = rs(f.name, f.specReplicas, {
      status: { replicas: f.statusReplicas },
      ...(created !== undefined ? { creationTimestamp: created } : {}),
      ...(f.revisionAnnotation !== null
        ? { annotations: { [RevisionAnnotation]: f.revisionAnnotation } }
        : {}),
    });
    if (f.deletionTimestampSet) r.metadata.deletionTimestamp = toTime(cluster.now());
    return r;
  });
  seed(cluster, ...sets);
  return sets.map((s) => cluster.store.get('ReplicaSet', `default/${s.metadata.name}`)!);
}

/** Names of the ReplicaSets deleted by the writes. */
const deletedNames = (w: ReturnType<typeof watchFrom>): string[] =>
  w.since().map((e) => {
    expect(e.type, 'cleanup only deletes').toBe('DELETED');
    return e.object.metadata.name;
  });

interface CleanupCase {
  revisionHistoryLimit: number;
  oldRSs: RSFixture[];
  expectedDeletions: number;
}

describe('cleanupDeployment (TestDeploymentController_cleanupDeployment)', () => {
  for (const c of applicableCases(loadVectors<CleanupCase>('TestDeploymentController_cleanupDeployment'))) {
    it(c.name, () => {
      const cluster = newCluster();
      const d = newDeployment('foo', 1, { revisionHistoryLimit: c.revisionHistoryLimit });
      const old = oldReplicaSets(cluster, c.oldRSs);
      const writes = watchFrom(cluster);
      cleanupDeployment(cluster.deployments, old, d);
      const deleted = deletedNames(writes);
      expect(deleted).toHaveLength(c.expectedDeletions);
      // Only idle RSs (spec = status = 0) without a deletionTimestamp may go.
      for (const name of deleted) {
        const f = c.oldRSs.find((o) => o.name === name)!;
        expect([f.specReplicas, f.statusReplicas, f.deletionTimestampSet ?? false]).toEqual([0, 0, false]);
      }
    });
  }
});

interface OrderCase {
  revisionHistoryLimit: number;
  oldRSs: RSFixture[];
  expectedDeletedRSs: string[];
}

describe('cleanupDeployment order (TestDeploymentController_cleanupDeploymentOrder)', () => {
  for (const c of applicableCases(
    loadVectors<OrderCase>('TestDeploymentController_cleanupDeploymentOrder'),
  )) {
    it(c.name, () => {
      const cluster = newCluster();
      cluster.advanceTo(3_600_000); // "now" one hour into the simulation; fixtures are created around it
      const d = newDeployment('foo', 1, { revisionHistoryLimit: c.revisionHistoryLimit });
      const old = oldReplicaSets(cluster, c.oldRSs);
      const writes = watchFrom(cluster);
      cleanupDeployment(cluster.deployments, old, d);
      expect(deletedNames(writes)).toEqual(c.expectedDeletedRSs); // lowest revision first
    });
  }
});
