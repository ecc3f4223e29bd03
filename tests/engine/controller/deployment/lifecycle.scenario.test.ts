// Whole-cluster Deployment lifecycle scenarios (API path + cluster loop, fixed 5 s readiness): pause/resume
// (§8), rollback re-using an old ReplicaSet (§9.1), revisionHistoryLimit cleanup (§9.3) and the progress
// deadline (§10).
import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../../../src/engine/api/types';
import { toTime } from '../../../../src/engine/sim/clock';
import { newCluster, recordEvents, scalingMessages } from './harness';
import {
  apiCreate,
  apiUpdateDeployment,
  deploymentManifest,
  getDeployment,
  type ManifestOptions,
  progressing,
  replicaSetsOf,
  rolledOut,
  rsWithImage,
  runUntil,
  setImage,
} from './scenario';

const REVISION = 'deployment.kubernetes.io/revision';
const HISTORY = 'deployment.kubernetes.io/revision-history';
const IMAGES = ['nginx:1.14.2', 'nginx:1.15.0', 'nginx:1.16.0', 'nginx:1.17.0', 'nginx:1.18.0'];

function startRolledOut(opts: ManifestOptions = {}): ReturnType<typeof newCluster> {
  const cluster = newCluster();
  apiCreate(cluster, deploymentManifest('web', { image: IMAGES[0], ...opts }));
  runUntil(cluster, () => rolledOut(cluster, 'web'));
  return cluster;
}

/** Set the image and wait for the rollout to finish. */
function rollTo(cluster: ReturnType<typeof newCluster>, image: string): void {
  setImage(cluster, 'web', image);
  runUntil(cluster, () => rolledOut(cluster, 'web'));
}

const revisions = (cluster: ReturnType<typeof newCluster>): Record<string, string | undefined> =>
  Object.fromEntries(
    replicaSetsOf(cluster, 'web').map((rs) => [
      rs.spec.template.spec.containers[0]!.image,
      rs.metadata.annotations?.[REVISION],
    ]),
  );

/**
 * `kubectl rollout undo` is client-side (spec §9.4, §13.5): it copies the target revision's pod template (without
 * the pod-template-hash label) into the Deployment. Target: the given revision, or the second-highest one.
 */
function undo(cluster: ReturnType<typeof newCluster>, toRevision?: number): Deployment {
  const sets = replicaSetsOf(cluster, 'web');
  const byRev = [...sets].sort(
    (a, b) => Number(b.metadata.annotations?.[REVISION]) - Number(a.metadata.annotations?.[REVISION]),
  );
  const target: ReplicaSet =
    toRevision === undefined
      ? byRev[1]!
      : sets.find((s) => s.metadata.annotations?.[REVISION] === String(toRevision))!;
  return apiUpdateDeployment(cluster, 'web', (d) => {
    const template = structuredClone(target.spec.template);
    delete template.metadata?.labels?.['pod-template-hash'];
    d.spec.template = template;
  });
}

describe('pause / resume (spec §8)', () => {
  it('two template edits while paused roll out as exactly one new revision after resume', () => {
    const cluster = startRolledOut();
    cluster.advanceTo(30_000);
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.paused = true;
    });
    expect(progressing(cluster, 'web')).toMatchObject({
      status: 'Unknown',
      reason: 'DeploymentPaused',
      message: 'Deployment is paused',
    });
    setImage(cluster, 'web', IMAGES[1]!);
    cluster.advanceTo(40_000);
    setImage(cluster, 'web', IMAGES[2]!);
    cluster.advanceTo(60_000);
    // No new ReplicaSet while paused; the revision stays 1.
    expect(replicaSetsOf(cluster, 'web')).toHaveLength(1);
    expect(getDeployment(cluster, 'web').metadata.annotations?.[REVISION]).toBe('1');
    expect(progressing(cluster, 'web')?.reason).toBe('DeploymentPaused');

    const mark = cluster.store.watchLog.length;
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.paused = false;
    });
    // The resume condition is written (then superseded in the same instant by the new RS's creation).
    const reasons = cluster.store.watchLog
      .slice(mark)
      .filter((w) => w.kind === 'Deployment')
      .map((w) => (w.object as Deployment).status.conditions?.find((c) => c.type === 'Progressing')?.reason);
    expect(reasons).toContain('DeploymentResumed');
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(revisions(cluster)).toEqual({ [IMAGES[0]!]: '1', [IMAGES[2]!]: '2' });
    expect(getDeployment(cluster, 'web').metadata.annotations?.[REVISION]).toBe('2');
  });

  it('scaling a paused Deployment works (proportional path), and the deadline does not tick while paused', () => {
    const cluster = startRolledOut({ progressDeadlineSeconds: 10 });
    cluster.advanceTo(30_000);
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.paused = true;
      d.spec.template.spec.containers[0]!.image = 'nginx:1.231'; // would never become ready
    });
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.replicas = 5;
    });
    cluster.advanceTo(200_000);
    expect(replicaSetsOf(cluster, 'web').map((rs) => rs.spec.replicas)).toEqual([5]);
    expect(progressing(cluster, 'web')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused' });
  });
});

