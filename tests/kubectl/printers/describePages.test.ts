// Exact describe pages: the spec §13.6 deployment example, a pod in ImagePullBackOff, a Terminating pod, a node.
import { describe, expect, it } from 'vitest';
import type { Deployment, Event, Node, Pod, ReplicaSet } from '../../../src/engine/api/types';
import { toTime } from '../../../src/engine/sim/clock';
import { describeDeployment } from '../../../src/kubectl/printers/describe/deployment';
import { describeNode } from '../../../src/kubectl/printers/describe/node';
import { describePod } from '../../../src/kubectl/printers/describe/pod';

const template = (labels: Record<string, string>, image: string): Deployment['spec']['template'] => ({
  metadata: { labels },
  spec: { containers: [{ name: 'nginx', image, ports: [{ containerPort: 80, protocol: 'TCP' }] }] },
});

const rs = (name: string, hash: string, image: string, replicas: number): ReplicaSet => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name, namespace: 'default' },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'nginx' } },
    template: template({ app: 'nginx', 'pod-template-hash': hash }, image),
  },
  status: { replicas },
});

const scaled: Event = {
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: 'nginx.1', namespace: 'default' },
  involvedObject: { kind: 'Deployment', name: 'nginx' },
  reason: 'ScalingReplicaSet',
  message: 'Scaled up replica set nginx-7854ff8877 from 0 to 1',
  source: { component: 'deployment-controller' },
  firstTimestamp: toTime(60_000),
  lastTimestamp: toTime(60_000),
  count: 1,
  type: 'Normal',
};

describe('describe deployment', () => {
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'nginx',
      namespace: 'default',
      creationTimestamp: '2006-01-02T15:04:05Z',
      labels: { app: 'nginx' },
      annotations: { 'deployment.kubernetes.io/revision': '2' },
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'nginx' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      template: template({ app: 'nginx' }, 'nginx:1.16.1'),
    },
    status: {
      replicas: 3,
      updatedReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 0,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
      ],
    },
  };

  it('prints the spec §13.6 page exactly (value column 24, Conditions at 17, flushed events table)', () => {
    const out = describeDeployment(d, {
      newRS: rs('nginx-7854ff8877', '7854ff8877', 'nginx:1.16.1', 3),
      oldRSs: [rs('nginx-66b6c48dd5', '66b6c48dd5', 'nginx:1.14.2', 0)],
      events: [scaled],
      now: 180_000,
    });
    expect(out).toBe(
      [
        'Name:                   nginx',
        'Namespace:              default',
        'CreationTimestamp:      Mon, 02 Jan 2006 15:04:05 +0000',
        'Labels:                 app=nginx',
        'Annotations:            deployment.kubernetes.io/revision: 2',
        'Selector:               app=nginx',
        'Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
        'Pod Template:',
        '  Labels:  app=nginx',
        '  Containers:',
        '   nginx:',
        '    Image:         nginx:1.16.1',
        '    Port:          80/TCP',
        '    Host Port:     0/TCP',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    NewReplicaSetAvailable',
        'OldReplicaSets:  nginx-66b6c48dd5 (0/0 replicas created)',
        'NewReplicaSet:   nginx-7854ff8877 (3/3 replicas created)',
        'Events:',
        '  Type    Reason             Age   From                   Message',
        '  ----    ------             ----  ----                   -------',
        '  Normal  ScalingReplicaSet  2m    deployment-controller  Scaled up replica set nginx-7854ff8877 from 0 to 1',
        '',
      ].join('\n'),
    );
  });

  it('has no RS lines without ReplicaSets and no Events section without events', () => {
    const out = describeDeployment(d, { oldRSs: [], now: 0 });
    expect(out).not.toContain('OldReplicaSets');
    expect(out).not.toContain('Events');
  });
});

const pod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'nginx-7854ff8877-4jw2m',
    namespace: 'default',
    creationTimestamp: toTime(0),
    labels: { app: 'nginx', 'pod-template-hash': '7854ff8877' },
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'nginx-7854ff8877', uid: 'u', controller: true },
    ],
  },
  spec: {
    nodeName: 'node-1',
    serviceAccountName: 'default',
    priority: 0,
    containers: [
      {
        name: 'nginx',
        image: 'nginx:1.16.1',
        ports: [{ containerPort: 80, protocol: 'TCP' }],
        resources: { requests: { cpu: '100m', memory: '64Mi' } },
        readinessProbe: { httpGet: { path: '/', port: 80, scheme: 'HTTP' }, periodSeconds: 5 },
        volumeMounts: [
          {
            name: 'kube-api-access-x5k2p',
            mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
            readOnly: true,
          },
        ],
      },
    ],
    volumes: [
      {
        name: 'kube-api-access-x5k2p',
        projected: {
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt' } },
            { downwardAPI: {} },
          ],
        },
      },
    ],
    tolerations: [
      {
        key: 'node.kubernetes.io/not-ready',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: 300,
      },
      {
        key: 'node.kubernetes.io/unreachable',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: 300,
      },
    ],
  },
  status: {
    phase: 'Pending',
    hostIP: '10.0.0.11',
    startTime: toTime(1000),
    podIP: '10.244.1.5',
    podIPs: [{ ip: '10.244.1.5' }],
    conditions: [
      { type: 'PodReadyToStartContainers', status: 'True' },
      { type: 'Initialized', status: 'True' },
      { type: 'Ready', status: 'False' },
      { type: 'ContainersReady', status: 'False' },
      { type: 'PodScheduled', status: 'True' },
    ],
    containerStatuses: [
      {
        name: 'nginx',
        ready: false,
        restartCount: 0,
        image: 'nginx:1.16.1',
        imageID: '',
        state: { waiting: { reason: 'ImagePullBackOff' } },
      },
    ],
  },
};

