// Conformance: printers_test.go TestPrintDeployment / TestPrintReplicaSet; node and event rows; name printer.
import { describe, expect, it } from 'vitest';
import type { Event, Node } from '../../../src/engine/api/types';
import { printGet } from '../../../src/kubectl/printers/getTable';
import { printName, resourceName } from '../../../src/kubectl/printers/name';
import { eventRow } from '../../../src/kubectl/printers/tables/event';
import { nodeRow } from '../../../src/kubectl/printers/tables/node';
import { deploymentRow, replicaSetRow } from '../../../src/kubectl/printers/tables/workloads';
import { applicableCases, loadVectors } from '../../fixtures/conformance';
import { event, NOW, rel, vecDeployment, vecReplicaSet, type VecWorkload } from './vectorFixtures';

interface WorkloadCase {
  deployment?: VecWorkload;
  replicaSet?: VecWorkload;
  wide: boolean;
  expect: { cells: (string | number)[] };
}

describe('TestPrintDeployment', () => {
  for (const c of applicableCases(loadVectors<WorkloadCase>('TestPrintDeployment'))) {
    it(c.name, () =>
      expect(deploymentRow(vecDeployment(c.deployment!), NOW, c.wide).cells).toEqual(c.expect.cells),
    );
  }
});

describe('TestPrintReplicaSet', () => {
  for (const c of applicableCases(loadVectors<WorkloadCase>('TestPrintReplicaSet'))) {
    it(c.name, () =>
      expect(replicaSetRow(vecReplicaSet(c.replicaSet!), NOW, c.wide).cells).toEqual(c.expect.cells),
    );
  }
});

describe('TestPrintDaemonSet', () => {
  applicableCases(loadVectors('TestPrintDaemonSet'), {
    'no generate options': 'DaemonSet is not modelled by the simulator yet (no type in engine/api/types.ts)',
    wide: 'DaemonSet is not modelled by the simulator yet (no type in engine/api/types.ts)',
  });
});

describe('kubectl get deployments / replicasets mid-rollout', () => {
  const base: VecWorkload = {
    name: 'nginx',
    creationTimestamp: 'now-20m',
    specReplicas: 3,
    containers: [{ name: 'nginx', image: 'nginx:1.16.1' }],
    selector: { app: 'nginx' },
    status: {
      replicas: 4,
      updatedReplicas: 2,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 1,
    },
  };
  it('prints READY ready/desired and the wide columns', () => {
    expect(printGet('Deployment', [vecDeployment(base)], NOW, { wide: true })).toBe(
      [
        'NAME    READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES         SELECTOR',
        'nginx   3/3     2            3           20m   nginx        nginx:1.16.1   app=nginx',
        '',
      ].join('\n'),
    );
  });
  it('prints old and new ReplicaSets', () => {
    const oldRs = vecReplicaSet({
      ...base,
      name: 'nginx-66b6c48dd5',
      specReplicas: 2,
      status: { replicas: 2, readyReplicas: 2 },
    });
    const newRs = vecReplicaSet({
      ...base,
      name: 'nginx-7854ff8877',
      creationTimestamp: 'now-45s',
      specReplicas: 2,
      status: { replicas: 2, readyReplicas: 1 },
    });
    expect(printGet('ReplicaSet', [oldRs, newRs], NOW)).toBe(
      [
        'NAME               DESIRED   CURRENT   READY   AGE',
        'nginx-66b6c48dd5   2         2         2       20m',
        'nginx-7854ff8877   2         2         1       45s',
        '',
      ].join('\n'),
    );
    expect(printGet('ReplicaSet', [newRs], NOW, { withKind: 'replicaset.apps', noHeaders: true })).toBe(
      'replicaset.apps/nginx-7854ff8877   2     2     1     45s\n',
    );
  });
});

