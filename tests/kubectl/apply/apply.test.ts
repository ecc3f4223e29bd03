// kubectl apply (client-side): the last-applied annotation, the three-way patch and the decision, checked
// against what the real kubectl v1.32 sent, then end to end through the API server's strategic merge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/engine/api/patch';
import type { Deployment } from '../../../src/engine/api/types';
import {
  applyDecision,
  createThreeWayMergePatch,
  LAST_APPLIED_ANNOTATION,
  lastAppliedAnnotation,
  missingAnnotationWarning,
} from '../../../src/kubectl/apply';
import type { Obj } from './scenarios';
import { edit, live, NGINX, RECORDED, SCENARIOS } from './scenarios';

/** Replaces the annotation value by a marker after checking it is this manifest's last-applied text. */
function masked(v: unknown, manifest: Obj): unknown {
  if (Array.isArray(v)) return v.map((x) => masked(x, manifest));
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === LAST_APPLIED_ANNOTATION) {
      expect(x).toBe(lastAppliedAnnotation(manifest, 'default'));
      out[k] = '<last-applied>';
    } else out[k] = masked(x, manifest);
  }
  return out;
}

describe('lastAppliedAnnotation', () => {
  it('is the manifest as Go marshals it, with namespace, empty annotations and a newline', () => {
    expect(lastAppliedAnnotation(NGINX, 'default')).toBe(
      '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"app":"nginx"},"name":"nginx-deployment","namespace":"default"},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"nginx"}},"template":{"metadata":{"labels":{"app":"nginx"}},"spec":{"containers":[{"image":"nginx:1.14.2","name":"nginx","ports":[{"containerPort":80}]}]}}}}\n',
    );
  });

  it('keeps status and nulls, escapes HTML characters, ignores a stale annotation (recorded)', () => {
    const manifest = edit((o) => {
      o.metadata.annotations = { note: 'a<b & c', [LAST_APPLIED_ANNOTATION]: 'stale' };
      delete o.metadata.labels;
      o.spec.template.metadata = {
        labels: { app: 'nginx' },
        creationTimestamp: null,
      } as unknown as typeof o.spec.template.metadata;
      o.spec.template.spec.containers = [{ name: 'nginx', image: 'nginx:1.14.2' }];
      o.status = { replicas: 7 };
    });
    expect(lastAppliedAnnotation(manifest, 'default')).toBe(
      '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{"note":"a\\u003cb \\u0026 c"},"name":"nginx-deployment","namespace":"default"},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"nginx"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"nginx"}},"spec":{"containers":[{"image":"nginx:1.14.2","name":"nginx"}]}}},"status":{"replicas":7}}\n',
    );
  });

  it('the create request drops null fields; the annotation keeps them (recorded)', () => {
    const manifest = edit(
      (o) =>
        (o.spec.template.metadata = {
          labels: { app: 'nginx' },
          creationTimestamp: null,
        } as unknown as typeof o.spec.template.metadata),
    );
    const d = applyDecision(undefined, manifest);
    expect(d.action === 'create' && d.object['spec']).toEqual(
      applyDecision(undefined, NGINX).action === 'create' && NGINX.spec,
    );
    expect(d.action === 'create' && JSON.stringify(d.object)).toContain('\\"creationTimestamp\\":null');
  });

  it('keeps an explicit namespace', () => {
    expect(
      lastAppliedAnnotation(
        edit((o) => (o.metadata.namespace = 'prod')),
        'default',
      ),
    ).toContain('"namespace":"prod"');
  });
});

