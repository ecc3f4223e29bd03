// The seed article's walk-through (create → inspect → update → watch → bad image → history → undo → pause,
// batch edits, resume), with exact kubectl output at exact simulated times (every pod Ready 5 s after creation).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../../src/engine/index';
import { Lab, NGINX_DEPLOYMENT } from './harness';

const DEPLOY = 'deployment/nginx-deployment';

/** The ReplicaSet whose template runs `image`. */
function rsFor(lab: Lab, image: string): string {
  const rs = lab.sim
    .list<ReplicaSet>('ReplicaSet')
    .find((r) => r.spec.template.spec.containers[0]?.image === image);
  if (!rs) throw new Error(`no ReplicaSet for ${image}`);
  return rs.metadata.name;
}

describe('seed article: create, update, roll back, pause', () => {
  const lab = new Lab().file('nginx-deployment.yaml', NGINX_DEPLOYMENT);

  beforeAll(() => {
    expect(lab.sim.now).toBe(0);
  });

  it('kubectl create -f nginx-deployment.yaml --record', () => {
    const r = lab.run('kubectl create -f nginx-deployment.yaml --record');
    expect(r.all).toBe(
      'Flag --record has been deprecated, --record will be removed in the future\ndeployment.apps/nginx-deployment created\n',
    );
    expect(r.result.chunks.map((c) => c.stream)).toEqual(['stderr', 'stdout']);
  });

  it('kubectl get deployments right after creation', () => {
    expect(lab.run('kubectl get deployments').stdout).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\nnginx-deployment   0/3     3            0           0s\n',
    );
  });

  it('kubectl rollout status follows the rollout until it is done', () => {
    const r = lab.run(`kubectl rollout status ${DEPLOY}`);
    expect(r.stdout).toBe(
      'Waiting for deployment "nginx-deployment" rollout to finish: 0 of 3 updated replicas are available...\n' +
        'deployment "nginx-deployment" successfully rolled out\n',
    );
    expect(r.result.chunks.map((c) => c.atMs)).toEqual([0, 5000]);
    expect(lab.sim.now).toBe(5000);
  });

  it('kubectl get deployments, rs, pods --show-labels', () => {
    lab.wait(13_000);
    expect(lab.run('kubectl get deployments').stdout).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\nnginx-deployment   3/3     3            3           18s\n',
    );
    const rs = rsFor(lab, 'nginx:1.14.2');
    expect(lab.run('kubectl get rs').stdout).toBe(
      `NAME${' '.repeat(rs.length - 1)}DESIRED   CURRENT   READY   AGE\n${rs}   3         3         3       18s\n`,
    );
    const pods = lab.run('kubectl get pods --show-labels').stdout.split('\n');
    expect(pods[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +LABELS$/);
    const hash = rs.slice('nginx-deployment-'.length);
    expect(
      pods
        .slice(1, 4)
        .every((l) => l.includes(`1/1     Running   0          18s   app=nginx,pod-template-hash=${hash}`)),
    ).toBe(true);
  });

  it('kubectl set image starts a rolling update; rollout status watches it', () => {
    expect(lab.run(`kubectl set image ${DEPLOY} nginx=nginx:1.23.1`).stdout).toBe(
      'deployment.apps/nginx-deployment image updated\n',
    );
    const r = lab.run(`kubectl rollout status ${DEPLOY}`);
    const lines = r.stdout.trimEnd().split('\n');
    const waiting = 'Waiting for deployment "nginx-deployment" rollout to finish: ';
    // The messages of a 3-replica 25%/25% rollout (surge 1, unavailable 0), each printed once per watch event.
    expect([...new Set(lines)]).toEqual([
      `${waiting}1 out of 3 new replicas have been updated...`,
      `${waiting}2 out of 3 new replicas have been updated...`,
      `${waiting}1 old replicas are pending termination...`,
      'deployment "nginx-deployment" successfully rolled out',
    ]);
    expect(lab.sim.now).toBe(18_000 + 15_000);
  });

  it('kubectl get rs shows the new ReplicaSet scaled up and the old one at 0', () => {
    const newRs = rsFor(lab, 'nginx:1.23.1');
    const oldRs = rsFor(lab, 'nginx:1.14.2');
    const out = lab.run('kubectl get rs').stdout;
    expect(out).toContain(`${newRs}   3         3         3       15s`);
    expect(out).toContain(
      `${oldRs}${' '.repeat(newRs.length - oldRs.length)}   0         0         0       33s`,
    );
  });

  it('a typo in the image: the rollout stalls, ImagePullBackOff-style status in get pods', () => {
    expect(lab.run(`kubectl set image ${DEPLOY} nginx=nginx:1.231 --record`).stdout).toBe(
      'deployment.apps/nginx-deployment image updated\n',
    );
    const r = lab.run(`kubectl rollout status ${DEPLOY}`, { timeoutMs: 20_000 });
    expect(r.stdout).toBe(
      'Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 3 new replicas have been updated...\n',
    );
    expect(r.timedOut).toBe(true);
    const pods = lab.run('kubectl get pods').stdout;
    expect(pods.split('\n').filter((l) => l.includes('1/1     Running'))).toHaveLength(3);
    expect(pods).toMatch(/0\/1 +(ErrImagePull|ImagePullBackOff)/);
  });

  it('kubectl rollout history lists the revisions with their change-cause', () => {
    expect(lab.run(`kubectl rollout history ${DEPLOY}`).stdout).toBe(
      'deployment.apps/nginx-deployment \n' +
        'REVISION  CHANGE-CAUSE\n' +
        '1         kubectl create --filename=nginx-deployment.yaml --record=true\n' +
        '2         kubectl create --filename=nginx-deployment.yaml --record=true\n' +
        '3         kubectl set image deployment/nginx-deployment nginx=nginx:1.231 --record=true\n' +
        '\n',
    );
  });

  it('kubectl rollout history --revision=3 shows the pod template of that revision', () => {
    const hash = rsFor(lab, 'nginx:1.231').slice('nginx-deployment-'.length);
    expect(lab.run(`kubectl rollout history ${DEPLOY} --revision=3`).stdout).toBe(
      'deployment.apps/nginx-deployment with revision #3\n' +
        'Pod Template:\n' +
        `  Labels:\tapp=nginx\n\tpod-template-hash=${hash}\n` +
        '  Annotations:\tkubernetes.io/change-cause: kubectl set image deployment/nginx-deployment nginx=nginx:1.231 --record=true\n' +
        '  Containers:\n   nginx:\n    Image:\tnginx:1.231\n    Port:\t80/TCP\n    Host Port:\t0/TCP\n' +
        '    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n' +
        '\n',
    );
  });

  it('kubectl rollout undo goes back to revision 2, which becomes revision 4', () => {
    expect(lab.run(`kubectl rollout undo ${DEPLOY}`).stdout).toBe(
      'deployment.apps/nginx-deployment rolled back\n',
    );
    expect(lab.run(`kubectl rollout status ${DEPLOY}`).stdout).toBe(
      'deployment "nginx-deployment" successfully rolled out\n',
    );
    expect(lab.run(`kubectl rollout history ${DEPLOY}`).stdout).toBe(
      'deployment.apps/nginx-deployment \n' +
        'REVISION  CHANGE-CAUSE\n' +
        '1         kubectl create --filename=nginx-deployment.yaml --record=true\n' +
        '3         kubectl set image deployment/nginx-deployment nginx=nginx:1.231 --record=true\n' +
        '4         kubectl create --filename=nginx-deployment.yaml --record=true\n' +
        '\n',
    );
    expect(
      lab.run('kubectl get deployment nginx-deployment -o jsonpath={.spec.template.spec.containers[0].image}')
        .stdout,
    ).toBe('nginx:1.23.1');
  });

  it('kubectl rollout undo --to-revision=1, then back with --to-revision=4', () => {
    expect(lab.run(`kubectl rollout undo ${DEPLOY} --to-revision=1`).stdout).toBe(
      'deployment.apps/nginx-deployment rolled back\n',
    );
    lab.run(`kubectl rollout status ${DEPLOY}`);
    expect(lab.run(`kubectl rollout undo ${DEPLOY} --to-revision=4`).stdout).toBe(
      'deployment.apps/nginx-deployment rolled back\n',
    );
    lab.run(`kubectl rollout status ${DEPLOY}`);
    expect(
      lab.run(
        'kubectl get deploy nginx-deployment -o jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}',
      ).stdout,
    ).toBe('6');
  });

  it('pause, batch changes, resume: one rollout for both changes', () => {
    expect(lab.run(`kubectl rollout pause ${DEPLOY}`).stdout).toBe(
      'deployment.apps/nginx-deployment paused\n',
    );
    const before = lab.run(`kubectl rollout history ${DEPLOY}`).stdout;
    expect(lab.run(`kubectl set image ${DEPLOY} nginx=nginx:1.25.0`).stdout).toBe(
      'deployment.apps/nginx-deployment image updated\n',
    );
    expect(
      lab.run('kubectl set resources deployment nginx-deployment -c=nginx --limits=cpu=200m,memory=512Mi')
        .stdout,
    ).toBe('deployment.apps/nginx-deployment resource requirements updated\n');
    lab.wait(10_000);
    expect(lab.run(`kubectl rollout history ${DEPLOY}`).stdout).toBe(before);
    expect(lab.run('kubectl rollout resume deploy nginx-deployment').stdout).toBe(
      'deployment.apps/nginx-deployment resumed\n',
    );
    expect(
      lab
        .run(`kubectl rollout status ${DEPLOY}`)
        .stdout.endsWith('deployment "nginx-deployment" successfully rolled out\n'),
    ).toBe(true);
    const rs = lab.sim.list<ReplicaSet>('ReplicaSet').filter((r) => (r.spec.replicas ?? 0) > 0);
    expect(rs).toHaveLength(1);
    expect(rs[0]?.spec.template.spec.containers[0]).toMatchObject({
      image: 'nginx:1.25.0',
      resources: { limits: { cpu: '200m', memory: '512Mi' } },
    });
  });
});
