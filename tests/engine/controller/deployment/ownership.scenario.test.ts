// Whole-cluster scenarios for ReplicaSet ownership (spec §3.1 step 3, §3.2): adoption of a matching orphan,
// release of an owned RS whose labels stop matching, and the hash collision that release then causes.
import { describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../../../src/engine/api/types';
import { deepClone } from '../../../../src/engine/api/clone';
import { handleRequest } from '../../../../src/engine/sim/apiserver';
import { newCluster, recordEvents, scalingMessages } from './harness';
import { apiCreate, deploymentManifest, getDeployment, replicaSetsOf, rolledOut, runUntil } from './scenario';

/** A bare ReplicaSet (no owner) whose labels match app=web. */
function orphan(name: string, replicas: number): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', labels: { app: 'web', tier: 'legacy' } },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web', tier: 'legacy' } },
      template: {
        metadata: { labels: { app: 'web', tier: 'legacy' } },
        spec: { containers: [{ name: 'app', image: 'httpd:2.4' }] },
      },
    },
    status: { replicas: 0 },
  };
}

describe('ReplicaSet ownership', () => {
  it('adopts a matching orphan ReplicaSet as an old RS and scales it away', () => {
    const cluster = newCluster();
    apiCreate(cluster, deploymentManifest('web', { replicas: 3 }));
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    cluster.advanceTo(20_000);
    const events = recordEvents(cluster);
    apiCreate(cluster, orphan('legacy', 2));
    const adopted = cluster.store.get('ReplicaSet', 'default/legacy')!;
    expect(adopted.metadata.ownerReferences).toEqual([
      expect.objectContaining({
        kind: 'Deployment',
        name: 'web',
        uid: getDeployment(cluster, 'web').metadata.uid,
        controller: true,
      }),
    ]);
    runUntil(
      cluster,
      () =>
        cluster.store.get('ReplicaSet', 'default/legacy')!.spec.replicas === 0 && rolledOut(cluster, 'web'),
    );
    expect(replicaSetsOf(cluster, 'web').map((r) => [r.metadata.name, r.spec.replicas])).toContainEqual([
      'legacy',
      0,
    ]);
    expect(scalingMessages(events)).toContain('Scaled down replica set legacy from 2 to 0');
  });

  it('releases an owned RS whose labels stop matching; re-creating its name then collides and bumps collisionCount', () => {
    const cluster = newCluster();
    apiCreate(cluster, deploymentManifest('web', { replicas: 2 }));
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    cluster.advanceTo(20_000);
    const first = replicaSetsOf(cluster, 'web')[0]!;
    const relabelled = deepClone(first);
    relabelled.metadata.labels = { ...relabelled.metadata.labels, app: 'other' };
    const res = handleRequest(cluster, { verb: 'update', object: relabelled });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    cluster.settle();

    // Released: no controller reference any more; its pods keep running under it.
    expect(
      cluster.store.get('ReplicaSet', `default/${first.metadata.name}`)!.metadata.ownerReferences ?? [],
    ).toEqual([]);
    // The Deployment has no RS: the new one would be named web-<same hash> → AlreadyExists, not ours → collision.
    const d = getDeployment(cluster, 'web');
    expect(d.status.collisionCount).toBe(1);
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    const mine = replicaSetsOf(cluster, 'web');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.metadata.name).not.toBe(first.metadata.name);
    expect(mine[0]!.metadata.name.startsWith('web-')).toBe(true);
    expect(cluster.store.get('ReplicaSet', `default/${first.metadata.name}`)!.spec.replicas).toBe(2);
  });
});
