// Long-running commands: rollout status, get -w and delete's wait, driven headlessly (run) and by polling a
// Watcher while time advances (as the app's terminal does), with timeouts and Ctrl+C.
import { describe, expect, it } from 'vitest';
import type { OutputChunk } from '../../../src/kubectl/index';
import { isWatcher } from '../../../src/kubectl/index';
import { Lab, NGINX_DEPLOYMENT, words } from './harness';

const text = (chunks: OutputChunk[]) => chunks.map((c) => c.text).join('');

function created(opts: { realistic?: boolean } = {}): Lab {
  const lab = new Lab(opts).file('nginx-deployment.yaml', NGINX_DEPLOYMENT);
  expect(lab.run('create -f nginx-deployment.yaml').exitCode).toBe(0);
  return lab;
}

describe('rollout status', () => {
  it('--watch=false prints the current state once and exits 0', () => {
    const lab = created();
    const r = lab.run('rollout status deployment/nginx-deployment --watch=false');
    expect(r.stdout).toBe(
      'Waiting for deployment "nginx-deployment" rollout to finish: 0 of 3 updated replicas are available...\n',
    );
    expect(r.exitCode).toBe(0);
    expect(lab.sim.now).toBe(0);
  });

  it('--timeout ends with "timed out waiting for the condition"', () => {
    const lab = created();
    const r = lab.run('rollout status deployment/nginx-deployment --timeout=2s');
    expect(r.stdout).toBe(
      'Waiting for deployment "nginx-deployment" rollout to finish: 0 of 3 updated replicas are available...\n',
    );
    expect(r.stderr).toBe('error: timed out waiting for the condition\n');
    expect(r.exitCode).toBe(1);
    expect(lab.sim.now).toBe(2000);
  });

  it('a stuck rollout ends at the progress deadline', () => {
    const lab = created();
    lab.wait(10_000);
    lab.run('set image deployment/nginx-deployment nginx=nginx:no-such-tag');
    const r = lab.run('rollout status deployment/nginx-deployment');
    expect(r.stderr).toBe('error: deployment "nginx-deployment" exceeded its progress deadline\n');
    expect(r.exitCode).toBe(1);
    expect(lab.sim.now).toBeGreaterThanOrEqual(10_000 + 600_000);
  });

  it('deleting the Deployment while watching ends with "object has been deleted"', () => {
    const lab = created();
    const w = lab.kubectl.start(words('rollout status deployment/nginx-deployment'));
    if (!isWatcher(w)) throw new Error('expected a watcher');
    expect(text(w.poll())).toContain('0 of 3 updated replicas are available');
    lab.run('delete deployment nginx-deployment');
    expect(text(w.poll())).toBe('error: object has been deleted\n');
    expect(w.done).toBe(true);
    expect(w.exitCode).toBe(1);
  });

  it('as a Watcher: output stamped with simulated time, Ctrl+C exits 130', () => {
    const lab = created();
    lab.wait(10_000);
    lab.run('set image deployment/nginx-deployment nginx=nginx:1.23.1');
    const w = lab.kubectl.start(words('rollout status deployment/nginx-deployment'));
    if (!isWatcher(w)) throw new Error('expected a watcher');
    expect(w.deadline).toBeUndefined();
    const first = w.poll();
    expect(first).toEqual([
      {
        stream: 'stdout',
        text: 'Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 3 new replicas have been updated...\n',
        atMs: 10_000,
      },
    ]);
    lab.wait(5000);
    const later = w.poll();
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((c) => c.atMs === 15_000)).toBe(true);
    expect(w.done).toBe(false);
    expect(w.cancel()).toEqual([]);
    expect(w.done).toBe(true);
    expect(w.exitCode).toBe(130);
    expect(w.poll()).toEqual([]);
  });

  it('one poll after a long advance stamps each line with the instant of its watch event', () => {
    const lab = created();
    const w = lab.kubectl.start(words('rollout status deployment/nginx-deployment'));
    if (!isWatcher(w)) throw new Error('expected a watcher');
    w.poll();
    lab.wait(60_000);
    const chunks = w.poll();
    expect(chunks).toEqual([
      { stream: 'stdout', text: 'deployment "nginx-deployment" successfully rolled out\n', atMs: 5000 },
    ]);
    expect(w.done).toBe(true);
    expect(w.exitCode).toBe(0);
  });

  it("the shell's timeout stops a watch and reports timedOut", () => {
    const lab = created();
    lab.wait(10_000);
    lab.run('set image deployment/nginx-deployment nginx=nginx:no-such-tag');
    const r = lab.run('rollout status deployment/nginx-deployment', { timeoutMs: 20_000 });
    expect(r.timedOut).toBe(true);
    expect(lab.sim.now).toBe(30_000);
  });
});

