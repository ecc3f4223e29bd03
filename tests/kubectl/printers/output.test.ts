// -o yaml / -o json: exact text checked against the real kubectl v1.32 client (go-yaml v2, encoding/json).
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../../src/engine/api/types';
import { listOf, printJSON, printYAML, printYAMLStream } from '../../../src/kubectl/printers/output';
import { goYamlMarshal } from '../../../src/kubectl/printers/output/yamlEmitter';
import { needsQuotes, yamlKeyLess } from '../../../src/kubectl/printers/output/yamlScalar';
import { goJsonString } from '../../../src/kubectl/printers/output/goJson';

/** A 3-replica nginx Deployment mid-rollout, as the simulated API server stores it. */
const DEPLOYMENT: Deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'nginx',
    namespace: 'default',
    uid: '6b1f8c2e-0000-4000-8000-000000000001',
    resourceVersion: '1042',
    generation: 2,
    creationTimestamp: '2025-03-03T09:00:00Z',
    labels: {
      app: 'nginx',
    },
    annotations: {
      'deployment.kubernetes.io/revision': '2',
      'kubernetes.io/change-cause': 'kubectl set image deployment/nginx nginx=nginx:1.16.1 --record=true',
    },
  },
  spec: {
    replicas: 3,
    selector: {
      matchLabels: {
        app: 'nginx',
      },
    },
    template: {
      metadata: {
        labels: {
          app: 'nginx',
        },
      },
      spec: {
        containers: [
          {
            name: 'nginx',
            image: 'nginx:1.16.1',
            ports: [
              {
                containerPort: 80,
                protocol: 'TCP',
              },
            ],
            resources: {},
            imagePullPolicy: 'IfNotPresent',
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
          },
        ],
        restartPolicy: 'Always',
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirst',
        securityContext: {},
        schedulerName: 'default-scheduler',
      },
    },
    strategy: {
      type: 'RollingUpdate',
      rollingUpdate: {
        maxUnavailable: '25%',
        maxSurge: '25%',
      },
    },
    revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600,
  },
  status: {
    observedGeneration: 2,
    replicas: 4,
    updatedReplicas: 2,
    readyReplicas: 3,
    availableReplicas: 3,
    unavailableReplicas: 1,
    conditions: [
      {
        type: 'Available',
        status: 'True',
        lastUpdateTime: '2025-03-03T09:00:10Z',
        lastTransitionTime: '2025-03-03T09:00:10Z',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
      },
      {
        type: 'Progressing',
        status: 'True',
        lastUpdateTime: '2025-03-03T09:05:02Z',
        lastTransitionTime: '2025-03-03T09:00:00Z',
        reason: 'ReplicaSetUpdated',
        message: 'ReplicaSet "nginx-7854ff8877" is progressing.',
      },
    ],
  },
};

/** `kubectl label --local -f deployment.json app=nginx --overwrite -o yaml` (kubectl v1.32.4). */
const KUBECTL_YAML = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  annotations:',
  '    deployment.kubernetes.io/revision: "2"',
  '    kubernetes.io/change-cause: kubectl set image deployment/nginx nginx=nginx:1.16.1',
  '      --record=true',
  '  creationTimestamp: "2025-03-03T09:00:00Z"',
  '  generation: 2',
  '  labels:',
  '    app: nginx',
  '  name: nginx',
  '  namespace: default',
  '  resourceVersion: "1042"',
  '  uid: 6b1f8c2e-0000-4000-8000-000000000001',
  'spec:',
  '  progressDeadlineSeconds: 600',
  '  replicas: 3',
  '  revisionHistoryLimit: 10',
  '  selector:',
  '    matchLabels:',
  '      app: nginx',
  '  strategy:',
  '    rollingUpdate:',
  '      maxSurge: 25%',
  '      maxUnavailable: 25%',
  '    type: RollingUpdate',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: nginx',
  '    spec:',
  '      containers:',
  '      - image: nginx:1.16.1',
  '        imagePullPolicy: IfNotPresent',
  '        name: nginx',
  '        ports:',
  '        - containerPort: 80',
  '          protocol: TCP',
  '        resources: {}',
  '        terminationMessagePath: /dev/termination-log',
  '        terminationMessagePolicy: File',
  '      dnsPolicy: ClusterFirst',
  '      restartPolicy: Always',
  '      schedulerName: default-scheduler',
  '      securityContext: {}',
  '      terminationGracePeriodSeconds: 30',
  'status:',
  '  availableReplicas: 3',
  '  conditions:',
  '  - lastTransitionTime: "2025-03-03T09:00:10Z"',
  '    lastUpdateTime: "2025-03-03T09:00:10Z"',
  '    message: Deployment has minimum availability.',
  '    reason: MinimumReplicasAvailable',
  '    status: "True"',
  '    type: Available',
  '  - lastTransitionTime: "2025-03-03T09:00:00Z"',
  '    lastUpdateTime: "2025-03-03T09:05:02Z"',
  '    message: ReplicaSet "nginx-7854ff8877" is progressing.',
  '    reason: ReplicaSetUpdated',
  '    status: "True"',
  '    type: Progressing',
  '  observedGeneration: 2',
  '  readyReplicas: 3',
  '  replicas: 4',
  '  unavailableReplicas: 1',
  '  updatedReplicas: 2',
  '',
].join('\n');

