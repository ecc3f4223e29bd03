// Every reference trace in ../shared/conformance/traces, run as a kubectl script through the CLI path with
// --timing fixed:5: the ReplicaSet writes (which RS by revision label, from, to, at which second), the
// revisions and the final status must match. Pod names, hash suffixes and the race-dependent Progressing
// reason at a user-action instant may differ (conformance/README.md).
import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../src/engine/index';
import { runScriptText } from '../../src/cli/run';
import { loadTrace, traceNames } from '../fixtures/conformance';

interface TraceParams {
  replicas: number;
  strategy: string;
  maxSurge?: string;
  maxUnavailable?: string;
  minReadySeconds: number;
  progressDeadlineSeconds: number;
  revisionHistoryLimit: number;
  readyDelaySeconds: number;
  script: { t: number; action: string; value?: string | number }[];
  runUntil: number;
}
interface TraceAction {
  t: number;
  action: 'create-rs' | 'scale' | 'set-revision';
  label: string;
  rs: number;
  from: number;
  to: number;
}

/** A trace's IntOrString as YAML: "25%" stays a string, "3" is the integer 3 (the generator's notation). */
const intstr = (v: string | undefined) => (v === undefined ? undefined : /^\d+$/.test(v) ? v : `"${v}"`);

/** The trace's timed script as a shell script of kubectl commands with `sleep`s in between. */
export function traceScript(p: TraceParams): string {
  const lines: string[] = [];
  let now = 0;
  for (const step of p.script) {
    if (step.t > now) lines.push(`sleep ${step.t - now}`);
    now = step.t;
    const v = String(step.value ?? '');
    switch (step.action) {
      case 'create': {
        const strategy =
          p.strategy === 'Recreate'
            ? ['  strategy:', '    type: Recreate']
            : [
                '  strategy:',
                '    type: RollingUpdate',
                '    rollingUpdate:',
                `      maxSurge: ${intstr(p.maxSurge)}`,
                `      maxUnavailable: ${intstr(p.maxUnavailable)}`,
              ];
        lines.push(
          'cat <<EOF > web.yaml',
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  name: web',
          'spec:',
          `  replicas: ${p.replicas}`,
          `  minReadySeconds: ${p.minReadySeconds}`,
          `  progressDeadlineSeconds: ${p.progressDeadlineSeconds}`,
          `  revisionHistoryLimit: ${p.revisionHistoryLimit}`,
          ...strategy,
          '  selector:',
          '    matchLabels:',
          '      app: web',
          '  template:',
          '    metadata:',
          '      labels:',
          '        app: web',
          '    spec:',
          '      containers:',
          '      - name: web',
          `        image: ${v}`,
          'EOF',
          'kubectl create -f web.yaml',
        );
        break;
      }
      case 'set-image':
        lines.push(`kubectl set image deployment/web web=${v}`);
        break;
      case 'scale':
        lines.push(`kubectl scale deployment/web --replicas=${v}`);
        break;
      case 'pause':
        lines.push('kubectl rollout pause deployment/web');
        break;
      case 'resume':
        lines.push('kubectl rollout resume deployment/web');
        break;
      case 'undo':
        lines.push(
          step.value === undefined
            ? 'kubectl rollout undo deployment/web'
            : `kubectl rollout undo deployment/web --to-revision=${v}`,
        );
        break;
      case 'set-resources':
        lines.push(`kubectl set resources deployment/web --limits=${v}`);
        break;
      default:
        throw new Error(`unknown trace action ${step.action}`);
    }
  }
  if (p.runUntil > now) lines.push(`sleep ${p.runUntil - now}`);
  return `${lines.join('\n')}\n`;
}

const revisionOf = (rs: ReplicaSet) =>
  Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);

/** The ReplicaSet writes seen in the watch log, in the trace's vocabulary. */
function observedActions(
  watch: readonly { type: string; kind: string; object: unknown; at: number }[],
): TraceAction[] {
  const out: TraceAction[] = [];
  const labels = new Map<string, string>();
  const last = new Map<string, ReplicaSet>();
  for (const w of watch) {
    if (w.kind !== 'ReplicaSet') continue;
    const rs = w.object as ReplicaSet;
    const name = rs.metadata.name;
    const t = w.at / 1000;
    if (w.type === 'ADDED') {
      labels.set(name, `rs-r${revisionOf(rs)}`);
      out.push({
        t,
        action: 'create-rs',
        label: labels.get(name)!,
        rs: revisionOf(rs),
        from: 0,
        to: rs.spec.replicas ?? 1,
      });
    } else if (w.type === 'MODIFIED') {
      const prev = last.get(name)!;
      if (revisionOf(prev) !== revisionOf(rs))
        out.push({
          t,
          action: 'set-revision',
          label: labels.get(name)!,
          rs: revisionOf(rs),
          from: revisionOf(prev),
          to: revisionOf(rs),
        });
      if ((prev.spec.replicas ?? 1) !== (rs.spec.replicas ?? 1))
        out.push({
          t,
          action: 'scale',
          label: labels.get(name)!,
          rs: revisionOf(rs),
          from: prev.spec.replicas ?? 1,
          to: rs.spec.replicas ?? 1,
        });
    }
    last.set(name, rs);
  }
  return out;
}

