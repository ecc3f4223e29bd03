// Builders for the kubectl apply scenarios and the patches the real kubectl v1.32 sent for them (recorded
// against a stub API server; the last-applied annotation's value is shown as <last-applied>).
import type { Container, Deployment } from '../../../src/engine/api/types';
import { lastAppliedAnnotation } from '../../../src/kubectl/apply';

/** A Deployment manifest (no status) or live object. */
export type Obj = Omit<Deployment, 'status'> & { status?: Deployment['status'] };

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const c0 = (o: Obj): Container => o.spec.template.spec.containers[0] as Container;
const c1 = (o: Obj): Container => o.spec.template.spec.containers[1] as Container;
const labels = (o: Obj): Record<string, string> => (o.metadata.labels ??= {});

/** The Kubernetes docs' nginx Deployment manifest (what `kubectl apply -f` reads). */
export const NGINX: Obj = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'nginx-deployment', labels: { app: 'nginx' } },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
    },
  },
};

/** The manifest after an edit. */
export function edit(f: (o: Obj) => void, from: Obj = NGINX): Obj {
  const o = clone(from);
  f(o);
  return o;
}

/** What the API server stores for a manifest: defaults, server metadata, status. */
function stored(m: Obj): Obj {
  const o = clone(m);
  o.metadata.namespace ??= 'default';
  Object.assign(o.metadata, {
    uid: 'uid-1',
    resourceVersion: '5',
    generation: 1,
    creationTimestamp: '2024-01-01T00:00:00Z',
  });
  o.spec.replicas ??= 1;
  o.spec.progressDeadlineSeconds ??= 600;
  o.spec.revisionHistoryLimit ??= 10;
  o.spec.strategy ??= { type: 'RollingUpdate' };
  if (o.spec.strategy.type === 'RollingUpdate')
    o.spec.strategy.rollingUpdate ??= { maxSurge: '25%', maxUnavailable: '25%' };
  const ps = o.spec.template.spec;
  for (const c of ps.containers) {
    c.imagePullPolicy ??= 'IfNotPresent';
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
    c.resources ??= {};
    for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  }
  Object.assign(ps, {
    dnsPolicy: ps.dnsPolicy ?? 'ClusterFirst',
    restartPolicy: ps.restartPolicy ?? 'Always',
    schedulerName: 'default-scheduler',
    securityContext: {},
    terminationGracePeriodSeconds: 30,
  });
  o.status = { replicas: o.spec.replicas, readyReplicas: o.spec.replicas, observedGeneration: 1 };
  return o;
}

/** The live object after `kubectl apply -f prev` (annotate=false: created without apply), then `mutate`. */
export function live(prev: Obj, mutate: (o: Obj) => void = () => undefined, annotate = true): Obj {
  const o = stored(prev);
  o.metadata.annotations = { ...(o.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': '1' };
  if (annotate)
    o.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration'] = lastAppliedAnnotation(
      prev,
      'default',
    );
  mutate(o);
  return o;
}

/** NGINX plus a second container with env, a label, finalizers and a volume. */
export const TWO = edit((o) => {
  o.spec.template.spec.containers.push({
    name: 'side',
    image: 'busybox',
    env: [
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
    ],
  });
  labels(o).tier = 'fe';
  o.metadata.finalizers = ['x/a', 'x/b'];
  o.spec.template.spec.volumes = [{ name: 'v', emptyDir: {} }];
});

/** [name, live object (undefined: not found), manifest]. */
export const SCENARIOS: [string, Obj | undefined, Obj][] = [
  ['first apply', undefined, NGINX],
  ['re-apply unchanged', live(NGINX), NGINX],
  ['change image', live(NGINX), edit((o) => (c0(o).image = 'nginx:1.16.1'))],
  ['remove label', live(TWO), edit((o) => delete labels(o).tier, TWO)],
  [
    'no replicas after scale',
    live(
      edit((o) => delete o.spec.replicas),
      (o) => (o.spec.replicas = 5),
    ),
    edit((o) => delete o.spec.replicas),
  ],
  ['replicas 3 after scale to 5', live(NGINX, (o) => (o.spec.replicas = 5)), NGINX],
  [
    'drop replicas from manifest',
    live(NGINX, (o) => (o.spec.replicas = 5)),
    edit((o) => delete o.spec.replicas),
  ],
  [
    'add env, drop env',
    live(TWO),
    edit(
      (o) =>
        (c1(o).env = [
          { name: 'B', value: '2' },
          { name: 'C', value: '3' },
        ]),
      TWO,
    ),
  ],
  ['reorder containers', live(TWO), edit((o) => o.spec.template.spec.containers.reverse(), TWO)],
  ['remove container', live(TWO), edit((o) => o.spec.template.spec.containers.pop(), TWO)],
  ['add container', live(NGINX), TWO],
  [
    'recreate strategy',
    live(edit((o) => (o.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } }))),
    edit((o) => (o.spec.strategy = { type: 'Recreate' })),
  ],
  ['strategy only in live', live(NGINX), edit((o) => (o.spec.strategy = { type: 'Recreate' }))],
  ['no annotation', live(NGINX, () => undefined, false), NGINX],
  ['no annotation + image', live(NGINX, () => undefined, false), edit((o) => (c0(o).image = 'x'))],
  ['finalizers', live(TWO), edit((o) => (o.metadata.finalizers = ['x/c', 'x/a']), TWO)],
  ['finalizers unchanged reordered live', live(TWO, (o) => (o.metadata.finalizers = ['x/b', 'x/a'])), TWO],
  [
    'volumes change source',
    live(TWO),
    edit((o) => (o.spec.template.spec.volumes = [{ name: 'v', configMap: { name: 'cm' } }]), TWO),
  ],
  [
    'annotation removed',
    live(edit((o) => (o.metadata.annotations = { note: 'x', keep: 'y' }))),
    edit((o) => (o.metadata.annotations = { keep: 'y' })),
  ],
  ['port change', live(NGINX), edit((o) => (c0(o).ports = [{ containerPort: 8080 }]))],
  ['live-added label kept', live(NGINX, (o) => (labels(o).extra = 'e')), NGINX],
  [
    'type change int->string',
    live(edit((o) => (o.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } }))),
    edit((o) => (o.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: '50%' } })),
  ],
];

