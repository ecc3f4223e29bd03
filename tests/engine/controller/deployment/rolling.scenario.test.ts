// Whole-cluster RollingUpdate scenarios (API path + cluster loop, fixed 5 s readiness): the spec's worked
// examples A and B (§4.3, §4.4) event by event, maxSurge 0 / maxUnavailable 1 (§4.5), rollover (§5) and
// proportional scaling of a stuck rollout (§7).
import { describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../../../src/engine/api/types';
import { newCluster, recordEvents, scalingMessages, type SeenEvent } from './harness';
import {
  apiCreate,
  apiUpdateDeployment,
  deploymentManifest,
  getDeployment,
  type ManifestOptions,
  progressing,
  readyPods,
  replicaSetsOf,
  rolledOut,
  rsWithImage,
  runUntil,
  setImage,
  totalSpec,
  watchInvariant,
} from './scenario';

const V1 = 'nginx:1.14.2';
const V2 = 'nginx:1.16.1';
const V3 = 'nginx:1.17.0';
/** A tag that does not exist: the pods stay in ErrImagePull / ImagePullBackOff, never Ready. */
const BROKEN = 'nginx:1.231';

/** A Deployment created at t=0 and fully rolled out; returns the cluster and its (only) ReplicaSet's name. */
function rolledOutDeployment(opts: ManifestOptions): {
  cluster: ReturnType<typeof newCluster>;
  v1: string;
} {
  const cluster = newCluster();
  apiCreate(cluster, deploymentManifest('web', opts));
  runUntil(cluster, () => rolledOut(cluster, 'web'));
  return { cluster, v1: rsWithImage(cluster, 'web', opts.image ?? V1).metadata.name };
}

const timed = (events: SeenEvent[], since: number): string[] =>
  events
    .filter((e) => e.reason === 'ScalingReplicaSet')
    .map((e) => `+${(e.at - since) / 1000}s ${e.message}`);

describe('worked example A (spec §4.3): 3 replicas, 25%/25% → surge 1, unavailable 0', () => {
  it('rolls one pod at a time, never above 4 pods by spec nor below 3 ready', () => {
    const { cluster, v1 } = rolledOutDeployment({ replicas: 3 });
    cluster.advanceTo(20_000);
    const events = recordEvents(cluster);
    const violations = watchInvariant(cluster, () => {
      if (totalSpec(cluster, 'web') > 4) return `ReplicaSets want ${totalSpec(cluster, 'web')} pods (> 4)`;
      if (readyPods(cluster, 'web') < 3) return `only ${readyPods(cluster, 'web')} ready pods (< 3)`;
      return undefined;
    });
    setImage(cluster, 'web', V2);
    const v2 = rsWithImage(cluster, 'web', V2).metadata.name;
    runUntil(cluster, () => rolledOut(cluster, 'web'));

    // Syncs 1–6 of the table; each new pod is Ready 5 s after its creation.
    expect(timed(events, 20_000)).toEqual([
      `+0s Scaled up replica set ${v2} from 0 to 1`,
      `+5s Scaled down replica set ${v1} from 3 to 2`,
      `+5s Scaled up replica set ${v2} from 1 to 2`,
      `+10s Scaled down replica set ${v1} from 2 to 1`,
      `+10s Scaled up replica set ${v2} from 2 to 3`,
      `+15s Scaled down replica set ${v1} from 1 to 0`,
    ]);
    expect(violations).toEqual([]);
    // Sync 7: complete → Progressing=NewReplicaSetAvailable, listed after Available (append rule, spec §3.6).
    const d = getDeployment(cluster, 'web');
    expect(d.status.conditions?.map((c) => `${c.type}=${c.status} ${c.reason}`)).toEqual([
      'Available=True MinimumReplicasAvailable',
      'Progressing=True NewReplicaSetAvailable',
    ]);
    expect(progressing(cluster, 'web')?.message).toBe(`ReplicaSet "${v2}" has successfully progressed.`);
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
  });
});

describe('worked example B (spec §4.4): 10 replicas, 25%/25% → surge 3, unavailable 2', () => {
  it('creates the new RS at 3 and shrinks the old one to 8 in the first sync, then grows the new one to 5', () => {
    const { cluster, v1 } = rolledOutDeployment({ replicas: 10 });
    cluster.advanceTo(20_000);
    const events = recordEvents(cluster);
    const violations = watchInvariant(cluster, () => {
      if (totalSpec(cluster, 'web') > 13) return `ReplicaSets want ${totalSpec(cluster, 'web')} pods (> 13)`;
      if (readyPods(cluster, 'web') < 8) return `only ${readyPods(cluster, 'web')} ready pods (< 8)`;
      return undefined;
    });
    setImage(cluster, 'web', V2);
    const v2 = rsWithImage(cluster, 'web', V2).metadata.name;
    expect(timed(events, 20_000)).toEqual([
      `+0s Scaled up replica set ${v2} from 0 to 3`,
      `+0s Scaled down replica set ${v1} from 10 to 8`,
      `+0s Scaled up replica set ${v2} from 3 to 5`,
    ]);

    // Row k: whenever new pods become available the old RS shrinks by (available − 8) and the new RS grows back
    // to the 13-pod ceiling; the rollout ends with the old RS at 0.
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(violations).toEqual([]);
    const sizes = Object.fromEntries(
      replicaSetsOf(cluster, 'web').map((rs) => [rs.metadata.name, rs.spec.replicas]),
    );
    expect(sizes).toEqual({ [v1]: 0, [v2]: 10 });
    // Replay the events: every old-RS shrink is followed by the new RS growing back to the 13-pod ceiling
    // (capped at 10): `old 8 → 3` then `new 5 → 10` when 5 new pods become available together, one pod at a
    // time (`8 → 7`, `5 → 6`) when they become available one by one.
    const sizes2 = { [v1]: 10, [v2]: 0 };
    const msgs = scalingMessages(events);
    msgs.forEach((m, i) => {
      const [, , name, from, to] = /^Scaled (up|down) replica set (\S+) from (\d+) to (\d+)$/.exec(m) ?? [];
      expect(sizes2[name!], m).toBe(Number(from));
      sizes2[name!] = Number(to);
      if (i >= 3 && name === v1 && i + 1 < msgs.length && sizes2[v2]! < 10) {
        expect(msgs[i + 1]).toBe(
          `Scaled up replica set ${v2} from ${sizes2[v2]} to ${Math.min(10, 13 - sizes2[v1]!)}`,
        );
      }
    });
    expect(sizes2).toEqual({ [v1]: 0, [v2]: 10 });
  });

  it('stays at 8 old / 5 new when the new pods never become available, until the deadline marks it failed', () => {
    const { cluster, v1 } = rolledOutDeployment({ replicas: 10 });
    cluster.advanceTo(20_000);
    const events = recordEvents(cluster);
    setImage(cluster, 'web', BROKEN);
    const v2 = rsWithImage(cluster, 'web', BROKEN).metadata.name;
    cluster.advanceTo(20_000 + 590_000);
    expect(scalingMessages(events)).toHaveLength(3);
    const sizes = (): Record<string, number | undefined> =>
      Object.fromEntries(
        replicaSetsOf(cluster, 'web').map((rs: ReplicaSet) => [rs.metadata.name, rs.spec.replicas]),
      );
    expect(sizes()).toEqual({ [v1]: 8, [v2]: 5 });
    expect(progressing(cluster, 'web')?.status).toBe('True');
    cluster.advanceTo(20_000 + 700_000);
    expect(progressing(cluster, 'web')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
    });
    // No automatic rollback.
    expect(sizes()).toEqual({ [v1]: 8, [v2]: 5 });
    expect(readyPods(cluster, 'web')).toBe(8);
  });
});

