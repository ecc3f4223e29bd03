// Whole-cluster Recreate scenario with realistic timing (pods take time to terminate): the new ReplicaSet is
// created only once every old pod — terminating ones included — is gone (spec §6).
import { describe, expect, it } from 'vitest';
import type { Pod, ReplicaSet } from '../../../../src/engine/api/types';
import { newCluster, recordEvents, scalingMessages } from './harness';
import {
  apiCreate,
  deploymentManifest,
  getDeployment,
  podsOf,
  replicaSetsOf,
  rolledOut,
  rsWithImage,
  runUntil,
  setImage,
} from './scenario';

/** busybox running `sleep` as PID 1 ignores SIGTERM, so each deleted pod takes its whole 30 s grace period. */
const SLEEP = ['sh', '-c', 'sleep 3600'];

describe('Recreate (spec §6), realistic timing', () => {
  it('scales the old RS to 0, waits for its terminating pods, then creates the new RS at full size', () => {
    const cluster = newCluster({ kind: 'realistic' });
    apiCreate(
      cluster,
      deploymentManifest('web', {
        replicas: 3,
        image: 'busybox:1.36',
        command: SLEEP,
        strategy: { type: 'Recreate' },
      }),
    );
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    const old = replicaSetsOf(cluster, 'web')[0]!;
    cluster.advanceTo(cluster.now() + 10_000);

    const events = recordEvents(cluster);
    let newRSCreatedAt: number | undefined;
    let oldPodsAtCreation: Pod[] = [];
    let unavailableDuringGap = false;
    let lastOldPodGoneAt: number | undefined;
    cluster.store.listen((type, obj) => {
      if (
        type === 'DELETED' &&
        obj.kind === 'Pod' &&
        obj.metadata.ownerReferences?.[0]?.uid === old.metadata.uid
      )
        lastOldPodGoneAt = cluster.now();
      if (type === 'ADDED' && obj.kind === 'ReplicaSet' && newRSCreatedAt === undefined) {
        newRSCreatedAt = cluster.now();
        oldPodsAtCreation = cluster.store.podsOwnedBy(old.metadata.uid!);
        const available = getDeployment(cluster, 'web').status.conditions?.find(
          (c) => c.type === 'Available',
        );
        unavailableDuringGap =
          available?.status === 'False' && available.reason === 'MinimumReplicasUnavailable';
      }
    });
    const updatedAt = cluster.now();
    setImage(cluster, 'web', 'busybox:1.37');
    // Right after the update: old RS at 0, its pods terminating, no new RS yet.
    expect(replicaSetsOf(cluster, 'web')).toHaveLength(1);
    const terminating = podsOf(cluster, 'web').filter((p) => p.metadata.deletionTimestamp);
    expect(terminating).toHaveLength(3);

    runUntil(cluster, () => rolledOut(cluster, 'web'));
    const fresh: ReplicaSet = rsWithImage(cluster, 'web', 'busybox:1.37');
    expect(scalingMessages(events)).toEqual([
      `Scaled down replica set ${old.metadata.name} from 3 to 0`,
      `Scaled up replica set ${fresh.metadata.name} from 0 to 3`,
    ]);
    // The gap covers the 30 s grace period of the old pods, and no old pod existed when the new RS appeared.
    expect(newRSCreatedAt! - updatedAt).toBeGreaterThanOrEqual(30_000);
    expect(oldPodsAtCreation).toEqual([]);
    // Woken by the pod-deletion handler: the new RS appears at the very instant the last old pod is gone.
    expect(newRSCreatedAt).toBe(lastOldPodGoneAt);
    expect(unavailableDuringGap).toBe(true);
    expect(getDeployment(cluster, 'web').status.conditions?.find((c) => c.type === 'Available')?.status).toBe(
      'True',
    );
  });
});
