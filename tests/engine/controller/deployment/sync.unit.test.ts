// sync.ts / rollback.ts cases not in the upstream tables: paused cleanup with a pending legacy rollback (spec
// §3.4), and the parsing of the legacy rollback annotation (upstream getRollbackTo — documented divergences).
import { describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../../../src/engine/api/types';
import { sync } from '../../../../src/engine/controller/deployment/sync';
import { getRollbackTo, rollback } from '../../../../src/engine/controller/deployment/rollback';
import { RevisionAnnotation, RollbackToAnnotation } from '../../../../src/engine/controller/deployment/util';
import { newDeployment, newReplicaSet } from '../builders';
import { newCluster, recordEvents, seed, watchFrom } from './harness';

/** A paused Deployment (history limit 0) with its current RS (rev 2) and an idle old RS (rev 1). */
function pausedWithIdleOldRS(annotations: Record<string, string>): {
  cluster: ReturnType<typeof newCluster>;
  rsList: ReplicaSet[];
} {
  const cluster = newCluster();
  const d = newDeployment('foo', 1, { paused: true, revisionHistoryLimit: 0, annotations });
  const current = newReplicaSet(d, 'foo-new', 1, '2016-05-20T02:00:00Z');
  current.metadata.annotations = { [RevisionAnnotation]: '2' };
  const old = newReplicaSet(d, 'foo-old', 0, '2016-05-20T01:00:00Z');
  old.spec.template.spec.containers[0]!.image = 'foo/old';
  old.metadata.annotations = { [RevisionAnnotation]: '1' };
  seed(cluster, d, current, old);
  return { cluster, rsList: cluster.store.list('ReplicaSet', 'default') };
}

describe('sync of a paused Deployment (spec §3.4 step 3)', () => {
  it('cleans up idle old ReplicaSets beyond revisionHistoryLimit', () => {
    const { cluster, rsList } = pausedWithIdleOldRS({});
    const writes = watchFrom(cluster);
    sync(cluster.deployments, cluster.store.get('Deployment', 'default/foo')!, rsList);
    expect(
      writes
        .since()
        .filter((w) => w.type === 'DELETED')
        .map((w) => w.object.metadata.name),
    ).toEqual(['foo-old']);
  });

  it('does not clean up while a legacy rollback is pending (the RS to roll back to must survive)', () => {
    const { cluster, rsList } = pausedWithIdleOldRS({ [RollbackToAnnotation]: '1' });
    const writes = watchFrom(cluster);
    sync(cluster.deployments, cluster.store.get('Deployment', 'default/foo')!, rsList);
    expect(writes.since().filter((w) => w.type === 'DELETED')).toEqual([]);
  });
});

describe('legacy rollback annotation parsing (upstream rollback.go getRollbackTo)', () => {
  const withAnnotation = (v: string) =>
    newDeployment('foo', 1, { annotations: { [RollbackToAnnotation]: v } });

  it('reads a revision number; 0 means "the last revision"', () => {
    expect(getRollbackTo(withAnnotation('3'))).toBe(3);
    expect(getRollbackTo(withAnnotation('0'))).toBe(0);
    expect(getRollbackTo(newDeployment('foo', 1))).toBeUndefined();
  });

  // DIVERGENCE (not fixed: no vector, not in the spec; reported to the lead). Upstream returns nil — no rollback at
  // all, the annotation is simply ignored — for "" and for anything strconv.ParseInt rejects ("abc", "2x"); ours
  // treats those as 0 (roll back to the last revision) or parses a prefix ("2x" → 2).
  it.fails('ignores an empty or unparsable annotation like upstream (ParseInt error → nil)', () => {
    expect(getRollbackTo(withAnnotation(''))).toBeUndefined();
    expect(getRollbackTo(withAnnotation('abc'))).toBeUndefined();
    expect(getRollbackTo(withAnnotation('2x'))).toBeUndefined();
  });

  // DIVERGENCE (same report): upstream keeps a negative revision (-1), finds no RS with it and emits Warning
  // DeploymentRollbackRevisionNotFound "Unable to find the revision to rollback to."; ours maps it to 0 and rolls
  // back to the last revision.
  it.fails('a negative revision finds nothing: warning event, template unchanged', () => {
    const cluster = newCluster();
    const d = newDeployment('foo', 1, { annotations: { [RollbackToAnnotation]: '-1' } });
    const current = newReplicaSet(d, 'foo-new', 1, '2016-05-20T02:00:00Z');
    current.metadata.annotations = { [RevisionAnnotation]: '2' };
    const old = newReplicaSet(d, 'foo-old', 0, '2016-05-20T01:00:00Z');
    old.spec.template.spec.containers[0]!.image = 'foo/old';
    old.metadata.annotations = { [RevisionAnnotation]: '1' };
    seed(cluster, d, current, old);
    const events = recordEvents(cluster);
    rollback(
      cluster.deployments,
      cluster.store.get('Deployment', 'default/foo')!,
      cluster.store.list('ReplicaSet', 'default'),
    );
    expect(events.map((e) => `${e.reason}: ${e.message}`)).toEqual([
      'DeploymentRollbackRevisionNotFound: Unable to find the revision to rollback to.',
    ]);
    expect(cluster.store.get('Deployment', 'default/foo')!.spec.template.spec.containers[0]!.image).toBe(
      'foo/bar',
    );
  });
});

describe('syncDeployment with an empty selector (spec §3.1 step 2)', () => {
  it('warns SelectingAll, records observedGeneration and does nothing else', () => {
    const cluster = newCluster();
    const d = newDeployment('foo', 1, { generation: 2 });
    d.spec.selector = {};
    seed(cluster, d);
    const events = recordEvents(cluster);
    const writes = watchFrom(cluster);
    cluster.deployments.syncDeployment('default/foo');
    expect(events.map((e) => `${e.type} ${e.reason}: ${e.message}`)).toEqual([
      'Warning SelectingAll: This deployment is selecting all pods. A non-empty selector is required.',
    ]);
    expect(writes.since().map((w) => `${w.type} ${w.kind}`)).toEqual(['MODIFIED Deployment']);
    expect(cluster.store.get('Deployment', 'default/foo')!.status.observedGeneration).toBe(2);
    expect(cluster.store.list('ReplicaSet')).toEqual([]);
  });
});