/** What kubectl v1.32 did for each scenario (POST body, PATCH body, or nothing). */
export const RECORDED: Record<string, unknown> = {
  'first apply': {
    action: 'create',
    object: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' },
        labels: { app: 'nginx' },
        name: 'nginx-deployment',
        namespace: 'default',
      },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'nginx' } },
        template: {
          metadata: { labels: { app: 'nginx' } },
          spec: { containers: [{ image: 'nginx:1.14.2', name: 'nginx', ports: [{ containerPort: 80 }] }] },
        },
      },
    },
  },
  're-apply unchanged': { action: 'unchanged' },
  'change image': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }],
            containers: [{ image: 'nginx:1.16.1', name: 'nginx' }],
          },
        },
      },
    },
  },
  'remove label': {
    action: 'patch',
    patch: {
      metadata: {
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' },
        labels: { tier: null },
      },
    },
  },
  'no replicas after scale': { action: 'unchanged' },
  'replicas 3 after scale to 5': { action: 'patch', patch: { spec: { replicas: 3 } } },
  'drop replicas from manifest': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: { replicas: null },
    },
  },
  'add env, drop env': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }, { name: 'side' }],
            containers: [
              {
                '$setElementOrder/env': [{ name: 'B' }, { name: 'C' }],
                env: [
                  { name: 'C', value: '3' },
                  { $patch: 'delete', name: 'A' },
                ],
                name: 'side',
              },
            ],
          },
        },
      },
    },
  },
  'reorder containers': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'side' }, { name: 'nginx' }] } } },
    },
  },
  'remove container': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }],
            containers: [{ $patch: 'delete', name: 'side' }],
          },
        },
      },
    },
  },
  'add container': {
    action: 'patch',
    patch: {
      metadata: {
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' },
        finalizers: ['x/a', 'x/b'],
        labels: { tier: 'fe' },
      },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }, { name: 'side' }],
            containers: [
              {
                env: [
                  { name: 'A', value: '1' },
                  { name: 'B', value: '2' },
                ],
                image: 'busybox',
                name: 'side',
              },
            ],
            volumes: [{ emptyDir: {}, name: 'v' }],
          },
        },
      },
    },
  },
  'recreate strategy': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: { strategy: { $retainKeys: ['type'], rollingUpdate: null, type: 'Recreate' } },
    },
  },
  'strategy only in live': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } },
    },
  },
  'no annotation': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
    },
  },
  'no annotation + image': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }],
            containers: [{ image: 'x', name: 'nginx' }],
          },
        },
      },
    },
  },
  finalizers: {
    action: 'patch',
    patch: {
      metadata: {
        '$deleteFromPrimitiveList/finalizers': ['x/b'],
        '$setElementOrder/finalizers': ['x/c', 'x/a'],
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' },
        finalizers: ['x/c'],
      },
    },
  },
  'finalizers unchanged reordered live': { action: 'unchanged' },
  'volumes change source': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/volumes': [{ name: 'v' }],
            volumes: [
              { $retainKeys: ['configMap', 'name'], configMap: { name: 'cm' }, emptyDir: null, name: 'v' },
            ],
          },
        },
      },
    },
  },
  'annotation removed': {
    action: 'patch',
    patch: {
      metadata: {
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>', note: null },
      },
    },
  },
  'port change': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'nginx' }],
            containers: [
              {
                '$setElementOrder/ports': [{ containerPort: 8080 }],
                name: 'nginx',
                ports: [{ containerPort: 8080 }, { $patch: 'delete', containerPort: 80 }],
              },
            ],
          },
        },
      },
    },
  },
  'live-added label kept': { action: 'unchanged' },
  'type change int->string': {
    action: 'patch',
    patch: {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '<last-applied>' } },
      spec: { strategy: { $retainKeys: ['rollingUpdate', 'type'], rollingUpdate: { maxSurge: '50%' } } },
    },
  },
};