describe('rollback re-uses the old ReplicaSet (spec §9.1)', () => {
  it('undo gives the old RS a new, higher revision and records the old number; repeated undo toggles', () => {
    const cluster = startRolledOut();
    rollTo(cluster, IMAGES[1]!);
    rollTo(cluster, IMAGES[2]!);
    expect(revisions(cluster)).toEqual({ [IMAGES[0]!]: '1', [IMAGES[1]!]: '2', [IMAGES[2]!]: '3' });
    const rev2 = rsWithImage(cluster, 'web', IMAGES[1]!).metadata.name;

    const events = recordEvents(cluster);
    undo(cluster);
    // No new ReplicaSet: the RS of revision 2 is the new one again, now revision 4 with history "2".
    expect(replicaSetsOf(cluster, 'web')).toHaveLength(3);
    const reused = rsWithImage(cluster, 'web', IMAGES[1]!);
    expect(reused.metadata.name).toBe(rev2);
    expect(reused.metadata.annotations?.[REVISION]).toBe('4');
    expect(reused.metadata.annotations?.[HISTORY]).toBe('2');
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(scalingMessages(events)[0]).toBe(`Scaled up replica set ${rev2} from 0 to 1`);
    expect(getDeployment(cluster, 'web').metadata.annotations?.[REVISION]).toBe('4');
    expect(revisions(cluster)).toEqual({ [IMAGES[0]!]: '1', [IMAGES[1]!]: '4', [IMAGES[2]!]: '3' });

    // Second undo targets the second-highest revision, 3 → becomes 5; a third toggles back (history "2,4").
    undo(cluster);
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(rsWithImage(cluster, 'web', IMAGES[2]!).metadata.annotations).toMatchObject({
      [REVISION]: '5',
      [HISTORY]: '3',
    });
    undo(cluster);
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(rsWithImage(cluster, 'web', IMAGES[1]!).metadata.annotations).toMatchObject({
      [REVISION]: '6',
      [HISTORY]: '2,4',
    });
    expect(revisions(cluster)).toEqual({ [IMAGES[0]!]: '1', [IMAGES[1]!]: '6', [IMAGES[2]!]: '5' });
    expect(replicaSetsOf(cluster, 'web')).toHaveLength(3);
  });
});

describe('revisionHistoryLimit cleanup (spec §9.3)', () => {
  it('keeps at most 2 old ReplicaSets, deleting the lowest revisions, and only once a rollout is complete', () => {
    const cluster = startRolledOut({ revisionHistoryLimit: 2 });
    rollTo(cluster, IMAGES[1]!);
    rollTo(cluster, IMAGES[2]!);
    expect(Object.values(revisions(cluster))).toEqual(['1', '2', '3']);

    setImage(cluster, 'web', IMAGES[3]!);
    // Mid-rollout: 3 old ReplicaSets exist (the limit is only enforced on completion).
    expect(Object.values(revisions(cluster)).sort()).toEqual(['1', '2', '3', '4']);
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(revisions(cluster)).toEqual({ [IMAGES[1]!]: '2', [IMAGES[2]!]: '3', [IMAGES[3]!]: '4' });

    rollTo(cluster, IMAGES[4]!);
    expect(revisions(cluster)).toEqual({ [IMAGES[2]!]: '3', [IMAGES[3]!]: '4', [IMAGES[4]!]: '5' });
  });

  it('limit 0 removes every idle old ReplicaSet', () => {
    const cluster = startRolledOut({ revisionHistoryLimit: 0 });
    rollTo(cluster, IMAGES[1]!);
    expect(revisions(cluster)).toEqual({ [IMAGES[1]!]: '2' });
  });
});