describe('maxSurge 0 / maxUnavailable 1 (spec §4.5): delete before create', () => {
  it('scales the old RS down first, then the new one up, one pod at a time', () => {
    const strategy = { type: 'RollingUpdate' as const, rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } };
    const { cluster, v1 } = rolledOutDeployment({ replicas: 3, strategy });
    cluster.advanceTo(20_000);
    const events = recordEvents(cluster);
    const violations = watchInvariant(cluster, () => {
      if (totalSpec(cluster, 'web') > 3) return `ReplicaSets want ${totalSpec(cluster, 'web')} pods (> 3)`;
      if (readyPods(cluster, 'web') < 2) return `only ${readyPods(cluster, 'web')} ready pods (< 2)`;
      return undefined;
    });
    setImage(cluster, 'web', V2);
    const v2 = rsWithImage(cluster, 'web', V2).metadata.name;
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    // The new RS is created at 0 (3 pods already use the whole budget): no creation event.
    expect(timed(events, 20_000)).toEqual([
      `+0s Scaled down replica set ${v1} from 3 to 2`,
      `+0s Scaled up replica set ${v2} from 0 to 1`,
      `+5s Scaled down replica set ${v1} from 2 to 1`,
      `+5s Scaled up replica set ${v2} from 1 to 2`,
      `+10s Scaled down replica set ${v1} from 1 to 0`,
      `+10s Scaled up replica set ${v2} from 2 to 3`,
    ]);
    expect(violations).toEqual([]);
  });
});

