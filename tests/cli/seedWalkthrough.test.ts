// The seed article's whole walk-through (examples/seed-walkthrough.sh) run through the CLI path: each command's
// output has kubectl's shape, the typos get the real tools' answers, and two runs are identical.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScriptText } from '../../src/cli/run';

const script = readFileSync(new URL('../../examples/seed-walkthrough.sh', import.meta.url), 'utf8');
const run = runScriptText(script, { seed: 1, timing: { kind: 'realistic' }, name: 'seed-walkthrough.sh' });
const out = (source: string, nth = 0): string => {
  const steps = run.steps.filter((s) => s.source === source);
  const s = steps[nth];
  if (!s) throw new Error(`no step ${source}`);
  return s.result.chunks.map((c) => c.text).join('');
};

describe('the seed walk-through', () => {
  it('creates the Deployment with --record and its deprecation warning', () => {
    expect(out('kubectl create -f nginx-deployment.yaml --record')).toBe(
      'Flag --record has been deprecated, --record will be removed in the future\ndeployment.apps/nginx-deployment created\n',
    );
    expect(out('kubectl get deployments')).toMatch(
      /^NAME {15}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nnginx-deployment {3}0\/3 {5}3 {12}0 {11}0s\n$/,
    );
  });

  it('waits for the rollout and then lists 3 ready pods of one ReplicaSet', () => {
    expect(out('kubectl rollout status deployment/nginx-deployment')).toMatch(
      /deployment "nginx-deployment" successfully rolled out\n$/,
    );
    expect(out('kubectl get deployments', 1)).toMatch(/nginx-deployment {3}3\/3 {5}3 {12}3 /);
    const pods = out('kubectl get pods --show-labels').trim().split('\n');
    expect(pods[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +LABELS$/);
    expect(pods).toHaveLength(4);
    for (const p of pods.slice(1))
      expect(p).toMatch(
        /^nginx-deployment-[bcdfghjklmnpqrstvwxz2456789]+-[bcdfghjklmnpqrstvwxz2456789]{5} +1\/1 +Running +0 +\d+s +app=nginx,pod-template-hash=/,
      );
  });

  it('answers the typos like kubectl and the shell', () => {
    expect(out('kubectl rollout staus deployment/nginx-deployment')).toBe(
      'error: unknown command "staus deployment/nginx-deployment"\nSee \'kubectl rollout -h\' for help and examples\n',
    );
    expect(out('kubectl rollout history deployment/nginx-deployment --version=3')).toBe(
      "error: unknown flag: --version\nSee 'kubectl rollout history --help' for usage.\n",
    );
    expect(out('kubecti rollout undo deployment/nginx-deployment')).toBe('kubecti: command not found\n');
    expect(out('kubectl rollut')).toBe(
      'error: unknown command "rollut" for "kubectl"\n\nDid you mean this?\n\trollout\n',
    );
  });

  it('rolls the image forward with the new ReplicaSet scaled up and the old one down to 0', () => {
    const status = out('kubectl rollout status deployment/nginx-deployment', 1);
    expect(status).toContain(
      'Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 3 new replicas have been updated...',
    );
    expect(status).toMatch(/successfully rolled out\n$/);
    const describe = out('kubectl describe deployments');
    expect(describe).toContain(
      'Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable',
    );
    expect(describe).toMatch(
      /Normal {2}ScalingReplicaSet {2}\d+s +deployment-controller {2}Scaled down replica set nginx-deployment-\w+ from 1 to 0/,
    );
  });

  it('gets stuck on the bad image nginx:1.231 and shows the pull failing', () => {
    const timedOut = run.steps.find(
      (s) => s.source === 'timeout 20s kubectl rollout status deployment/nginx-deployment',
    )!;
    expect(timedOut.result.exitCode).toBe(124);
    expect(out('kubectl get pods', 1)).toMatch(/0\/1 +(ErrImagePull|ImagePullBackOff) +0 /);
  });

  it('keeps the history with change-causes and shows one revision in detail', () => {
    expect(out('kubectl rollout history deployment/nginx-deployment')).toBe(
      [
        'deployment.apps/nginx-deployment ',
        'REVISION  CHANGE-CAUSE',
        '1         kubectl create --filename=nginx-deployment.yaml --record=true',
        '2         kubectl set image deployment/nginx-deployment nginx=nginx:1.23.1 --record=true',
        '3         kubectl set image deployment/nginx-deployment nginx=nginx:1.231 --record=true',
        '',
        '',
      ].join('\n'),
    );
    expect(out('kubectl rollout history deployment/nginx-deployment --revision=3')).toMatch(
      /^deployment\.apps\/nginx-deployment with revision #3\nPod Template:\n {2}Labels:\tapp=nginx\n\tpod-template-hash=\w+\n {2}Annotations:\tkubernetes\.io\/change-cause: kubectl set image deployment\/nginx-deployment nginx=nginx:1\.231 --record=true\n/,
    );
  });

  it('undoes to the previous template, which renumbers revision 2 as 4', () => {
    expect(out('kubectl rollout undo deployment/nginx-deployment')).toBe(
      'deployment.apps/nginx-deployment rolled back\n',
    );
    expect(out('kubectl rollout undo deployment/nginx-deployment --to-revision=2')).toBe(
      'error: unable to find specified revision 2 in history\n',
    );
    expect(out('kubectl describe deployment/nginx-deployment')).toContain(
      'Annotations:            deployment.kubernetes.io/revision: 4\n',
    );
  });

  it('batches edits while paused into one new revision after resume, and refuses undo while paused', () => {
    expect(out('kubectl rollout pause deployment/nginx-deployment')).toBe(
      'deployment.apps/nginx-deployment paused\n',
    );
    expect(out('kubectl rollout undo deployment/nginx-deployment', 1)).toBe(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    );
    expect(out('kubectl rollout resume deploy nginx-deployment')).toBe(
      'deployment.apps/nginx-deployment resumed\n',
    );
    const rs = out('kubectl get rs', 3).trim().split('\n');
    expect(rs).toHaveLength(5); // header + revisions 1, 3, 4 and the one new revision 5
    expect(rs.filter((l) => / 3 +3 +3 /.test(l))).toHaveLength(1);
  });

  it('is reproducible: the same seed gives the same transcript', () => {
    const again = runScriptText(script, {
      seed: 1,
      timing: { kind: 'realistic' },
      name: 'seed-walkthrough.sh',
    });
    expect(again.transcript).toBe(run.transcript);
  });

  it('matches the committed transcript (tests/fixtures/transcripts/seed-walkthrough.txt)', () => {
    const committed = readFileSync(
      new URL('../fixtures/transcripts/seed-walkthrough.txt', import.meta.url),
      'utf8',
    );
    expect(run.transcript).toBe(committed);
  });
});
