// Conformance: describe_test.go TestDescribeDeployment / TestDescribeReplicaSet, plus exact full pages.
import { describe, expect, it } from 'vitest';
import type { Container, Deployment, Event, Pod, ReplicaSet, Volume } from '../../../src/engine/api/types';
import { describeDeployment } from '../../../src/kubectl/printers/describe/deployment';
import { describeReplicaSet } from '../../../src/kubectl/printers/describe/replicaSet';
import { applicableCases, loadVectors } from '../../fixtures/conformance';
import { event, NOW, rel } from './vectorFixtures';

interface VecTemplate {
  labels: Record<string, string>;
  containers: Container[];
  volumes: Volume[];
}
interface VecRS {
  name: string;
  uid: string | null;
  ownerUID: string;
  specReplicas: number;
  status: { replicas: number; readyReplicas: number; availableReplicas: number };
  template: VecTemplate;
}
interface VecEvent {
  name: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  reportingController?: string;
  source?: { component: string };
  eventTime?: string;
  firstTimestamp?: string;
  series?: { count: number; lastObservedTime: string };
}
interface DeploymentCase {
  deployment: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    uid: string;
    creationTimestamp: string;
    specReplicas: number;
    selector: Record<string, string>;
    template: VecTemplate;
    status: Deployment['status'] | null;
  };
  replicaSets: VecRS[];
  events: VecEvent[];
  expectSubstrings: string[];
}

const template = (t: VecTemplate): Deployment['spec']['template'] => ({
  metadata: { labels: t.labels },
  spec: { containers: t.containers, volumes: t.volumes },
});

function vecEvent(e: VecEvent): Event {
  return event({
    name: e.name,
    type: e.type,
    reason: e.reason,
    message: e.message,
    source: e.source ?? { component: '' },
    reportingComponent: e.reportingController,
    eventTime: rel(e.eventTime),
    firstTimestamp: rel(e.firstTimestamp) ?? '',
    series: e.series
      ? { count: e.series.count, lastObservedTime: rel(e.series.lastObservedTime)! }
      : undefined,
  });
}

describe('TestDescribeDeployment', () => {
  for (const c of applicableCases(loadVectors<DeploymentCase>('TestDescribeDeployment'))) {
    it(c.name, () => {
      const v = c.deployment;
      const d: Deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
          name: v.name,
          namespace: v.namespace,
          labels: v.labels,
          uid: v.uid,
          creationTimestamp: v.creationTimestamp,
        },
        spec: {
          replicas: v.specReplicas,
          selector: { matchLabels: v.selector },
          template: template(v.template),
        },
        status: v.status ?? {},
      };
      const rss: ReplicaSet[] = c.replicaSets.map((r) => ({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: r.name, namespace: v.namespace, uid: r.uid ?? undefined },
        spec: {
          replicas: r.specReplicas,
          selector: { matchLabels: v.selector },
          template: template(r.template),
        },
        status: r.status,
      }));
      // the new RS is the one whose template equals the Deployment's (here: the same image)
      const image = (x: { spec: { template: Deployment['spec']['template'] } }): string | undefined =>
        x.spec.template.spec.containers[0]?.image;
      const newRS = rss.find((rs) => image(rs) === image(d));
      const out = describeDeployment(d, {
        newRS,
        oldRSs: rss.filter((rs) => rs !== newRS),
        events: c.events.map(vecEvent),
        now: NOW,
      });
      for (const s of c.expectSubstrings) expect(out).toContain(s);
    });
  }
});

interface ReplicaSetCase {
  replicaSet: {
    name: string;
    namespace: string;
    uid: string;
    specReplicas: number;
    status: ReplicaSet['status'];
  };
  podPhases: Pod['status']['phase'][];
  expectSubstrings: string[];
}

describe('TestDescribeReplicaSet', () => {
  for (const c of applicableCases(loadVectors<ReplicaSetCase>('TestDescribeReplicaSet'))) {
    it(c.name, () => {
      const v = c.replicaSet;
      const rs: ReplicaSet = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: v.name, namespace: v.namespace, uid: v.uid },
        spec: {
          replicas: v.specReplicas,
          selector: { matchLabels: { app: 'bar' } },
          template: { spec: { containers: [] } },
        },
        status: v.status,
      };
      const pods: Pod[] = c.podPhases.map((phase, i) => ({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `bar-${i}`,
          namespace: 'foo',
          labels: { app: 'bar' },
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'bar', uid: v.uid, controller: true },
          ],
        },
        spec: { containers: [] },
        status: { phase },
      }));
      const out = describeReplicaSet(rs, { pods, events: [], now: NOW });
      for (const s of c.expectSubstrings) expect(out).toContain(s);
    });
  }
});

describe('TestDescribeStatefulSet / TestDescribeDaemonSet', () => {
  const reason =
    'StatefulSet/DaemonSet are not modelled by the simulator yet (no types in engine/api/types.ts)';
  applicableCases(loadVectors('TestDescribeStatefulSet'), { TestDescribeStatefulSet: reason });
  applicableCases(loadVectors('TestDescribeDaemonSet'), { TestDescribeDaemonSet: reason });
});