describe('rollover across three ReplicaSets (spec §5): 10 replicas, surge 3, unavailable 2', () => {
  const strategy = { type: 'RollingUpdate' as const, rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } };

  it('a new template during a stuck rollout first removes the unavailable pods of the intermediate RS', () => {
    const { cluster, v1 } = rolledOutDeployment({ replicas: 10, strategy });
    cluster.advanceTo(20_000);
    setImage(cluster, 'web', BROKEN);
    const rs2 = rsWithImage(cluster, 'web', BROKEN).metadata.name;
    cluster.advanceTo(60_000); // stuck at 8 / 5
    const events = recordEvents(cluster);
    setImage(cluster, 'web', V3);
    const rs3 = rsWithImage(cluster, 'web', V3).metadata.name;
    // RS3 is created at 0 (13 pods exist: no creation event); maxScaledDown = 13 − 8 − 0 = 5 → cleanup removes
    // RS2's 5 unavailable pods; then RS3 grows into the freed room.
    expect(timed(events, 60_000)).toEqual([
      `+0s Scaled down replica set ${rs2} from 5 to 0`,
      `+0s Scaled up replica set ${rs3} from 0 to 5`,
    ]);
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    const sizes = Object.fromEntries(
      replicaSetsOf(cluster, 'web').map((rs) => [rs.metadata.name, rs.spec.replicas]),
    );
    expect(sizes).toEqual({ [v1]: 0, [rs2]: 0, [rs3]: 10 });
    expect(getDeployment(cluster, 'web').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe(
      '3',
    );
  });

  it('drains the oldest RS before the half-finished intermediate one (only unhealthy intermediate pods go early)', () => {
    const { cluster, v1 } = rolledOutDeployment({ replicas: 10, strategy });
    cluster.advanceTo(20_000);
    setImage(cluster, 'web', V2);
    cluster.advanceTo(26_000); // the first 5 v2 pods are available, the rollout is half way
    const rs2 = rsWithImage(cluster, 'web', V2);
    const rs1Now = replicaSetsOf(cluster, 'web').find((r) => r.metadata.name === v1)!;
    expect([rs1Now.spec.replicas, rs2.spec.replicas, rs2.status.availableReplicas]).toEqual([3, 10, 5]);

    // Every scale-down of RS2 while RS1 still has pods may only remove RS2's unavailable pods.
    const violations = watchInvariant(cluster, () => undefined);
    let rs2Last = rs2.spec.replicas ?? 0;
    cluster.store.listen((type, obj) => {
      if (type !== 'MODIFIED' || obj.kind !== 'ReplicaSet' || obj.metadata.name !== rs2.metadata.name) return;
      const r = obj as ReplicaSet;
      const rs1Spec = replicaSetsOf(cluster, 'web').find((x) => x.metadata.name === v1)!.spec.replicas ?? 0;
      if (
        (r.spec.replicas ?? 0) < rs2Last &&
        rs1Spec > 0 &&
        (r.spec.replicas ?? 0) < (r.status.availableReplicas ?? 0)
      ) {
        violations.push(
          `t=${cluster.now()}: ${r.metadata.name} shrank to ${r.spec.replicas} below its ${r.status.availableReplicas} available pods while ${v1} still wants ${rs1Spec}`,
        );
      }
      rs2Last = r.spec.replicas ?? 0;
    });
    const events = recordEvents(cluster);
    setImage(cluster, 'web', V3);
    const rs3 = rsWithImage(cluster, 'web', V3).metadata.name;
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(violations).toEqual([]);
    // At the push: RS1 3 (all available), RS2 10 (5 available). maxScaledDown = 13 − 8 − 0 = 5: cleanup skips the
    // healthy RS1 and removes RS2's 5 unavailable pods; RS3 takes the room. Then RS1 is drained before RS2.
    const msgs = scalingMessages(events);
    expect(msgs.slice(0, 2)).toEqual([
      `Scaled down replica set ${rs2.metadata.name} from 10 to 5`,
      `Scaled up replica set ${rs3} from 0 to 5`,
    ]);
    const rs1Gone = msgs.findIndex(
      (m) => m.startsWith(`Scaled down replica set ${v1} from `) && m.endsWith(' to 0'),
    );
    const rs2Next = msgs.findIndex(
      (m, i) => i > 1 && m.startsWith(`Scaled down replica set ${rs2.metadata.name} `),
    );
    expect(rs1Gone).toBeGreaterThan(1);
    expect(rs2Next).toBeGreaterThan(rs1Gone);
    const sizes = Object.fromEntries(
      replicaSetsOf(cluster, 'web').map((rs) => [rs.metadata.name, rs.spec.replicas]),
    );
    expect(sizes).toEqual({ [v1]: 0, [rs2.metadata.name]: 0, [rs3]: 10 });
  });
});

