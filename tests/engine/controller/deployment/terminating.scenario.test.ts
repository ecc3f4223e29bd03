// Whole-cluster RollingUpdate with realistic timing (spec §16, §19 item 4): the rolling math counts RS spec
// replicas, so Terminating pods are invisible to it — the rollout completes while old pods are still shutting
// down, and the real pod count overshoots replicas + maxSurge.
import { describe, expect, it } from 'vitest';
import { newCluster } from './harness';
import {
  apiCreate,
  deploymentManifest,
  podsOf,
  readyPods,
  rolledOut,
  runUntil,
  setImage,
  watchInvariant,
} from './scenario';

/** busybox running `sleep` ignores SIGTERM: every deleted pod stays Terminating for its 30 s grace period. */
const SLEEP = ['sh', '-c', 'sleep 3600'];

describe('RollingUpdate with slow-terminating pods (realistic timing)', () => {
  it('never exceeds 13 live pods nor drops below 8 ready, yet completes while old pods still terminate', () => {
    const cluster = newCluster({ kind: 'realistic' });
    apiCreate(cluster, deploymentManifest('web', { replicas: 10, image: 'busybox:1.36', command: SLEEP }));
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    cluster.advanceTo(cluster.now() + 60_000);

    let maxWithTerminating = 0;
    const violations = watchInvariant(cluster, () => {
      const pods = podsOf(cluster, 'web');
      maxWithTerminating = Math.max(maxWithTerminating, pods.length);
      const live = pods.filter((p) => !p.metadata.deletionTimestamp).length;
      if (live > 13) return `${live} live pods (> 10 + surge 3)`;
      if (readyPods(cluster, 'web') < 8) return `${readyPods(cluster, 'web')} ready pods (< 10 − 2)`;
      return undefined;
    });
    setImage(cluster, 'web', 'busybox:1.37');
    runUntil(cluster, () => rolledOut(cluster, 'web'));

    expect(violations).toEqual([]);
    const terminatingAtCompletion = podsOf(cluster, 'web').filter((p) => p.metadata.deletionTimestamp);
    expect(terminatingAtCompletion.length).toBeGreaterThan(0);
    expect(maxWithTerminating).toBeGreaterThan(13);
    // The terminating pods are finally gone after their grace period.
    cluster.advanceTo(cluster.now() + 40_000);
    expect(podsOf(cluster, 'web').filter((p) => p.metadata.deletionTimestamp)).toEqual([]);
    expect(podsOf(cluster, 'web')).toHaveLength(10);
  });
});
