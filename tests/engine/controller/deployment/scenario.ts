// Scenario harness for the Deployment controller: objects go in through the API server (defaulting, validation,
// generation bumps) and the whole cluster loop runs (controllers, scheduler, kubelet) via advanceTo / settle.
import { expect } from 'vitest';
import type {
  Deployment,
  DeploymentCondition,
  KubeObject,
  Pod,
  ReplicaSet,
} from '../../../../src/engine/api/types';
import { deepClone } from '../../../../src/engine/api/clone';
import { getControllerOf } from '../../../../src/engine/api/meta';
import { isPodReady } from '../../../../src/engine/controller/deployment/util/podUtil';
import type { Cluster } from '../../../../src/engine/sim/cluster';
import { handleRequest } from '../../../../src/engine/sim/apiserver';
import { fromTime } from '../../../../src/engine/sim/clock';

/** A Deployment manifest as a user would write it (the API server applies the defaults). */
/** What the scenarios vary in a Deployment manifest. */
export interface ManifestOptions {
  replicas?: number;
  image?: string;
  strategy?: Deployment['spec']['strategy'];
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  minReadySeconds?: number;
  command?: string[];
}

export function deploymentManifest(name: string, opts: ManifestOptions = {}): Deployment {
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: opts.replicas ?? 3,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image: opts.image ?? 'nginx:1.14.2',
              ...(opts.command ? { command: opts.command } : {}),
            },
          ],
        },
      },
    },
    status: {},
  };
  if (opts.strategy) d.spec.strategy = opts.strategy;
  if (opts.revisionHistoryLimit !== undefined) d.spec.revisionHistoryLimit = opts.revisionHistoryLimit;
  if (opts.progressDeadlineSeconds !== undefined)
    d.spec.progressDeadlineSeconds = opts.progressDeadlineSeconds;
  if (opts.minReadySeconds !== undefined) d.spec.minReadySeconds = opts.minReadySeconds;
  return d;
}

/** Create through the API server and let the controllers react at the current instant. */
export function apiCreate(cluster: Cluster, obj: KubeObject): void {
  const res = handleRequest(cluster, { verb: 'create', object: obj });
  expect(res.ok, JSON.stringify(res)).toBe(true);
  cluster.settle();
}

/** Read-modify-write of a Deployment through the API server (like `kubectl edit`), then settle. */
export function apiUpdateDeployment(
  cluster: Cluster,
  name: string,
  mutate: (d: Deployment) => void,
): Deployment {
  const d = deepClone(getDeployment(cluster, name));
  mutate(d);
  const res = handleRequest(cluster, { verb: 'update', object: d });
  expect(res.ok, JSON.stringify(res)).toBe(true);
  cluster.settle();
  return getDeployment(cluster, name);
}

/** Set the first container's image (like `kubectl set image`). */
export function setImage(cluster: Cluster, name: string, image: string): Deployment {
  return apiUpdateDeployment(cluster, name, (d) => {
    d.spec.template.spec.containers[0]!.image = image;
  });
}

export function getDeployment(cluster: Cluster, name: string): Deployment {
  const d = cluster.store.get('Deployment', `default/${name}`);
  if (!d) throw new Error(`no Deployment ${name}`);
  return d;
}

/** The Deployment's ReplicaSets, oldest first (creation order = store order for equal timestamps). */
export function replicaSetsOf(cluster: Cluster, name: string): ReplicaSet[] {
  const d = getDeployment(cluster, name);
  return cluster.store
    .list('ReplicaSet', 'default')
    .filter((rs) => getControllerOf(rs)?.uid === d.metadata.uid);
}

/** The ReplicaSet whose first container runs `image`. */
export function rsWithImage(cluster: Cluster, name: string, image: string): ReplicaSet {
  const found = replicaSetsOf(cluster, name).find(
    (rs) => rs.spec.template.spec.containers[0]?.image === image,
  );
  if (!found) throw new Error(`no ReplicaSet of ${name} runs ${image}`);
  return found;
}

/** Pods of the Deployment's ReplicaSets. */
export function podsOf(cluster: Cluster, name: string): Pod[] {
  return replicaSetsOf(cluster, name).flatMap((rs) => cluster.store.podsOwnedBy(rs.metadata.uid!));
}

/** Ready pods without a deletionTimestamp (what a Service would route to). */
export function readyPods(cluster: Cluster, name: string): number {
  return podsOf(cluster, name).filter((p) => !p.metadata.deletionTimestamp && isPodReady(p)).length;
}

/** The Deployment's Progressing condition. */
export function progressing(cluster: Cluster, name: string): DeploymentCondition | undefined {
  return getDeployment(cluster, name).status.conditions?.find((c) => c.type === 'Progressing');
}

/** Sim ms of an API time. */
export const ms = fromTime;

/** Run the cluster until `done()` holds (checked at every timer instant), failing after `limitMs`. */
export function runUntil(cluster: Cluster, done: () => boolean, limitMs = 600_000): number {
  const end = cluster.now() + limitMs;
  cluster.settle();
  while (!done()) {
    const next = cluster.nextTimerAt();
    if (next === undefined || next > end) throw new Error(`condition not reached by t=${end} ms`);
    cluster.advanceTo(next);
  }
  return cluster.now();
}

/** True when the Deployment's rollout is complete (the Progressing reason says so and counters match). */
export function rolledOut(cluster: Cluster, name: string): boolean {
  const d = getDeployment(cluster, name);
  const r = d.spec.replicas ?? 1;
  const s = d.status;
  return (
    (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) &&
    s.updatedReplicas === r &&
    s.replicas === r &&
    s.availableReplicas === r &&
    progressing(cluster, name)?.reason === 'NewReplicaSetAvailable'
  );
}

/**
 * Check `invariant` after every store write from now on (controllers, kubelet, API); returns the violations
 * (`t=… ms: …`) so a test can expect none.
 */
export function watchInvariant(cluster: Cluster, invariant: () => string | undefined): string[] {
  const violations: string[] = [];
  cluster.store.listen(() => {
    const problem = invariant();
    if (problem) violations.push(`t=${cluster.now()} ms: ${problem}`);
  });
  return violations;
}

/** Σ spec.replicas over the Deployment's ReplicaSets. */
export function totalSpec(cluster: Cluster, name: string): number {
  return replicaSetsOf(cluster, name).reduce((s, rs) => s + (rs.spec.replicas ?? 0), 0);
}