describe('printYAML', () => {
  it('prints a Deployment exactly like kubectl -o yaml', () => {
    expect(printYAML(DEPLOYMENT)).toBe(KUBECTL_YAML);
  });

  it('quotes, folds and block-formats strings like go-yaml v2', () => {
    const data = {
      a1: '',
      a2: '80',
      a3: 'true',
      a4: '2025-03-03T09:00:00Z',
      a5: 'containers with unready status: [nginx]',
      a6: '*',
      a7: "it's",
      a8: ' lead',
      b1: 'multi\nline\n',
      b2: 'ReplicaSet "kubernetes-bootcamp-5b48cfdcbd-very-long-name-here" has successfully progressed and more words follow here',
      b3: 'tab\tin',
      b7: '10:30',
      b8: 'yes',
      b9: '<none>',
      c9: '08',
      d2: 'no newline\nend',
      d3: '\nlead',
    };
    // expected text captured from `kubectl create configmap t --from-literal=… --dry-run=client -o yaml`
    expect(goYamlMarshal({ data })).toBe(
      [
        'data:',
        '  a1: ""',
        '  a2: "80"',
        '  a3: "true"',
        '  a4: "2025-03-03T09:00:00Z"',
        "  a5: 'containers with unready status: [nginx]'",
        "  a6: '*'",
        "  a7: it's",
        "  a8: ' lead'",
        '  b1: |',
        '    multi',
        '    line',
        '  b2: ReplicaSet "kubernetes-bootcamp-5b48cfdcbd-very-long-name-here" has successfully',
        '    progressed and more words follow here',
        '  b3: "tab\\tin"',
        '  b7: "10:30"',
        '  b8: "yes"',
        '  b9: <none>',
        '  c9: "08"',
        '  d2: |-',
        '    no newline',
        '    end',
        '  d3: |2-',
        '',
        '    lead',
        '',
      ].join('\n'),
    );
  });

  it('sorts keys the go-yaml way and quotes YAML 1.1 look-alikes', () => {
    const keys = ['z', 'Z', 'a10', 'a9', 'a_b', 'aB', 'a-b', 'a.b', 'a2', 'a02'];
    expect([...keys].sort((x, y) => (yamlKeyLess(x, y) ? -1 : yamlKeyLess(y, x) ? 1 : 0))).toEqual([
      'Z',
      'a-b',
      'a.b',
      'a_b',
      'a2',
      'a02',
      'a9',
      'a10',
      'aB',
      'z',
    ]);
    for (const s of ['y', 'NO', 'off', '~', '0x1F', '1e3', '+5', '-0b101', '.5', '2024-1-2', '1:20'])
      expect(needsQuotes(s)).toBe(true);
    for (const s of ['nginx:1.16.1', '1.14.2', '25%', 'app=nginx', '2024-13-45', 'v1.32.0'])
      expect(needsQuotes(s)).toBe(false);
  });

  it('wraps several objects in a List and separates streamed documents', () => {
    expect(goYamlMarshal(listOf([]))).toBe(
      'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n',
    );
    expect(printYAMLStream([{ a: 1 }, { b: [true, null] }])).toBe('a: 1\n---\nb:\n- true\n- null\n');
  });
});

describe('printJSON', () => {
  it('sorts keys (kubectl prints the unstructured map) and indents by 4 spaces', () => {
    const text = printJSON(DEPLOYMENT);
    expect(
      text.startsWith(
        '{\n    "apiVersion": "apps/v1",\n    "kind": "Deployment",\n    "metadata": {\n        "annotations": {',
      ),
    ).toBe(true);
    expect(text).toContain(
      '"spec": {\n        "progressDeadlineSeconds": 600,\n        "replicas": 3,\n        "revisionHistoryLimit": 10,',
    );
    expect(text).toContain('"resources": {},');
    expect(text.endsWith('    }\n}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(DEPLOYMENT);
  });

  it('prints an empty List and escapes like Go', () => {
    expect(printJSON(listOf([]))).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    );
    expect(goJsonString('<none> & >\u2028\t')).toBe('"\\u003cnone\\u003e \\u0026 \\u003e\\u2028\\t"');
  });
});
