// TestScale (pkg/controller/deployment/sync_test.go) against the real `scale` of sync.ts on a seeded cluster
// store: proportional scaling, leftovers, 0 → N / N → 0, surge changes, saturation (spec §7).
import { describe, expect, it } from 'vitest';
import type { IntOrString, ReplicaSet, ReplicaSetStatus } from '../../../../src/engine/api/types';
import { scale } from '../../../../src/engine/controller/deployment/sync';
import {
  DesiredReplicasAnnotation,
  MaxReplicasAnnotation,
} from '../../../../src/engine/controller/deployment/util';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';
import { newDeployment, rs } from '../builders';
import { newCluster, recordEvents, scalingMessages, seed, watchFrom } from './harness';

interface RSFixture {
  name: string;
  specReplicas: number;
  creationTimestamp: string;
  annotations: Record<string, string>;
  status: Partial<ReplicaSetStatus>;
}

interface ScaleCase {
  deployment: {
    replicas: number;
    strategyType: string;
    maxSurge: IntOrString;
    maxUnavailable: IntOrString;
    templateChangedVsReplicaSets: boolean;
  };
  oldDeployment: { replicas: number; maxSurge: IntOrString; maxUnavailable: IntOrString };
  newRS: RSFixture | null;
  oldRSs: RSFixture[];
  expectedNewRSReplicas: number | null;
  expectedOldRSReplicas: Record<string, number>;
  wasntUpdated?: Record<string, boolean>;
}

const toRS = (f: RSFixture): ReplicaSet =>
  rs(f.name, f.specReplicas, {
    creationTimestamp: f.creationTimestamp,
    annotations: f.annotations,
    status: f.status,
  });

describe('scale (TestScale)', () => {
  for (const c of applicableCases(loadVectors<ScaleCase>('TestScale'))) {
    it(c.name, () => {
      const cluster = newCluster();
      const d = newDeployment('foo', c.deployment.replicas, {
        strategyType: c.deployment.strategyType,
        maxSurge: c.deployment.maxSurge,
        maxUnavailable: c.deployment.maxUnavailable,
      });
      // "change both size and template": the template gained a label, so no fixture RS is the new one.
      if (c.deployment.templateChangedVsReplicaSets) d.spec.template.metadata!.labels!.another = 'label';
      const fixtures = [...(c.newRS ? [c.newRS] : []), ...c.oldRSs];
      seed(cluster, d, ...fixtures.map(toRS));
      const stored = (f: RSFixture): ReplicaSet => cluster.store.get('ReplicaSet', `default/${f.name}`)!;
      const events = recordEvents(cluster);
      const writes = watchFrom(cluster);

      scale(cluster.deployments, d, c.newRS ? stored(c.newRS) : undefined, c.oldRSs.map(stored));

      // Upstream harness: start from the fixture sizes, apply every RS update except those of `wasntUpdated`.
      const nameToSize = new Map(fixtures.map((f) => [f.name, f.specReplicas]));
      const updated: ReplicaSet[] = [];
      for (const w of writes.since()) {
        expect(w.kind, 'scale only writes ReplicaSets').toBe('ReplicaSet');
        expect(w.type).toBe('MODIFIED');
        const r = w.object as ReplicaSet;
        updated.push(r);
        if (!c.wasntUpdated?.[r.metadata.name]) nameToSize.set(r.metadata.name, r.spec.replicas!);
      }
      if (c.newRS && c.expectedNewRSReplicas !== null)
        expect(nameToSize.get(c.newRS.name)).toBe(c.expectedNewRSReplicas);
      for (const [name, size] of Object.entries(c.expectedOldRSReplicas))
        expect(nameToSize.get(name), name).toBe(size);

      // Every update carries the Deployment's current replica annotations (spec §3.3).
      const surge = typeof c.deployment.maxSurge === 'number' ? c.deployment.maxSurge : NaN;
      for (const r of updated) {
        expect(r.metadata.annotations?.[DesiredReplicasAnnotation]).toBe(String(c.deployment.replicas));
        expect(r.metadata.annotations?.[MaxReplicasAnnotation]).toBe(String(c.deployment.replicas + surge));
      }
      // One event per size change, its up/down word decided per ReplicaSet (spec §3.3, §12).
      const expectedMessages = updated
        .map((r) => ({ r, from: fixtures.find((f) => f.name === r.metadata.name)!.specReplicas }))
        .filter(({ r, from }) => r.spec.replicas !== from)
        .map(
          ({ r, from }) =>
            `Scaled ${from < r.spec.replicas! ? 'up' : 'down'} replica set ${r.metadata.name} from ${from} to ${r.spec.replicas}`,
        );
      expect(scalingMessages(events)).toEqual(expectedMessages);
    });
  }
});