describe('progressDeadlineSeconds (spec §10)', () => {
  const BROKEN = 'nginx:1.231';

  it('ProgressDeadlineExceeded appears exactly 1 s after lastUpdateTime + deadline (the requeue), never replaced by pause', () => {
    const cluster = startRolledOut({ progressDeadlineSeconds: 10 });
    cluster.advanceTo(20_000);
    setImage(cluster, 'web', BROKEN);
    const rs = rsWithImage(cluster, 'web', BROKEN).metadata.name;
    const last = progressing(cluster, 'web')!;
    expect(last).toMatchObject({
      status: 'True',
      reason: 'ReplicaSetUpdated',
      lastUpdateTime: toTime(20_000),
    });

    // Deadline: 20 s + 10 s = 30 s; timed out strictly after it; the re-check is queued for 30 s + 1 s.
    cluster.advanceTo(30_999);
    expect(progressing(cluster, 'web')?.reason).toBe('ReplicaSetUpdated');
    cluster.advanceTo(31_000);
    expect(progressing(cluster, 'web')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: `ReplicaSet "${rs}" has timed out progressing.`,
      lastUpdateTime: toTime(31_000),
      lastTransitionTime: toTime(31_000),
    });

    cluster.advanceTo(40_000);
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.paused = true;
    });
    cluster.advanceTo(50_000);
    expect(progressing(cluster, 'web')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      lastUpdateTime: toTime(31_000),
    });
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.paused = false;
    });
    cluster.advanceTo(60_000);
    expect(progressing(cluster, 'web')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      lastUpdateTime: toTime(31_000),
    });
  });
});

describe('progress deadline and pause (spec §8)', () => {
  it('does not tick while paused: after resume the deadline counts from the DeploymentResumed update', () => {
    const cluster = startRolledOut({ progressDeadlineSeconds: 10 });
    cluster.advanceTo(20_000);
    setImage(cluster, 'web', 'nginx:1.231');
    cluster.advanceTo(25_000);
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.paused = true;
    });
    cluster.advanceTo(100_000); // far past 20 s + 10 s
    expect(progressing(cluster, 'web')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused' });
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.paused = false;
    });
    expect(progressing(cluster, 'web')).toMatchObject({
      status: 'Unknown',
      reason: 'DeploymentResumed',
      message: 'Deployment is resumed',
      lastUpdateTime: toTime(100_000),
    });
    cluster.advanceTo(110_999);
    expect(progressing(cluster, 'web')?.reason).toBe('DeploymentResumed');
    cluster.advanceTo(111_000);
    expect(progressing(cluster, 'web')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
    });
  });
});

describe('change-cause (spec §9.2)', () => {
  const CAUSE = 'kubernetes.io/change-cause';

  it('is copied from the Deployment onto its new ReplicaSet on every sync; old RSs keep theirs', () => {
    const cluster = newCluster();
    const manifest = deploymentManifest('web', { image: IMAGES[0] });
    manifest.metadata.annotations = { [CAUSE]: 'create v1' };
    apiCreate(cluster, manifest);
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.metadata.annotations = { ...d.metadata.annotations, [CAUSE]: 'upgrade to v2' };
      d.spec.template.spec.containers[0]!.image = IMAGES[1]!;
    });
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(rsWithImage(cluster, 'web', IMAGES[0]!).metadata.annotations?.[CAUSE]).toBe('create v1');
    expect(rsWithImage(cluster, 'web', IMAGES[1]!).metadata.annotations?.[CAUSE]).toBe('upgrade to v2');
    // `kubectl annotate` alone (no template change) updates the current RS's annotation, no new revision.
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.metadata.annotations = { ...d.metadata.annotations, [CAUSE]: 'annotated later' };
    });
    expect(rsWithImage(cluster, 'web', IMAGES[1]!).metadata.annotations).toMatchObject({
      [CAUSE]: 'annotated later',
      [REVISION]: '2',
    });
    expect(replicaSetsOf(cluster, 'web')).toHaveLength(2);
  });
});