describe('proportional scaling of a stuck rollout (spec §7, docs example)', () => {
  it('10 → 15 while stuck at 8 old / 5 new gives 11 / 7', () => {
    const strategy = { type: 'RollingUpdate' as const, rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } };
    const { cluster, v1 } = rolledOutDeployment({ replicas: 10, strategy });
    cluster.advanceTo(20_000);
    setImage(cluster, 'web', BROKEN);
    const v2 = rsWithImage(cluster, 'web', BROKEN).metadata.name;
    cluster.advanceTo(60_000);
    expect(
      rsWithImage(cluster, 'web', BROKEN).metadata.annotations?.['deployment.kubernetes.io/max-replicas'],
    ).toBe('13');
    const events = recordEvents(cluster);
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.replicas = 15;
    });
    // allowed 18, toAdd 5: old round(8×18/13) = 11 (+3), new round(5×18/13) = 7 (+2); largest first.
    expect(timed(events, 60_000)).toEqual([
      `+0s Scaled up replica set ${v1} from 8 to 11`,
      `+0s Scaled up replica set ${v2} from 5 to 7`,
    ]);
    for (const rs of replicaSetsOf(cluster, 'web')) {
      expect(rs.metadata.annotations?.['deployment.kubernetes.io/desired-replicas']).toBe('15');
      expect(rs.metadata.annotations?.['deployment.kubernetes.io/max-replicas']).toBe('18');
    }
    // Still stuck afterwards: the rolling step cannot move (18 pods, 11 available < 13 minimum + …).
    cluster.advanceTo(120_000);
    const sizes = Object.fromEntries(
      replicaSetsOf(cluster, 'web').map((rs) => [rs.metadata.name, rs.spec.replicas]),
    );
    expect(sizes).toEqual({ [v1]: 11, [v2]: 7 });
  });
});

describe('minReadySeconds (spec §4.5, §11.1): available ≠ ready', () => {
  it('each rolling step waits until the new pod has been Ready for minReadySeconds (re-checked 1 s later)', () => {
    const { cluster, v1 } = rolledOutDeployment({ replicas: 3, minReadySeconds: 10 });
    cluster.advanceTo(60_000);
    const events = recordEvents(cluster);
    setImage(cluster, 'web', V2);
    const v2 = rsWithImage(cluster, 'web', V2).metadata.name;
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    // Ready at +5 s; available once Ready + 10 s is strictly past, noticed by the RS re-queue at Ready + 11 s.
    expect(timed(events, 60_000)).toEqual([
      `+0s Scaled up replica set ${v2} from 0 to 1`,
      `+16s Scaled down replica set ${v1} from 3 to 2`,
      `+16s Scaled up replica set ${v2} from 1 to 2`,
      `+32s Scaled down replica set ${v1} from 2 to 1`,
      `+32s Scaled up replica set ${v2} from 2 to 3`,
      `+48s Scaled down replica set ${v1} from 1 to 0`,
    ]);
  });
});

describe('size and template changed in one update (spec §3.5)', () => {
  it('the first sync is a scaling event (old RS resized, no new RS); the next sync starts the rollout', () => {
    const { cluster, v1 } = rolledOutDeployment({ replicas: 3 });
    cluster.advanceTo(20_000);
    const events = recordEvents(cluster);
    const mark = cluster.store.watchLog.length;
    apiUpdateDeployment(cluster, 'web', (d) => {
      d.spec.replicas = 5;
      d.spec.template.spec.containers[0]!.image = V2;
    });
    const v2 = rsWithImage(cluster, 'web', V2).metadata.name;
    const msgs = scalingMessages(events);
    // 5 replicas, 25 %: surge 2 → the new RS starts at 7 − 5 = 2.
    expect(msgs.slice(0, 2)).toEqual([
      `Scaled up replica set ${v1} from 3 to 5`,
      `Scaled up replica set ${v2} from 0 to 2`,
    ]);
    // The old RS's resize (with its desired-replicas annotation refreshed to 5) was written before the new RS existed.
    const firstRSWrites = cluster.store.watchLog.slice(mark).filter((w) => w.kind === 'ReplicaSet');
    expect(firstRSWrites[0]).toMatchObject({ type: 'MODIFIED', key: `default/${v1}` });
    expect(
      (firstRSWrites[0]!.object as ReplicaSet).metadata.annotations?.[
        'deployment.kubernetes.io/desired-replicas'
      ],
    ).toBe('5');
    runUntil(cluster, () => rolledOut(cluster, 'web'));
    expect(replicaSetsOf(cluster, 'web').map((rs) => rs.spec.replicas)).toEqual([0, 5]);
  });
});