describe.each(traceNames())('conformance trace %s', (name) => {
  const trace = loadTrace(name) as {
    parameters: TraceParams;
    actions: TraceAction[];
    snapshots: {
      deployment: Record<string, unknown>;
      rs: Record<string, unknown>[];
      conditions: Record<string, unknown>[];
    }[];
  };
  const p = trace.parameters;
  const run = runScriptText(traceScript(p), {
    seed: 1,
    timing: { kind: 'fixed', readyDelayMs: p.readyDelaySeconds * 1000 },
    name: `${name}.sh`,
  });

  it('runs every command of its script successfully', () => {
    for (const s of run.steps)
      expect(s.result.exitCode, `${s.source}\n${s.result.chunks.map((c) => c.text).join('')}`).toBe(0);
  });

  it('makes the same ReplicaSet writes at the same seconds', () => {
    const pick = (a: TraceAction) => ({
      t: a.t,
      action: a.action,
      label: a.label,
      rs: a.rs,
      from: a.from,
      to: a.to,
    });
    expect(observedActions(run.sim.watchLog).map(pick)).toEqual(trace.actions.map(pick));
  });

  it('ends with the same Deployment status, revisions and ReplicaSets', () => {
    const final = trace.snapshots[trace.snapshots.length - 1]!;
    const d = run.sim.get<Deployment>('Deployment', 'default', 'web')!;
    const s = d.status;
    expect({
      specReplicas: d.spec.replicas,
      replicas: s.replicas,
      updatedReplicas: s.updatedReplicas,
      readyReplicas: s.readyReplicas,
      availableReplicas: s.availableReplicas,
      unavailableReplicas: s.unavailableReplicas,
      generation: d.metadata.generation,
      observedGeneration: s.observedGeneration,
      revision: d.metadata.annotations?.['deployment.kubernetes.io/revision'],
      paused: d.spec.paused ?? false,
      image: d.spec.template.spec.containers[0]!.image,
    }).toEqual(final.deployment);
    const rsByName = new Map(run.sim.list<ReplicaSet>('ReplicaSet').map((r) => [r.metadata.name, r]));
    const traceNameToOurs = new Map<string, string>();
    const ours = [...rsByName.values()];
    for (const want of final.rs) {
      const got = ours.find(
        (r) =>
          `rs-r${r.metadata.annotations?.['deployment.kubernetes.io/revision-history']?.split(',')[0] ?? revisionOf(r)}` ===
          want.label,
      );
      expect(got, `ReplicaSet ${String(want.label)}`).toBeDefined();
      traceNameToOurs.set(String(want.name), got!.metadata.name);
      expect({
        revision: revisionOf(got!),
        replicas: got!.spec.replicas,
        statusReplicas: got!.status.replicas,
        readyReplicas: got!.status.readyReplicas ?? 0,
        availableReplicas: got!.status.availableReplicas ?? 0,
        desiredReplicasAnnotation: got!.metadata.annotations?.['deployment.kubernetes.io/desired-replicas'],
        maxReplicasAnnotation: got!.metadata.annotations?.['deployment.kubernetes.io/max-replicas'],
        image: got!.spec.template.spec.containers[0]!.image,
      }).toEqual({
        revision: want.revision,
        replicas: want.replicas,
        statusReplicas: want.statusReplicas,
        readyReplicas: want.readyReplicas,
        availableReplicas: want.availableReplicas,
        desiredReplicasAnnotation: want.desiredReplicasAnnotation,
        maxReplicasAnnotation: want.maxReplicasAnnotation,
        image: want.image,
      });
    }
    const rename = (m: unknown) => String(m).replace(/web-[a-z0-9]+/g, (n) => traceNameToOurs.get(n) ?? n);
    const toSec = (t: string | undefined) =>
      t ? (Date.parse(t) - Date.parse(d.metadata.creationTimestamp!)) / 1000 : undefined;
    expect(
      (s.conditions ?? []).map((c) => ({
        type: c.type,
        status: c.status,
        reason: c.reason,
        message: c.message,
        lastUpdateTime: toSec(c.lastUpdateTime),
        lastTransitionTime: toSec(c.lastTransitionTime),
      })),
    ).toEqual(final.conditions.map((c) => ({ ...c, message: rename(c.message) })));
  });
});