describe('describe pod', () => {
  it('prints a pod in ImagePullBackOff (tab-less lines like IPs:/Requests: close column blocks)', () => {
    expect(describePod(pod, { now: 60_000, events: [] })).toBe(
      [
        'Name:             nginx-7854ff8877-4jw2m',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             node-1/10.0.0.11',
        'Start Time:       Mon, 03 Mar 2025 09:00:01 +0000',
        'Labels:           app=nginx',
        '                  pod-template-hash=7854ff8877',
        'Annotations:      <none>',
        'Status:           Pending',
        'IP:               10.244.1.5',
        'IPs:',
        '  IP:           10.244.1.5',
        'Controlled By:  ReplicaSet/nginx-7854ff8877',
        'Containers:',
        '  nginx:',
        '    Container ID:   ',
        '    Image:          nginx:1.16.1',
        '    Image ID:       ',
        '    Port:           80/TCP',
        '    Host Port:      0/TCP',
        '    State:          Waiting',
        '      Reason:       ImagePullBackOff',
        '    Ready:          False',
        '    Restart Count:  0',
        '    Requests:',
        '      cpu:        100m',
        '      memory:     64Mi',
        '    Readiness:    http-get http://:80/ delay=0s timeout=1s period=5s #success=1 #failure=3',
        '    Environment:  <none>',
        '    Mounts:',
        '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-x5k2p (ro)',
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   True ',
        '  Initialized                 True ',
        '  Ready                       False ',
        '  ContainersReady             False ',
        '  PodScheduled                True ',
        'Volumes:',
        '  kube-api-access-x5k2p:',
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   Burstable',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:                      <none>',
        '',
      ].join('\n'),
    );
  });

  it('shows Terminating with the grace period and the `<invalid>` age of a future deletionTimestamp', () => {
    const terminating: Pod = {
      ...pod,
      metadata: { ...pod.metadata, deletionTimestamp: toTime(90_000), deletionGracePeriodSeconds: 30 },
    };
    const out = describePod(terminating, { now: 60_000 });
    expect(out).toContain('Status:' + ' '.repeat(20) + 'Terminating (lasts <invalid>)\n');
    expect(out).toContain('Termination Grace Period:  30s\n');
    expect(out).not.toContain('Events');
  });
});

describe('describe node', () => {
  const node: Node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: 'node-1',
      creationTimestamp: toTime(0),
      labels: { 'kubernetes.io/hostname': 'node-1', 'kubernetes.io/os': 'linux' },
    },
    spec: { podCIDR: '10.244.1.0/24' },
    status: {
      capacity: { cpu: '2', memory: '4Gi', pods: '110', 'ephemeral-storage': '20Gi' },
      allocatable: { cpu: '2', memory: '4Gi', pods: '110', 'ephemeral-storage': '20Gi' },
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: toTime(50_000),
          lastTransitionTime: toTime(0),
        },
      ],
      addresses: [
        { type: 'InternalIP', address: '10.0.0.11' },
        { type: 'Hostname', address: 'node-1' },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.32.0',
        osImage: 'Debian',
        kernelVersion: '6.1',
        containerRuntimeVersion: 'containerd://1.7.13',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };

  it('prints conditions, capacity, system info and the non-terminated pods with their requests', () => {
    expect(describeNode(node, { now: 60_000, pods: [pod], events: [] })).toBe(
      [
        'Name:               node-1',
        'Roles:              <none>',
        'Labels:             kubernetes.io/hostname=node-1',
        '                    kubernetes.io/os=linux',
        'Annotations:        <none>',
        'CreationTimestamp:  Mon, 03 Mar 2025 09:00:00 +0000',
        'Taints:             <none>',
        'Unschedulable:      false',
        'Lease:',
        '  HolderIdentity:  node-1',
        '  AcquireTime:     <unset>',
        '  RenewTime:       Mon, 03 Mar 2025 09:00:50 +0000',
        'Conditions:',
        '  Type    Status  LastHeartbeatTime                 LastTransitionTime                Reason         Message',
        '  ----    ------  -----------------                 ------------------                ------         -------',
        '  Ready   True    Mon, 03 Mar 2025 09:00:50 +0000   Mon, 03 Mar 2025 09:00:00 +0000   KubeletReady   kubelet is posting ready status',
        'Addresses:',
        '  InternalIP:  10.0.0.11',
        '  Hostname:    node-1',
        'Capacity:',
        '  cpu:                2',
        '  ephemeral-storage:  20Gi',
        '  memory:             4Gi',
        '  pods:               110',
        'Allocatable:',
        '  cpu:                2',
        '  ephemeral-storage:  20Gi',
        '  memory:             4Gi',
        '  pods:               110',
        'System Info:',
        '  Machine ID:                 ',
        '  System UUID:                ',
        '  Boot ID:                    ',
        '  Kernel Version:             6.1',
        '  OS Image:                   Debian',
        '  Operating System:           linux',
        '  Architecture:               amd64',
        '  Container Runtime Version:  containerd://1.7.13',
        '  Kubelet Version:            v1.32.0',
        '  Kube-Proxy Version:         ',
        'PodCIDR:                      10.244.1.0/24',
        'PodCIDRs:                     10.244.1.0/24',
        'Non-terminated Pods:          (1 in total)',
        '  Namespace                   Name                      CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----                      ------------  ----------  ---------------  -------------  ---',
        '  default                     nginx-7854ff8877-4jw2m    100m (5%)     0 (0%)      64Mi (1%)        0 (0%)         60s',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests   Limits',
        '  --------           --------   ------',
        '  cpu                100m (5%)  0 (0%)',
        '  memory             64Mi (1%)  0 (0%)',
        '  ephemeral-storage  0 (0%)     0 (0%)',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
  });
});