describe('kubectl get nodes', () => {
  const node = (name: string, ready: 'True' | 'False', labels: Record<string, string> = {}): Node => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels, creationTimestamp: rel('now-2d') },
    spec: {},
    status: {
      conditions: [{ type: 'Ready', status: ready }],
      addresses: [
        { type: 'InternalIP', address: '10.0.0.11' },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.32.0',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        kernelVersion: '6.1.0-18-amd64',
        containerRuntimeVersion: 'containerd://1.7.13',
      },
    },
  });
  it('derives STATUS and ROLES', () => {
    const cp = node('control-plane', 'True', { 'node-role.kubernetes.io/control-plane': '' });
    const cordoned = node('node-2', 'False');
    cordoned.spec.unschedulable = true;
    expect(nodeRow(cp, NOW).cells).toEqual(['control-plane', 'Ready', 'control-plane', '2d', 'v1.32.0']);
    expect(nodeRow(cordoned, NOW).cells).toEqual([
      'node-2',
      'NotReady,SchedulingDisabled',
      '<none>',
      '2d',
      'v1.32.0',
    ]);
  });
  it('prints -o wide', () => {
    expect(printGet('Node', [node('node-1', 'True')], NOW, { wide: true })).toBe(
      [
        'NAME     STATUS   ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME',
        'node-1   Ready    <none>   2d    v1.32.0   10.0.0.11     <none>        Debian GNU/Linux 12 (bookworm)   6.1.0-18-amd64   containerd://1.7.13',
        '',
      ].join('\n'),
    );
  });
});

describe('kubectl get events', () => {
  const scaled: Event = event({
    name: 'nginx.17f3a2b1c0d4e5f6',
    involvedObject: { kind: 'Deployment', name: 'nginx', namespace: 'default' },
    reason: 'ScalingReplicaSet',
    message: 'Scaled up replica set nginx-7854ff8877 from 0 to 1',
    source: { component: 'deployment-controller' },
    firstTimestamp: rel('now-5m')!,
    lastTimestamp: rel('now-5m')!,
    count: 1,
  });
  const backoff: Event = event({
    name: 'nginx-5c6f4d8b9d-x2kzq.17f3a2b1c0d4e5f7',
    involvedObject: { kind: 'Pod', name: 'nginx-5c6f4d8b9d-x2kzq', fieldPath: 'spec.containers{nginx}' },
    reason: 'BackOff',
    message: 'Back-off pulling image "nginx:1.161"',
    source: { component: 'kubelet', host: 'node-1' },
    firstTimestamp: rel('now-3m')!,
    lastTimestamp: rel('now-20s')!,
    count: 7,
  });
  it('uses LAST SEEN, TYPE, REASON, OBJECT, MESSAGE', () => {
    expect(printGet('Event', [scaled, backoff], NOW)).toBe(
      [
        'LAST SEEN   TYPE     REASON              OBJECT                       MESSAGE',
        '5m          Normal   ScalingReplicaSet   deployment/nginx             Scaled up replica set nginx-7854ff8877 from 0 to 1',
        '20s         Normal   BackOff             pod/nginx-5c6f4d8b9d-x2kzq   Back-off pulling image "nginx:1.161"',
        '',
      ].join('\n'),
    );
  });
  it('adds SUBOBJECT, SOURCE, FIRST SEEN, COUNT, NAME with -o wide', () => {
    expect(eventRow(backoff, NOW, true).cells).toEqual([
      '20s',
      'Normal',
      'BackOff',
      'pod/nginx-5c6f4d8b9d-x2kzq',
      'spec.containers{nginx}',
      'kubelet, node-1',
      'Back-off pulling image "nginx:1.161"',
      '3m',
      7,
      'nginx-5c6f4d8b9d-x2kzq.17f3a2b1c0d4e5f7',
    ]);
  });
  it('uses the series for LAST SEEN and COUNT of new-API events', () => {
    const series = event({
      name: 'x',
      reason: 'ScalingReplicaSet',
      message: ' m ',
      reportingComponent: 'deployment-controller',
      eventTime: rel('now-20m'),
      series: { count: 3, lastObservedTime: rel('now-12m')! },
    });
    expect(eventRow(series, NOW, true).cells).toEqual([
      '12m',
      'Normal',
      'ScalingReplicaSet',
      'deployment/bar',
      '',
      'deployment-controller',
      'm',
      '20m',
      3,
      'x',
    ]);
  });
});

describe('name printer', () => {
  it('qualifies apps kinds with their group', () => {
    expect(resourceName('Deployment', 'nginx')).toBe('deployment.apps/nginx');
    expect(resourceName('ReplicaSet', 'x')).toBe('replicaset.apps/x');
    expect(resourceName('Pod', 'x')).toBe('pod/x');
    expect(resourceName('Node', 'x')).toBe('node/x');
    expect(resourceName('Event', 'x')).toBe('event/x');
    expect(printName('Deployment', 'nginx', 'scaled')).toBe('deployment.apps/nginx scaled\n');
    expect(printName('Pod', 'x')).toBe('pod/x\n');
  });
});
