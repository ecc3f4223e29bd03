// Each control becomes the kubectl command a user would type (shown in the terminal and recorded). Pure.
import type { DeploymentFrame } from '../../worker/protocol';

/** `deployment/<name>` plus `-n <ns>` outside `default`. */
function target(d: DeploymentFrame): string[] {
  const t = [`deployment/${d.name}`];
  return d.namespace === 'default' ? t : [...t, '-n', d.namespace];
}

/** An int-or-percent field as the API takes it: `3` → 3, `25%` → "25%"; empty → undefined; other text as is. */
export function intOrPercent(text: string): number | string | undefined {
  const v = text.trim();
  if (v === '') return undefined;
  return /^-?\d+$/.test(v) ? Number(v) : v;
}

/** A whole-number field: `10` → 10; empty → undefined; anything else NaN (the API server rejects it). */
export function wholeNumber(text: string): number | undefined {
  const v = text.trim();
  if (v === '') return undefined;
  return /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
}

/** `kubectl set image deployment/x nginx=nginx:1.16.1` (the first container unless named). */
export function setImageArgv(
  d: DeploymentFrame,
  image: string,
  container = d.containers[0]?.name ?? '*',
): string[] {
  return ['set', 'image', ...target(d), `${container}=${image}`];
}

/** Teaching images whose lesson needs a readiness probe: without one, a pod is ready as soon as it runs. */
const PROBE_IMAGES = ['rolloutlab/never-ready', 'rolloutlab/slow-start'];

/** True for `rolloutlab/never-ready:1.0`, `docker.io/rolloutlab/slow-start:latest` and the like. */
export function needsReadinessProbe(image: string): boolean {
  const repo = image
    .trim()
    .replace(/^docker\.io\//, '')
    .replace(/[:@].*$/, '');
  return PROBE_IMAGES.includes(repo);
}

/**
 * The image change for the picker: `kubectl set image`, or — for a probe teaching image — one `kubectl patch`
 * that sets the image together with an httpGet readiness probe on port 80, so the probe (not the image alone)
 * is visibly what keeps the pod unready. The patch merges into the container list by name.
 */
export function imageChangeArgv(d: DeploymentFrame, image: string): string[] {
  const container = d.containers[0]?.name;
  if (!container || !needsReadinessProbe(image)) return setImageArgv(d, image);
  return patchArgv(d, {
    spec: {
      template: {
        spec: {
          containers: [{ name: container, image, readinessProbe: { httpGet: { path: '/', port: 80 } } }],
        },
      },
    },
  });
}

/** `kubectl scale deployment/x --replicas=5` */
export function scaleArgv(d: DeploymentFrame, replicas: number): string[] {
  return ['scale', ...target(d), `--replicas=${replicas}`];
}

/** `kubectl patch deployment/x -p '<json>'` */
export function patchArgv(d: DeploymentFrame, patch: unknown): string[] {
  return ['patch', ...target(d), '-p', JSON.stringify(patch)];
}

/** Switching strategy: Recreate must drop rollingUpdate (the API server forbids it), RollingUpdate gets defaults. */
export function strategyTypePatch(type: 'RollingUpdate' | 'Recreate'): unknown {
  return type === 'Recreate'
    ? { spec: { strategy: { type: 'Recreate', rollingUpdate: null } } }
    : { spec: { strategy: { type: 'RollingUpdate' } } };
}

/** maxSurge / maxUnavailable as typed (both always sent, so the API server validates them together). */
export function rollingUpdatePatch(maxSurge: string, maxUnavailable: string): unknown {
  return {
    spec: {
      strategy: {
        rollingUpdate: {
          maxSurge: intOrPercent(maxSurge) ?? null,
          maxUnavailable: intOrPercent(maxUnavailable) ?? null,
        },
      },
    },
  };
}

/** The timing knobs that changed (unchanged ones are left out of the patch). */
export function timingPatch(fields: {
  minReadySeconds?: number;
  progressDeadlineSeconds?: number;
  revisionHistoryLimit?: number;
}): unknown {
  const spec: Record<string, number> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) spec[k] = v;
  return { spec };
}

/** `kubectl rollout pause|resume|restart deployment/x` */
export function rolloutArgv(d: DeploymentFrame, verb: 'pause' | 'resume' | 'restart'): string[] {
  return ['rollout', verb, ...target(d)];
}

/** `kubectl rollout undo deployment/x [--to-revision=N]` (no flag = the previous revision). */
export function undoArgv(d: DeploymentFrame, revision?: number): string[] {
  return ['rollout', 'undo', ...target(d), ...(revision ? [`--to-revision=${revision}`] : [])];
}
