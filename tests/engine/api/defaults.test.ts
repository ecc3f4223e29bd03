// Defaulting: a minimal nginx Deployment defaults to exactly what `kubectl get deploy -o yaml` shows (spec).
import { describe, expect, it } from 'vitest';
import type { Deployment, Pod } from '../../../src/engine/api/types';
import {
  admitPod,
  imageTag,
  setDefaultsContainer,
  setDefaultsDeployment,
  setDefaultsPod,
  setDefaultsReplicaSet,
} from '../../../src/engine/api/defaults';

const docsNginx = (): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'nginx-deployment', namespace: 'default', labels: { app: 'nginx' } },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
    },
  },
  status: {},
});

describe('setDefaultsDeployment', () => {
  it('matches the spec a real cluster shows for the docs nginx-deployment', () => {
    expect(setDefaultsDeployment(docsNginx()).spec).toEqual({
      progressDeadlineSeconds: 600,
      replicas: 3,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: 'nginx' } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: {
          containers: [
            {
              image: 'nginx:1.14.2',
              imagePullPolicy: 'IfNotPresent',
              name: 'nginx',
              ports: [{ containerPort: 80, protocol: 'TCP' }],
              resources: {},
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
            },
          ],
          dnsPolicy: 'ClusterFirst',
          restartPolicy: 'Always',
          schedulerName: 'default-scheduler',
          securityContext: {},
          terminationGracePeriodSeconds: 30,
        },
      },
    });
  });
  it('does not mutate its input and leaves minReadySeconds/paused unset', () => {
    const d = docsNginx();
    const before = JSON.stringify(d);
    const out = setDefaultsDeployment(d);
    expect(JSON.stringify(d)).toBe(before);
    expect(out.spec.minReadySeconds).toBeUndefined();
    expect(out.spec.paused).toBeUndefined();
  });
  it('replicas 1 when unset (0 stays 0); fenceposts only for RollingUpdate; partial rollingUpdate filled', () => {
    const d = docsNginx();
    delete d.spec.replicas;
    expect(setDefaultsDeployment(d).spec.replicas).toBe(1);
    const zero = docsNginx();
    zero.spec.replicas = 0;
    expect(setDefaultsDeployment(zero).spec.replicas).toBe(0);
    const recreate = docsNginx();
    recreate.spec.strategy = { type: 'Recreate' };
    expect(setDefaultsDeployment(recreate).spec.strategy).toEqual({ type: 'Recreate' });
    const partial = docsNginx();
    partial.spec.strategy = { rollingUpdate: { maxSurge: 1 } };
    expect(setDefaultsDeployment(partial).spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' },
    });
  });
});

describe('container, probe, ReplicaSet and Pod defaults', () => {
  it('imagePullPolicy follows the tag', () => {
    const pol = (image: string) => setDefaultsContainer({ name: 'c', image }).imagePullPolicy;
    expect(pol('nginx')).toBe('Always');
    expect(pol('nginx:latest')).toBe('Always');
    expect(pol('nginx:1.25')).toBe('IfNotPresent');
    expect(pol('localhost:5000/team/app')).toBe('Always');
    expect(pol('localhost:5000/team/app:v2')).toBe('IfNotPresent');
    expect(pol('nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')).toBe(
      'IfNotPresent',
    );
    expect(pol('NGINX')).toBe('IfNotPresent');
    expect(
      setDefaultsContainer({ name: 'c', image: 'nginx', imagePullPolicy: 'Never' }).imagePullPolicy,
    ).toBe('Never');
    expect(imageTag('registry.example.com/a/b:1.0')).toBe('1.0');
  });
  it('probe defaults and httpGet path/scheme', () => {
    const c = setDefaultsContainer({
      name: 'c',
      image: 'x:1',
      readinessProbe: { httpGet: { port: 80 }, initialDelaySeconds: 5 },
    });
    expect(c.readinessProbe).toEqual({
      httpGet: { port: 80, path: '/', scheme: 'HTTP' },
      initialDelaySeconds: 5,
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
  });
  it('ReplicaSet replicas 1', () => {
    const rs = setDefaultsReplicaSet({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'r', namespace: 'default' },
      spec: {
        selector: { matchLabels: { a: 'b' } },
        template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'i' }] } },
      },
      status: { replicas: 0 },
    });
    expect(rs.spec.replicas).toBe(1);
    expect(rs.spec.template.spec.restartPolicy).toBe('Always');
  });
  it('Pod: requests default to limits; admission adds service account, priority, tolerations', () => {
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default' },
      spec: {
        containers: [
          {
            name: 'c',
            image: 'i:1',
            resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '250m' } },
          },
        ],
      },
      status: {},
    };
    const d = setDefaultsPod(pod);
    expect(d.spec.containers[0]?.resources?.requests).toEqual({ cpu: '250m', memory: '128Mi' });
    const a = admitPod(d);
    expect(a.spec.serviceAccountName).toBe('default');
    expect(a.spec.priority).toBe(0);
    expect(a.spec.tolerations).toEqual([
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
    ]);
    expect(admitPod(a).spec.tolerations).toHaveLength(2);
  });
});