describe('applyDecision matches kubectl v1.32 (recorded)', () => {
  it.each(SCENARIOS)('%s', (name, liveObj, manifest) => {
    const d = applyDecision(liveObj, manifest, { namespace: 'default' });
    const { warning, ...rest } = d as typeof d & { warning?: string };
    expect(masked(rest, manifest)).toEqual(RECORDED[name]);
    const annotated = liveObj?.metadata.annotations?.[LAST_APPLIED_ANNOTATION] !== undefined;
    expect(warning).toBe(
      liveObj === undefined || annotated
        ? undefined
        : missingAnnotationWarning('Deployment', 'nginx-deployment'),
    );
  });

  it('warns exactly like kubectl when the live object was not created by apply', () => {
    expect(missingAnnotationWarning('Deployment', 'nginx-deployment')).toBe(
      'Warning: resource deployments/nginx-deployment is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.',
    );
    expect(missingAnnotationWarning('Pod', 'p')).toMatch(/^Warning: resource pods\/p is missing/);
  });

  it('reports an unreadable last-applied annotation as kubectl does', () => {
    const broken = live(
      NGINX,
      (o) => ((o.metadata.annotations ??= {})[LAST_APPLIED_ANNOTATION] = '{not json'),
    );
    const d = applyDecision(broken, NGINX, { source: 'nginx.yaml' });
    expect(d.action).toBe('error');
    expect(d.action === 'error' && d.error).toMatch(
      /^error when creating patch with:\noriginal:\n\{not json\nmodified:\n\{.*\n\ncurrent:\n\{.*\n\nfor: "nginx.yaml": invalid JSON document$/s,
    );
  });

  it('createThreeWayMergePatch takes the annotation text or an object', () => {
    const modified = edit((o) => (o.spec.replicas = 4));
    expect(createThreeWayMergePatch(lastAppliedAnnotation(NGINX), modified, live(NGINX))).toEqual(
      createThreeWayMergePatch(JSON.parse(lastAppliedAnnotation(NGINX)), modified, live(NGINX)),
    );
    expect(createThreeWayMergePatch(undefined, NGINX, NGINX)).toEqual({ ok: true, patch: {} });
  });
});

/** Runs `kubectl apply` against the simulated API server: create, or the patch through applyPatch. */
function applyOnServer(liveObj: Obj | undefined, manifest: Obj): Deployment {
  const d = applyDecision(liveObj, manifest, { namespace: 'default' });
  if (d.action === 'create') return d.object as unknown as Deployment;
  if (d.action === 'unchanged') return liveObj as Deployment;
  if (d.action === 'error') throw new Error(d.error);
  const r = applyPatch(liveObj, 'strategic', d.patch);
  if (!r.ok) throw new Error(r.error);
  return r.value as Deployment;
}

describe('apply end to end', () => {
  it('a manifest without replicas keeps the replicas set by kubectl scale', () => {
    const manifest = edit((o) => delete o.spec.replicas);
    const scaled = live(manifest, (o) => (o.spec.replicas = 7));
    const changed = edit(
      (o) => ((o.spec.template.spec.containers[0] as { image: string }).image = 'nginx:1.16.1'),
      manifest,
    );
    const out = applyOnServer(scaled, changed);
    expect(out.spec.replicas).toBe(7);
    expect(out.spec.template.spec.containers[0]?.image).toBe('nginx:1.16.1');
    expect(out.spec.template.spec.containers[0]?.imagePullPolicy).toBe('IfNotPresent');
    expect(out.metadata.annotations?.[LAST_APPLIED_ANNOTATION]).toBe(
      lastAppliedAnnotation(changed, 'default'),
    );
  });

  it('re-applying the result of an apply is unchanged', () => {
    const first = applyOnServer(
      live(NGINX),
      edit((o) => (o.spec.replicas = 2)),
    );
    expect(
      applyDecision(
        first,
        edit((o) => (o.spec.replicas = 2)),
      ),
    ).toEqual({ action: 'unchanged' });
  });

  it('property: after apply the object matches the manifest; live-only fields survive', () => {
    const name = fc.constantFrom('a', 'b', 'c', 'd');
    const manifest = fc.record({
      replicas: fc.option(fc.integer({ min: 0, max: 9 })),
      labels: fc.dictionary(fc.constantFrom('app', 'tier', 'track'), fc.constantFrom('x', 'y')),
      containers: fc.uniqueArray(
        fc.record({
          name,
          image: fc.constantFrom('i1', 'i2'),
          env: fc.uniqueArray(fc.record({ name, value: fc.constantFrom('1', '2') }), {
            selector: (e) => e.name,
            maxLength: 3,
          }),
        }),
        { selector: (c) => c.name, minLength: 1, maxLength: 3 },
      ),
    });
    const toManifest = (m: {
      replicas: number | null;
      labels: Record<string, string>;
      containers: { name: string; image: string; env: { name: string; value: string }[] }[];
    }): Obj =>
      edit((o) => {
        if (m.replicas === null) delete o.spec.replicas;
        else o.spec.replicas = m.replicas;
        o.metadata.labels = m.labels;
        o.spec.template.spec.containers = m.containers.map((c) =>
          c.env.length > 0 ? c : { name: c.name, image: c.image },
        );
      });
    fc.assert(
      fc.property(manifest, manifest, fc.integer({ min: 0, max: 9 }), (prevM, nextM, scaledTo) => {
        const prev = toManifest(prevM);
        const next = toManifest(nextM);
        const before = live(prev, (o) => {
          o.spec.replicas = scaledTo;
          (o.metadata.labels ??= {})['live-only'] = 'kept';
        });
        const out = applyOnServer(before, next);
        expect(out.spec.template.spec.containers.map((c) => [c.name, c.image, c.env ?? []])).toEqual(
          next.spec.template.spec.containers.map((c) => [c.name, c.image, c.env ?? []]),
        );
        expect(out.metadata.labels).toEqual({ ...next.metadata.labels, 'live-only': 'kept' });
        expect(out.spec.replicas).toBe(
          next.spec.replicas ?? (prev.spec.replicas === undefined ? scaledTo : undefined),
        );
        expect(out.status).toEqual(before.status);
      }),
      { numRuns: 300, seed: 2024 },
    );
  });
});