describe('get --watch', () => {
  it('prints the list, then one row per change with column widths kept', () => {
    const lab = created();
    const r = lab.run('get deployments -w', { timeoutMs: 6000 });
    expect(r.stdout).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\n' +
        'nginx-deployment   0/3     3            0           0s\n' +
        'nginx-deployment   3/3     3            3           5s\n',
    );
    expect(r.timedOut).toBe(true);
  });

  it('--watch-only skips the initial list; --output-watch-events adds the EVENT column', () => {
    const lab = created();
    const only = lab.run('get deployments --watch-only', { timeoutMs: 6000 });
    expect(only.stdout).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\nnginx-deployment   3/3     3            3           5s\n',
    );
    lab.run('scale deployment nginx-deployment --replicas=2');
    const events = lab.run('get deployments -w --output-watch-events', { timeoutMs: 1 });
    expect(events.stdout).toBe(
      'EVENT   NAME               READY   UP-TO-DATE   AVAILABLE   AGE\nADDED   nginx-deployment   2/2     2            2           6s\n',
    );
  });

  it('--request-timeout closes the watch quietly with exit 0', () => {
    const lab = created();
    const r = lab.run('get pods -w --request-timeout=3');
    expect(r.exitCode).toBe(0);
    expect(r.timedOut).toBe(false);
    expect(lab.sim.now).toBe(3000);
    expect(r.stdout.split('\n')[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
  });

  it('refuses several resource types', () => {
    const r = created().run('get pods,deployments -w');
    expect(r.stderr).toBe('error: you may only specify a single resource type\n');
  });
});

describe('delete waits for the objects to go', () => {
  it('a Pod is deleted after its grace period; the line prints right after the request', () => {
    const lab = created({ realistic: true });
    lab.wait(30_000);
    const pod = lab.names('Pod')[0] as string;
    const w = lab.kubectl.start(['delete', 'pod', pod]);
    if (!isWatcher(w)) throw new Error('expected a watcher');
    expect(w.poll()).toEqual([{ stream: 'stdout', text: `pod "${pod}" deleted\n`, atMs: 30_000 }]);
    expect(w.done).toBe(false);
    expect(w.deadline).toBe(30_000 + 168 * 3600 * 1000);
    lab.sim.runUntil(() => (w.poll(), w.done), 90_000);
    expect(w.exitCode).toBe(0);
    expect(lab.sim.get('Pod', 'default', pod)).toBeUndefined();
  });

  it('--wait=false returns at once; --now shortens the grace period', () => {
    const lab = created({ realistic: true });
    lab.wait(30_000);
    const [a, b] = lab.names('Pod') as [string, string];
    const r = lab.run(`delete pod ${a} --wait=false`);
    expect(r.stdout).toBe(`pod "${a}" deleted\n`);
    expect(lab.sim.now).toBe(30_000);
    const pod = lab.sim.get('Pod', 'default', a);
    expect(pod?.metadata.deletionGracePeriodSeconds).toBe(30);
    lab.run(`delete pod ${b} --now --wait=false`);
    expect(lab.sim.get('Pod', 'default', b)?.metadata.deletionGracePeriodSeconds).toBe(1);
  });

  it('--grace-period=0 --force: "force deleted" and the warning', () => {
    const lab = created({ realistic: true });
    lab.wait(30_000);
    const pod = lab.names('Pod')[0] as string;
    const r = lab.run(`delete pod ${pod} --grace-period=0 --force`);
    expect(r.stderr).toBe(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
    );
    expect(r.stdout).toBe(`pod "${pod}" force deleted\n`);
  });

  it("--timeout ends the wait with kubectl wait's error", () => {
    // busybox `sleep` ignores SIGTERM, so the pod takes its whole (long) grace period to go.
    const lab = new Lab({ realistic: true }).file(
      'sleeper.yaml',
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: sleeper
spec:
  replicas: 1
  selector:
    matchLabels:
      app: sleeper
  template:
    metadata:
      labels:
        app: sleeper
    spec:
      terminationGracePeriodSeconds: 120
      containers:
      - name: sleep
        image: busybox:1.36
        command: ["sleep", "3600"]
`,
    );
    lab.run('create -f sleeper.yaml');
    lab.wait(30_000);
    const pod = lab.names('Pod')[0] as string;
    const r = lab.run(`delete pod ${pod} --timeout=45s`);
    expect(r.stdout).toBe(`pod "${pod}" deleted\n`);
    expect(r.stderr).toBe(`error: timed out waiting for the condition on pods/${pod}\n`);
    expect(r.exitCode).toBe(1);
    expect(lab.sim.now).toBe(75_000);
  });
});
