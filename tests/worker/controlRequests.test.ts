import { beforeEach, describe, expect, it } from 'vitest';
import { Simulation, type Deployment } from '../../src/engine';
import { runKubectl } from '../../src/worker/controlRequests';
import { seedScenario } from '../../src/worker/scenario';

let sim: Simulation;
const D = 'deployment/nginx-deployment';
const run = (...argv: string[]) => {
  const r = runKubectl(sim, argv);
  return {
    code: r.exitCode,
    out: r.chunks.map((c) => c.text).join(''),
    streams: r.chunks.map((c) => c.stream),
  };
};
const deployment = () => sim.get<Deployment>('Deployment', 'default', 'nginx-deployment')!;

beforeEach(() => {
  sim = new Simulation({ seed: 3 });
  seedScenario(sim);
});

describe('control commands (interim kubectl adapter)', () => {
  it('set image prints the name-printer line, and nothing when the image is already set', () => {
    expect(run('set', 'image', D, 'nginx=nginx:1.16.1')).toEqual({
      code: 0,
      out: 'deployment.apps/nginx-deployment image updated\n',
      streams: ['stdout'],
    });
    expect(deployment().spec.template.spec.containers[0]!.image).toBe('nginx:1.16.1');
    expect(run('set', 'image', D, 'nginx=nginx:1.16.1')).toEqual({ code: 0, out: '', streams: [] });
    expect(run('set', 'image', 'deployment', 'nginx-deployment', 'web=nginx:1')).toMatchObject({
      code: 1,
      out: 'error: unable to find container named "web"\n',
    });
  });

  it('scale validates --replicas like kubectl', () => {
    expect(run('scale', D, '--replicas=5').out).toBe('deployment.apps/nginx-deployment scaled\n');
    expect(deployment().spec.replicas).toBe(5);
    expect(run('scale', D, '--replicas', '-1')).toMatchObject({
      code: 1,
      out: 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
    });
  });

  it('patch shows the API server validation message word for word', () => {
    const r = run(
      'patch',
      D,
      '-p',
      '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":0}}}}',
    );
    expect(r).toEqual({
      code: 1,
      out: 'The Deployment "nginx-deployment" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0\n',
      streams: ['stderr'],
    });
    expect(run('patch', D, '-p', '{"spec":{"minReadySeconds":5}}').out).toBe(
      'deployment.apps/nginx-deployment patched\n',
    );
    expect(run('patch', D, '-p', '{"spec":{"minReadySeconds":5}}').out).toBe(
      'deployment.apps/nginx-deployment patched (no change)\n',
    );
    expect(run('patch', D, '-p', '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}').code).toBe(
      0,
    );
    expect(deployment().spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('several validation errors print one `* field: body` line each', () => {
    const r = run('patch', D, '-p', '{"spec":{"minReadySeconds":-1,"revisionHistoryLimit":-2}}');
    expect(r.out).toBe(
      'The Deployment "nginx-deployment" is invalid: \n* spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0\n* spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0\n',
    );
  });

  it('dry runs change nothing and say so', () => {
    expect(run('scale', D, '--replicas=9', '--dry-run=server').out).toBe(
      'deployment.apps/nginx-deployment scaled (server dry run)\n',
    );
    expect(run('scale', D, '--replicas=9', '--dry-run=client').out).toBe(
      'deployment.apps/nginx-deployment scaled (dry run)\n',
    );
    expect(deployment().spec.replicas).toBe(3);
  });

  it('pause and resume refuse to repeat themselves', () => {
    expect(run('rollout', 'resume', D)).toMatchObject({
      code: 1,
      out: 'error: deployments.apps "nginx-deployment" is not paused\n',
    });
    expect(run('rollout', 'pause', D).out).toBe('deployment.apps/nginx-deployment paused\n');
    expect(run('rollout', 'pause', D)).toMatchObject({
      code: 1,
      out: 'error: deployments.apps "nginx-deployment" is already paused\n',
    });
    expect(run('rollout', 'restart', D)).toMatchObject({
      code: 1,
      out: `error: deployments.apps "nginx-deployment" can't restart paused deployment (run rollout resume first)\n`,
    });
    expect(run('rollout', 'resume', D).out).toBe('deployment.apps/nginx-deployment resumed\n');
    expect(deployment().spec.paused).toBeUndefined();
  });

  it('restart stamps the pod template with the simulated time', () => {
    expect(run('rollout', 'restart', D).out).toBe('deployment.apps/nginx-deployment restarted\n');
    expect(deployment().spec.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toMatch(
      /^2025-03-03T09:00:0\dZ$/,
    );
  });

  it('rollout undo: no history, paused refusal, previous revision, chosen revision', () => {
    expect(run('rollout', 'undo', D)).toMatchObject({
      code: 1,
      out: 'error: no rollout history found for deployment "nginx-deployment"\n',
    });
    run('set', 'image', D, 'nginx=nginx:1.16.1');
    sim.advanceBy(30_000);
    run('rollout', 'pause', D);
    expect(run('rollout', 'undo', D)).toMatchObject({
      code: 1,
      out: "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    });
    run('rollout', 'resume', D);
    expect(run('rollout', 'undo', D, '--to-revision=7')).toMatchObject({
      code: 1,
      out: 'error: unable to find specified revision 7 in history\n',
    });
    expect(run('rollout', 'undo', D, '--to-revision=2').out).toBe(
      'deployment.apps/nginx-deployment skipped rollback (current template already matches revision 2)\n',
    );
    expect(run('rollout', 'undo', D).out).toBe('deployment.apps/nginx-deployment rolled back\n');
    expect(deployment().spec.template.spec.containers[0]!.image).toBe('nginx:1.14.2');
    expect(deployment().spec.template.metadata?.labels?.['pod-template-hash']).toBeUndefined();
  });

  it('a missing Deployment is a NotFound from the server', () => {
    expect(run('scale', 'deployment/web', '--replicas=1')).toMatchObject({
      code: 1,
      out: 'Error from server (NotFound): deployments.apps "web" not found\n',
    });
  });
});
