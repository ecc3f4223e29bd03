// Spec §18 row by row (exact messages), plus ObjectMeta, pod template, ReplicaSet, Pod and status rules.
import { describe, expect, it } from 'vitest';
import type { Deployment, Pod, ReplicaSet } from '../../../src/engine/api/types';
import { fieldErrorString } from '../../../src/engine/api/fieldErrors';
import {
  setDefaultsDeployment,
  setDefaultsPod,
  setDefaultsReplicaSet,
} from '../../../src/engine/api/defaults';
import {
  validateDeployment,
  validateDeploymentStatus,
  validateDeploymentUpdate,
  validatePod,
  validateReplicaSet,
  validateReplicaSetStatus,
  validateReplicaSetUpdate,
} from '../../../src/engine/api/validation';
import { decodeQuantities } from '../../../src/engine/api/podValidation';

function nginx(mutate: (d: Deployment) => void = () => {}): Deployment {
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'nginx', namespace: 'default' },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'nginx' } },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
      },
    },
    status: {},
  };
  const out = setDefaultsDeployment(d);
  mutate(out);
  return out;
}

const messages = (d: Deployment): string[] => validateDeployment(d).map(fieldErrorString);

describe('spec §18: apps/v1 Deployment validation messages', () => {
  it('a defaulted nginx Deployment is valid', () => {
    expect(messages(nginx())).toEqual([]);
  });
  it('replicas < 0', () => {
    expect(messages(nginx((d) => (d.spec.replicas = -1)))).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
  it('selector missing', () => {
    const m = messages(nginx((d) => delete (d.spec as Partial<Deployment['spec']>).selector));
    expect(m[0]).toBe('spec.selector: Required value');
  });
  it('selector empty {}', () => {
    expect(messages(nginx((d) => (d.spec.selector = {})))).toEqual([
      'spec.selector: Invalid value: {}: empty selector is invalid for deployment',
    ]);
  });
  it('selector does not match template labels', () => {
    expect(messages(nginx((d) => (d.spec.template.metadata = { labels: { app: 'x' } })))).toEqual([
      'spec.template.metadata.labels: Invalid value: {"app":"x"}: `selector` does not match template `labels`',
    ]);
  });
  it('template without labels prints null', () => {
    expect(messages(nginx((d) => (d.spec.template.metadata = {})))).toEqual([
      'spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`',
    ]);
  });
  it('template restartPolicy other than Always', () => {
    expect(messages(nginx((d) => (d.spec.template.spec.restartPolicy = 'OnFailure')))).toEqual([
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
    ]);
  });
  it('activeDeadlineSeconds set', () => {
    expect(messages(nginx((d) => (d.spec.template.spec.activeDeadlineSeconds = 30)))).toEqual([
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
    ]);
  });
  it('bad strategy type (the internal struct is printed)', () => {
    expect(messages(nginx((d) => (d.spec.strategy = { type: 'BlueGreen' })))).toEqual([
      'spec.strategy: Unsupported value: {"Type":"BlueGreen","RollingUpdate":null}: supported values: "Recreate", "RollingUpdate"',
    ]);
  });
  it('Recreate with rollingUpdate set', () => {
    expect(messages(nginx((d) => (d.spec.strategy = { type: 'Recreate', rollingUpdate: {} })))).toEqual([
      "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    ]);
  });
  it('negative maxSurge / maxUnavailable', () => {
    const ru = (s: number, u: number) => (d: Deployment) =>
      (d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: s, maxUnavailable: u } });
    expect(messages(nginx(ru(-1, 1)))).toEqual([
      'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(messages(nginx(ru(1, -1)))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
  it('bad percent string (note the double space before "or")', () => {
    expect(
      messages(
        nginx(
          (d) =>
            (d.spec.strategy = {
              type: 'RollingUpdate',
              rollingUpdate: { maxSurge: 'x', maxUnavailable: 1 },
            }),
        ),
      ),
    ).toEqual([
      `spec.strategy.rollingUpdate.maxSurge: Invalid value: "x": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
    ]);
  });
  it('both zero, compared as written', () => {
    const both = (s: number | string, u: number | string) => (d: Deployment) =>
      (d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: s, maxUnavailable: u } });
    expect(messages(nginx(both(0, 0)))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    ]);
    expect(messages(nginx(both('0%', '0%')))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0',
    ]);
    // 1% of 3 replicas rounds down to 0 at run time, but validation only looks at the written value.
    expect(messages(nginx(both(0, '1%')))).toEqual([]);
  });
  it('maxUnavailable above 100% (maxSurge may exceed it)', () => {
    expect(
      messages(
        nginx(
          (d) =>
            (d.spec.strategy = {
              type: 'RollingUpdate',
              rollingUpdate: { maxSurge: 1, maxUnavailable: '110%' },
            }),
        ),
      ),
    ).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%',
    ]);
    expect(
      messages(
        nginx(
          (d) =>
            (d.spec.strategy = {
              type: 'RollingUpdate',
              rollingUpdate: { maxSurge: '200%', maxUnavailable: 0 },
            }),
        ),
      ),
    ).toEqual([]);
  });
  it('minReadySeconds, revisionHistoryLimit, progressDeadlineSeconds < 0', () => {
    expect(messages(nginx((d) => (d.spec.minReadySeconds = -1)))).toEqual([
      'spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(messages(nginx((d) => (d.spec.revisionHistoryLimit = -1)))).toEqual([
      'spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(messages(nginx((d) => (d.spec.revisionHistoryLimit = 0)))).toEqual([]);
    expect(messages(nginx((d) => (d.spec.progressDeadlineSeconds = -1)))).toEqual([
      'spec.progressDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0',
      'spec.progressDeadlineSeconds: Invalid value: -1: must be greater than minReadySeconds',
    ]);
  });
  it('progressDeadlineSeconds <= minReadySeconds', () => {
    expect(
      messages(nginx((d) => ((d.spec.minReadySeconds = 10), (d.spec.progressDeadlineSeconds = 5)))),
    ).toEqual(['spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds']);
  });
  it('selector changed on update (apps/v1)', () => {
    const old = nginx();
    old.metadata.resourceVersion = '5';
    const next = nginx((d) => {
      d.metadata.resourceVersion = '5';
      d.spec.selector = { matchLabels: { app: 'web' } };
      d.spec.template.metadata = { labels: { app: 'web' } };
    });
    expect(validateDeploymentUpdate(next, old).map(fieldErrorString)).toEqual([
      'spec.selector: Invalid value: {"matchLabels":{"app":"web"}}: field is immutable',
    ]);
    expect(
      validateDeploymentUpdate(
        nginx((d) => (d.spec.replicas = 5)),
        nginx(),
      ).map(fieldErrorString),
    ).toEqual([]);
  });
  it('ephemeral containers in the template', () => {
    const m = messages(
      nginx((d) => (d.spec.template.spec.ephemeralContainers = [{ name: 'debug', image: 'busybox' }])),
    );
    expect(m).toEqual([
      'spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
    ]);
  });
});

describe('ObjectMeta rules', () => {
  it('name required / DNS-1123 subdomain', () => {
    expect(messages(nginx((d) => (d.metadata.name = ''))).slice(0, 1)).toEqual([
      'metadata.name: Required value: name or generateName is required',
    ]);
    expect(messages(nginx((d) => (d.metadata.name = 'My_App')))).toEqual([
      `metadata.name: Invalid value: "My_App": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ]);
  });
  it('label keys and values', () => {
    expect(messages(nginx((d) => (d.metadata.labels = { 'bad key': 'ok' })))).toEqual([
      `metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    ]);
    expect(messages(nginx((d) => (d.metadata.labels = { app: 'v1.0-' })))).toEqual([
      `metadata.labels: Invalid value: "v1.0-": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    ]);
    expect(messages(nginx((d) => (d.metadata.labels = { app: 'x'.repeat(64) })))[0]).toBe(
      `metadata.labels: Invalid value: "${'x'.repeat(64)}": must be no more than 63 characters`,
    );
  });
  it('namespace required', () => {
    expect(messages(nginx((d) => delete d.metadata.namespace))).toEqual([
      'metadata.namespace: Required value',
    ]);
  });
});

describe('pod template basics', () => {
  it('containers required', () => {
    expect(messages(nginx((d) => (d.spec.template.spec.containers = [])))).toEqual([
      'spec.template.spec.containers: Required value',
    ]);
  });
  it('container name and image required; duplicate names', () => {
    expect(
      messages(
        nginx((d) => {
          const c = d.spec.template.spec
            .containers[0] as Deployment['spec']['template']['spec']['containers'][0];
          d.spec.template.spec.containers = [
            { ...c, name: '' },
            { ...c, image: '' },
            { ...c, name: 'nginx' },
          ];
        }),
      ),
    ).toEqual([
      'spec.template.spec.containers[0].name: Required value',
      'spec.template.spec.containers[1].image: Required value',
      'spec.template.spec.containers[2].name: Duplicate value: "nginx"',
    ]);
  });
  it('port ranges and protocols', () => {
    expect(
      messages(
        nginx((d) => {
          (d.spec.template.spec.containers[0] as { ports?: unknown }).ports = [
            { containerPort: 70000, protocol: 'TCP' },
            { containerPort: 80, hostPort: -1, protocol: 'HTTP' },
          ];
        }),
      ),
    ).toEqual([
      'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.template.spec.containers[0].ports[1].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive',
      'spec.template.spec.containers[0].ports[1].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ]);
  });
  it('resources: negative, request above limit, unknown resource name', () => {
    const res = (r: object) => (d: Deployment) =>
      ((d.spec.template.spec.containers[0] as { resources?: object }).resources = r);
    expect(messages(nginx(res({ limits: { cpu: '-1' } })))).toEqual([
      'spec.template.spec.containers[0].resources.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0',
    ]);
    expect(messages(nginx(res({ limits: { cpu: '500m' }, requests: { cpu: '1' } })))).toEqual([
      'spec.template.spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m',
    ]);
    expect(messages(nginx(res({ requests: { cpus: '1' } })))).toEqual([
      'spec.template.spec.containers[0].resources.requests[cpus]: Invalid value: "cpus": must be a standard resource for containers',
    ]);
  });
  it('template labels use the path spec.template.labels', () => {
    expect(
      messages(nginx((d) => (d.spec.template.metadata = { labels: { app: 'nginx', 'a/b/c': 'x' } }))),
    ).toEqual([
      `spec.template.labels: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ]);
  });
  it('probes need a handler; liveness successThreshold must be 1', () => {
    const m = messages(
      nginx((d) => {
        const c = d.spec.template.spec.containers[0] as { livenessProbe?: object };
        c.livenessProbe = { periodSeconds: 10, timeoutSeconds: 1, successThreshold: 2, failureThreshold: 3 };
      }),
    );
    expect(m).toEqual([
      'spec.template.spec.containers[0].livenessProbe: Required value: must specify a handler type',
      'spec.template.spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    ]);
  });
});

describe('bad quantities are decode errors', () => {
  it('rejects an unparseable quantity with the decoder message and canonicalizes good ones', () => {
    const bad = nginx(
      (d) =>
        ((d.spec.template.spec.containers[0] as { resources?: object }).resources = {
          limits: { memory: '1GB' },
        }),
    );
    expect(decodeQuantities(bad)).toEqual({
      ok: false,
      error: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    });
    const good = nginx(
      (d) =>
        ((d.spec.template.spec.containers[0] as { resources?: object }).resources = {
          requests: { cpu: '0.5', memory: '1024Mi' },
        }),
    );
    const r = decodeQuantities(good);
    expect(r.ok && r.value.spec.template.spec.containers[0]?.resources).toEqual({
      requests: { cpu: '500m', memory: '1Gi' },
    });
  });
});

describe('ReplicaSet and Pod direct creates', () => {
  const rs = (mutate: (r: ReplicaSet) => void = () => {}): ReplicaSet => {
    const r = setDefaultsReplicaSet({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'frontend', namespace: 'default' },
      spec: {
        selector: { matchLabels: { tier: 'frontend' } },
        template: {
          metadata: { labels: { tier: 'frontend' } },
          spec: { containers: [{ name: 'php', image: 'php:8' }] },
        },
      },
      status: { replicas: 0 },
    });
    mutate(r);
    return r;
  };
  it('ReplicaSet', () => {
    expect(validateReplicaSet(rs()).map(fieldErrorString)).toEqual([]);
    expect(
      validateReplicaSet(rs((r) => ((r.spec.replicas = -2), (r.spec.selector = {})))).map(fieldErrorString),
    ).toEqual([
      'spec.replicas: Invalid value: -2: must be greater than or equal to 0',
      'spec.selector: Invalid value: {}: empty selector is invalid for deployment',
    ]);
    expect(
      validateReplicaSetStatus({ replicas: 1, readyReplicas: 2, availableReplicas: 1 }).map(fieldErrorString),
    ).toEqual(['status.readyReplicas: Invalid value: 2: cannot be greater than status.replicas']);
    const moved = rs((r) => {
      r.spec.selector = { matchLabels: { tier: 'backend' } };
      r.spec.template.metadata = { labels: { tier: 'backend' } };
    });
    expect(validateReplicaSetUpdate(moved, rs()).map(fieldErrorString)).toEqual([
      'spec.selector: Invalid value: {"matchLabels":{"tier":"backend"}}: field is immutable',
    ]);
    expect(
      validateReplicaSetUpdate(
        rs((r) => (r.spec.replicas = 4)),
        rs(),
      ).map(fieldErrorString),
    ).toEqual([]);
  });
  it('Pod', () => {
    const pod = (mutate: (p: Pod) => void = () => {}): Pod => {
      const p = setDefaultsPod({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'web', namespace: 'default' },
        spec: { containers: [{ name: 'web', image: 'nginx' }] },
        status: {},
      });
      mutate(p);
      return p;
    };
    expect(validatePod(pod()).map(fieldErrorString)).toEqual([]);
    expect(
      validatePod(pod((p) => (p.spec.restartPolicy = 'Sometimes' as never))).map(fieldErrorString),
    ).toEqual([
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    ]);
    expect(
      validatePod(
        pod(
          (p) => (
            (p.metadata.name = 'Web'),
            (p.spec.containers[0] = { ...p.spec.containers[0], name: 'Web_1' } as never)
          ),
        ),
      ).map(fieldErrorString),
    ).toEqual([
      `metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      `spec.containers[0].name: Invalid value: "Web_1": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    ]);
  });
});

describe('status invariants (ValidateDeploymentStatus messages)', () => {
  it('reports each broken invariant', () => {
    expect(
      validateDeploymentStatus({
        replicas: 3,
        updatedReplicas: 4,
        readyReplicas: 2,
        availableReplicas: 3,
      }).map(fieldErrorString),
    ).toEqual([
      'status.updatedReplicas: Invalid value: 4: cannot be greater than status.replicas',
      'status.availableReplicas: Invalid value: 3: cannot be greater than readyReplicas',
    ]);
    expect(validateDeploymentStatus({ collisionCount: -3 }).map(fieldErrorString)).toEqual([
      'status.collisionCount: Invalid value: -3: must be greater than or equal to 0',
    ]);
  });
});
