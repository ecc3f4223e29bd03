// `kubectl rollout status` messages: one viewer call per watch event, `done` ends the watch.
// Mirrors DeploymentStatusViewer / DaemonSetStatusViewer / StatefulSetStatusViewer
// (kubectl pkg/polymorphichelpers/rollout_status.go).
import type { Deployment } from '../../engine/api/types';

/** A viewer result: a message line (ending in "\n") and whether the rollout is done, or an error text. */
export type StatusResult = { message: string; done: boolean } | { error: string };

/** Go's %q for the simple names kubectl quotes (`"nginx"`). */
const q = (s: string): string => JSON.stringify(s);

/**
 * deploymentStatusViewer (spec §13.1). With `revision` > 0 the Deployment's revision annotation must match.
 * Once the spec is observed: ProgressDeadlineExceeded → error; updated < replicas (skipped when spec.replicas is
 * unset); replicas > updated (old replicas pending termination); available < updated; else successfully rolled out.
 */
export function deploymentStatusViewer(d: Deployment, revision = 0): StatusResult {
  const name = d.metadata.name;
  if (revision > 0) {
    const text = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
    if (text !== undefined && !/^[+-]?\d+$/.test(text)) {
      return {
        error: `cannot get the revision of deployment ${q(name)}: strconv.ParseInt: parsing ${q(text)}: invalid syntax`,
      };
    }
    const current = text === undefined ? 0 : Number(text);
    if (current !== revision)
      return { error: `desired revision (${revision}) is different from the running revision (${current})` };
  }
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) {
    return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  }
  const progressing = st.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return { error: `deployment ${q(name)} exceeded its progress deadline` };
  const updated = st.updatedReplicas ?? 0;
  const replicas = st.replicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const waiting = `Waiting for deployment ${q(name)} rollout to finish: `;
  if (d.spec.replicas !== undefined && updated < d.spec.replicas) {
    return {
      message: `${waiting}${updated} out of ${d.spec.replicas} new replicas have been updated...\n`,
      done: false,
    };
  }
  if (replicas > updated) {
    return {
      message: `${waiting}${replicas - updated} old replicas are pending termination...\n`,
      done: false,
    };
  }
  if (available < updated) {
    return {
      message: `${waiting}${available} of ${updated} updated replicas are available...\n`,
      done: false,
    };
  }
  return { message: `deployment ${q(name)} successfully rolled out\n`, done: true };
}

/** The DaemonSet fields the viewer reads (apps/v1 names); DaemonSets are not otherwise modelled yet. */
export interface DaemonSetStatusFields {
  metadata: { name: string; generation?: number };
  spec: { updateStrategy?: { type?: string } };
  status?: {
    observedGeneration?: number;
    updatedNumberScheduled?: number;
    desiredNumberScheduled?: number;
    numberAvailable?: number;
  };
}

const ONLY_ROLLING = 'rollout status is only available for RollingUpdate strategy type';

/** DaemonSetStatusViewer: updated vs desired, then available vs desired (message says "updated pods"). */
export function daemonSetStatusViewer(ds: DaemonSetStatusFields): StatusResult {
  if (ds.spec.updateStrategy?.type !== 'RollingUpdate') return { error: ONLY_ROLLING };
  const st = ds.status ?? {};
  if ((ds.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) {
    return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
  }
  const name = q(ds.metadata.name);
  const desired = st.desiredNumberScheduled ?? 0;
  const updated = st.updatedNumberScheduled ?? 0;
  const available = st.numberAvailable ?? 0;
  if (updated < desired) {
    return {
      message: `Waiting for daemon set ${name} rollout to finish: ${updated} out of ${desired} new pods have been updated...\n`,
      done: false,
    };
  }
  if (available < desired) {
    return {
      message: `Waiting for daemon set ${name} rollout to finish: ${available} of ${desired} updated pods are available...\n`,
      done: false,
    };
  }
  return { message: `daemon set ${name} successfully rolled out\n`, done: true };
}

/** The StatefulSet fields the viewer reads (apps/v1 names); StatefulSets are not otherwise modelled yet. */
export interface StatefulSetStatusFields {
  metadata: { name: string; generation?: number };
  spec: {
    replicas?: number;
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } | null };
  };
  status?: {
    observedGeneration?: number;
    readyReplicas?: number;
    updatedReplicas?: number;
    currentReplicas?: number;
    currentRevision?: string;
    updateRevision?: string;
  };
}

/**
 * StatefulSetStatusViewer: observed → all ready → partition progress when `rollingUpdate` is set (even with
 * partition 0 or unset: `partitioned roll out complete`) → else current vs update revision.
 */
export function statefulSetStatusViewer(sts: StatefulSetStatusFields): StatusResult {
  const strategy = sts.spec.updateStrategy;
  if (strategy?.type !== 'RollingUpdate') return { error: ONLY_ROLLING };
  const st = sts.status ?? {};
  const observed = st.observedGeneration ?? 0;
  if (observed === 0 || (sts.metadata.generation ?? 0) > observed) {
    return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
  }
  const replicas = sts.spec.replicas;
  const updated = st.updatedReplicas ?? 0;
  if (replicas !== undefined && (st.readyReplicas ?? 0) < replicas) {
    return {
      message: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...\n`,
      done: false,
    };
  }
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
      return {
        message: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...\n`,
        done: false,
      };
    }
    return {
      message: `partitioned roll out complete: ${updated} new pods have been updated...\n`,
      done: true,
    };
  }
  if (st.updateRevision !== st.currentRevision) {
    return {
      message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${st.updateRevision ?? ''}...\n`,
      done: false,
    };
  }
  return {
    message: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision ?? ''}...\n`,
    done: true,
  };
}
