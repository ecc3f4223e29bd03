// Bad input gets the same clear error a real cluster or kubectl would give (or a clear message of ours), never
// a crash, and no state is lost: malformed YAML, wrong kinds and apiVersions, invalid specs, unknown resources,
// absurd sizes, unknown script commands, unreadable and malformed scripts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/engine/index';
import { main } from '../../src/cli/main';
import { runScriptText } from '../../src/cli/run';

const manifest = (body: string) => `cat <<EOF > m.yaml\n${body}\nEOF\n`;
const nginx = (replicas: string | number, extra = '') =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels: {app: web}',
    '  template:',
    '    metadata:',
    '      labels: {app: web}',
    '    spec:',
    '      containers:',
    '      - name: web',
    '        image: nginx:1.16.1',
    extra,
  ].join('\n');

function run(script: string) {
  const r = runScriptText(script, { seed: 3, timing: { kind: 'fixed', readyDelayMs: 5000 } });
  const last = r.steps[r.steps.length - 1]!;
  return { ...r, last, text: last.result.chunks.map((c) => c.text).join('') };
}

describe('bad input', () => {
  it('malformed YAML: the line of the problem, like kubectl', () => {
    const r = run(
      manifest(
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n   selector: {}',
      ) + 'kubectl apply -f m.yaml',
    );
    expect(r.text).toBe(
      'error: error parsing m.yaml: error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context\n',
    );
    expect(r.last.result.exitCode).toBe(1);
  });

  it('wrong kind or apiVersion: kubectl cannot map it', () => {
    const r = run(
      manifest('apiVersion: apps/v1\nkind: Deploymnt\nmetadata:\n  name: web') + 'kubectl create -f m.yaml',
    );
    expect(r.text).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "m.yaml": no matches for kind "Deploymnt" in version "apps/v1"\nensure CRDs are installed first\n',
    );
  });

  it('invalid specs: the API server message word for word, one or many causes', () => {
    const many = run(manifest(nginx(-1, '  minReadySeconds: -2')) + 'kubectl create -f m.yaml');
    expect(many.text).toBe(
      'The Deployment "web" is invalid: \n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n* spec.minReadySeconds: Invalid value: -2: must be greater than or equal to 0\n',
    );
    const r = run(manifest(nginx(-1)) + 'kubectl create -f m.yaml');
    expect(r.text).toBe(
      'The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
    );
    const zero = run(
      manifest(nginx(3)) +
        'kubectl create -f m.yaml\nkubectl patch deployment web -p \'{"spec":{"strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":0}}}}\'',
    );
    expect(zero.text).toBe(
      'The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0\n',
    );
  });

  it('unknown resources and objects: NotFound and the unknown-type error', () => {
    expect(run('kubectl get deploymnt').text).toBe(
      'error: the server doesn\'t have a resource type "deploymnt"\n',
    );
    expect(run('kubectl rollout status deployment/x').text).toBe(
      'Error from server (NotFound): deployments.apps "x" not found\n',
    );
  });

  it('absurd sizes are refused with our own clear limit, and the running Deployment is untouched', () => {
    const created = run(manifest(nginx(1_000_000)) + 'kubectl create -f m.yaml');
    expect(created.text).toMatch(
      /^Error from server \(Forbidden\): error when creating "m.yaml": Rollout Lab simulates at most 10000 replicas per Deployment; web asks for 1000000 \(a real cluster would accept this/,
    );
    expect(created.sim.list('Deployment')).toHaveLength(0);
    const scaled = run(
      manifest(nginx(3)) +
        'kubectl create -f m.yaml\nsleep 10\nkubectl scale deployment web --replicas=99999999',
    );
    expect(scaled.text).toMatch(/Rollout Lab simulates at most 10000 replicas/);
    const d = scaled.sim.get<Deployment>('Deployment', 'default', 'web')!;
    expect(d.spec.replicas).toBe(3);
    expect(d.status.availableReplicas).toBe(3);
  });

  it('unknown script commands and bad sleeps are answered like a shell, and the script goes on', () => {
    const r = runScriptText('kubecti get pods\nsleep abc\nkubectl version --client', {
      seed: 1,
      timing: { kind: 'realistic' },
    });
    expect(r.steps.map((s) => s.result.exitCode)).toEqual([127, 1, 0]);
    expect(r.steps[0]!.result.chunks[0]!.text).toBe('kubecti: command not found\n');
    expect(r.steps[1]!.result.chunks.map((c) => c.text).join('')).toBe(
      "sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n",
    );
  });

  it('the CLI: exit 0 at the end of a script with failing commands, 2 with file and line for a malformed or missing script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollout-lab-'));
    const ok = join(dir, 'ok.sh');
    writeFileSync(ok, 'kubectl get deployment nope\n');
    let out = '';
    expect(main([ok], (t) => (out += t))).toBe(0);
    expect(out).toBe(
      '$ kubectl get deployment nope\nError from server (NotFound): deployments.apps "nope" not found\n',
    );
    const bad = join(dir, 'bad.sh');
    writeFileSync(bad, 'kubectl get pods\ncat <<EOF > x.yaml\nnever closed\n');
    out = '';
    expect(main([bad], (t) => (out += t))).toBe(2);
    expect(out).toContain(`${bad}: line 3: here-document at line 2 delimited by end-of-file (wanted \`EOF')`);
    out = '';
    expect(main([join(dir, 'missing.sh')], (t) => (out += t))).toBe(2);
    expect(out).toBe(`rollout-lab: cannot read script "${join(dir, 'missing.sh')}": no such file\n`);
    out = '';
    expect(main([ok, '--timing', 'slow'], (t) => (out += t))).toBe(2);
    expect(out).toMatch(/^rollout-lab: invalid timing "slow": use realistic or fixed:<seconds>/);
  });
});
