// rolling.ts edge cases not in the upstream tables: a stale ReplicaSet status (spec < available right after a
// scale-down, before the ReplicaSet controller caught up) must never make the old-RS step scale anything up.
import { describe, expect, it } from 'vitest';
import {
  cleanupUnhealthyReplicas,
  reconcileOldReplicaSets,
  rolloutRolling,
} from '../../../../src/engine/controller/deployment/rolling';
import { newDeployment, rs } from '../builders';
import { describeWrites, newCluster, seed, watchFrom } from './harness';

describe('cleanupUnhealthyReplicas with a stale status (spec §4.2; upstream rolling.go guard)', () => {
  it('refuses to "scale down" 2 → 3 and reports an error instead', () => {
    const cluster = newCluster();
    seed(cluster, rs('foo-v1', 2, { status: { replicas: 3, availableReplicas: 3 } }));
    const d = newDeployment('foo', 10, { maxSurge: 3, maxUnavailable: 2 });
    const writes = watchFrom(cluster);
    const res = cleanupUnhealthyReplicas(
      cluster.deployments,
      [cluster.store.get('ReplicaSet', 'default/foo-v1')!],
      d,
      2,
    );
    expect(res.count).toBe(0);
    expect(res.error).toBe(
      'when cleaning up unhealthy replicas, got invalid request to scale down default/foo-v1 2 -> 3',
    );
    expect(writes.since()).toEqual([]);
  });

  it('reconcileOldReplicaSets then reports "not scaled" for this sync (released behaviour: error swallowed)', () => {
    // 10 replicas, surge 3, unavailable 2. The previous sync scaled foo-v1 2 → 0 and foo-v2 3 → 2; foo-v2's status
    // still says 3 available. New RS full at 10 with 8 available: maxScaledDown = 12 − 8 − 2 = 2 > 0.
    const cluster = newCluster();
    const d = newDeployment('foo', 10, { maxSurge: 3, maxUnavailable: 2 });
    seed(
      cluster,
      rs('foo-v2', 2, {
        creationTimestamp: '2016-05-20T01:00:00Z',
        status: { replicas: 3, availableReplicas: 3 },
      }),
      rs('foo-v3', 10, {
        creationTimestamp: '2016-05-20T02:00:00Z',
        status: { replicas: 10, availableReplicas: 8 },
      }),
    );
    const [v2, v3] = ['foo-v2', 'foo-v3'].map((n) => cluster.store.get('ReplicaSet', `default/${n}`)!);
    const writes = watchFrom(cluster);
    expect(reconcileOldReplicaSets(cluster.deployments, [v2!, v3!], [v2!], v3!, d)).toBe(false);
    expect(describeWrites(writes.since())).toEqual([]);
    expect(cluster.decisions.items.at(-1)?.rule).toBe('rolling.oldRS.staleStatus');
  });

  it('a whole rolling sync in that state writes only the status, never "Scaled up replica set foo-v2 from 2 to 3"', () => {
    const cluster = newCluster();
    const d = newDeployment('foo', 10, { maxSurge: 3, maxUnavailable: 2 });
    d.metadata.uid = 'deployment-foo';
    const v2 = rs('foo-v2', 2, {
      creationTimestamp: '2016-05-20T01:00:00Z',
      status: { replicas: 3, availableReplicas: 3 },
      owner: d,
    });
    v2.spec.template = {
      metadata: { labels: { foo: 'bar' } },
      spec: { containers: [{ name: 'foo', image: 'foo/old' }] },
    };
    const v3 = rs('foo-v3', 10, {
      creationTimestamp: '2016-05-20T02:00:00Z',
      status: { replicas: 10, availableReplicas: 8 },
      owner: d,
      template: structuredClone(d.spec.template),
    });
    seed(cluster, d, v2, v3);
    const writes = watchFrom(cluster);
    rolloutRolling(
      cluster.deployments,
      cluster.store.get('Deployment', 'default/foo')!,
      cluster.store.list('ReplicaSet', 'default'),
    );
    // (foo-v3 only gets its revision annotations synced.)
    expect(describeWrites(writes.since()).filter((w) => w.startsWith('update ReplicaSet foo-v2'))).toEqual(
      [],
    );
    expect(cluster.store.get('ReplicaSet', 'default/foo-v2')!.spec.replicas).toBe(2);
  });
});
