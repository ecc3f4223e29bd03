// Conformance: the upstream kubectl command tests (rollout status/pause/restart/history, set image validation,
// the undo patch) replayed through the command layer against a simulation.
import { describe, expect, it } from 'vitest';
import { applicableCases, loadVectors } from '../../fixtures/conformance';
import { getDeploymentPatch } from '../../../src/kubectl/commands/deploymentPatch';
import { validateSetImage } from '../../../src/kubectl/commands/setImage';
import { errorString } from '../../../src/kubectl/commands/errors';
import { viewDeploymentHistory } from '../../../src/kubectl/printers/history';
import type { ReplicaSet } from '../../../src/engine/index';
import { Lab, deploymentYaml } from './harness';

/**
 * The fake servers of the upstream tests echo a Deployment literally named "deployment/nginx-deployment" (the
 * resource argument); a real cluster has the object `nginx-deployment`, which is what we create and expect.
 */
const realName = (s: string): string => s.replaceAll('deployment/nginx-deployment', 'nginx-deployment');

/** A lab with one ready Deployment per name, labelled as given, in namespace `test`. */
function readyLab(names: string[], labels: Record<string, string> = {}): Lab {
  const lab = new Lab();
  for (const n of names) {
    lab.file(`${n}.yaml`, deploymentYaml(n, { labels: { app: n, ...labels } }));
    expect(lab.run(`create -n test -f ${n}.yaml`).exitCode).toBe(1); // no namespace "test" in the cluster
    expect(lab.run(`create -f ${n}.yaml`).exitCode).toBe(0);
  }
  lab.wait(10_000);
  return lab;
}

interface StatusCase {
  args: string[];
  selector?: string;
  flags?: Record<string, string>;
  watchEventDeployment?: { name: string; status: { availableReplicas: number } };
  serverReturnsEmptyList?: boolean;
  expectedStdout: string;
  expectedStderr?: string;
}

describe('TestRolloutStatus (rollout_status_test.go)', () => {
  const file = loadVectors<StatusCase>('TestRolloutStatus');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      let lab: Lab;
      if (c.serverReturnsEmptyList) lab = new Lab();
      else if (c.watchEventDeployment?.status.availableReplicas === 0) {
        // Updated but not yet available: right after creation, before the pod is ready.
        lab = new Lab();
        lab.file('d.yaml', deploymentYaml('nginx-deployment', { labels: { app: 'api' } }));
        lab.run('create -f d.yaml');
      } else lab = readyLab(['nginx-deployment'], c.selector ? { app: 'api' } : {});
      const args = c.args.join(' ');
      const flags = Object.entries(c.flags ?? {})
        .map(([k, v]) => `--${k}=${v}`)
        .join(' ');
      const ns = c.serverReturnsEmptyList ? '-n test' : '';
      const sel = c.selector ? `--selector ${c.selector}` : '';
      const r = lab.run(`rollout status ${args} ${flags} ${sel} ${ns}`);
      const expected = c.selector
        ? realName(c.expectedStdout).replace('"deployment"', '"nginx-deployment"')
        : realName(c.expectedStdout);
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe(c.expectedStderr ?? '');
      expect(r.exitCode).toBe(0);
    });
  }
});

describe('TestRolloutPause (rollout_pause_test.go)', () => {
  const file = loadVectors<{ args: string[]; expectedStdout: string }>('TestRolloutPause');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const lab = readyLab(['nginx-deployment']);
      const r = lab.run(`rollout pause ${c.args.join(' ')}`);
      expect(r.stdout).toBe(realName(c.expectedStdout));
      expect(r.exitCode).toBe(0);
    });
  }
});

interface RestartCase {
  args: string[];
  selector?: string;
  objects?: string[];
  expectedStdout?: string;
  expectedStderr?: string;
  expectedError?: string;
}

describe('TestRolloutRestart (rollout_restart_test.go)', () => {
  const file = loadVectors<RestartCase>('TestRolloutRestart');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const sel = c.selector ? `--selector=${c.selector}` : '';
      if (c.objects) {
        const lab = readyLab(c.objects, { tier: 'test' });
        for (const o of c.objects) lab.run(`label deployment ${o} app=test --overwrite`);
        const r = lab.run(`rollout restart ${c.args.join(' ')} ${sel}`);
        expect(r.stdout).toBe(c.expectedStdout);
        return;
      }
      if (c.selector) {
        const lab = new Lab();
        const r = lab.run(`rollout restart ${c.args.join(' ')} ${sel} -n test`);
        expect(r.stdout).toBe(c.expectedStdout ?? '');
        expect(r.stderr).toBe(c.expectedStderr);
        expect(r.exitCode).toBe(0);
        return;
      }
      const lab = readyLab(['nginx-deployment']);
      const first = lab.run(`rollout restart ${c.args.join(' ')}`);
      if (c.expectedStdout !== undefined) {
        expect(first.stdout).toBe(realName(c.expectedStdout));
        return;
      }
      // Restarting again within the same second finds the restartedAt annotation unchanged.
      const second = lab.run(`rollout restart ${c.args.join(' ')}`);
      expect(second.stderr).toBe(`error: ${c.expectedError}\n`);
      expect(second.exitCode).toBe(1);
    });
  }
});

describe('TestGetDeploymentPatch (rollback_test.go)', () => {
  const file = loadVectors<{
    input: { podTemplate: never; annotations: Record<string, string> };
    expectedPatch: string;
  }>('TestGetDeploymentPatch');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      expect(getDeploymentPatch(c.input.podTemplate, c.input.annotations)).toBe(c.expectedPatch);
    });
  }
});

describe('TestSetImageValidation (set_image_test.go)', () => {
  const file = loadVectors<{
    resources: string[];
    filenames: string[];
    containerImages: Record<string, string>;
    expectedError: string | null;
  }>('TestSetImageValidation');
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const err = validateSetImage({
        resources: c.resources,
        filenames: c.filenames,
        images: new Map(Object.entries(c.containerImages)),
      });
      expect(err === undefined ? null : errorString(err)).toBe(c.expectedError);
    });
  }
});

/** A lab where `foo` (and `bar`) have revisions 1 and 2. */
function historyLab(names: string[]): Lab {
  const lab = readyLab(names);
  for (const n of names) lab.run(`set image deployment/${n} nginx=nginx:1.16.1`);
  lab.wait(30_000);
  return lab;
}

function ownedRSs(lab: Lab, name: string): ReplicaSet[] {
  return lab.sim.list<ReplicaSet>('ReplicaSet').filter((rs) => rs.metadata.name.startsWith(`${name}-`));
}

function viewerText(lab: Lab, name: string, revision: number): string {
  const v = viewDeploymentHistory(ownedRSs(lab, name), revision);
  if ('error' in v) throw new Error(v.error);
  return v.text;
}

describe('TestRolloutHistory / TestMultipleResourceRolloutHistory (rollout_history_test.go)', () => {
  interface HistoryCase {
    args: string[];
    flags: Record<string, string>;
    expectedStdout: string;
  }
  const cases = [
    ...applicableCases(loadVectors<HistoryCase>('TestRolloutHistory')),
    ...applicableCases(loadVectors<HistoryCase>('TestMultipleResourceRolloutHistory')),
  ];
  for (const c of cases) {
    it(`${c.args.join(' ')}: ${c.name}`, () => {
      const names = c.args.map((a) => a.split('/')[1] as string);
      const lab = historyLab(names);
      const revision = Number(c.flags.revision ?? 0);
      const r = lab.run(`rollout history ${c.args.join(' ')} ${revision ? `--revision=${revision}` : ''}`);
      // The upstream viewer stub prints "Fake ViewHistory Output\n"; here the real viewer's text takes its place.
      let expected = c.expectedStdout;
      for (const n of names) {
        const header = revision
          ? `deployment.apps/${n} with revision #${revision}\n`
          : `deployment.apps/${n} \n`;
        expected = expected.replace(
          `${header}Fake ViewHistory Output\n`,
          `${header}${viewerText(lab, n, revision)}`,
        );
      }
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe('');
    });
  }
});

describe('TestRolloutHistoryErrors (rollout_history_test.go)', () => {
  const file = loadVectors<{ revision: number; output: string; expectedError: string }>(
    'TestRolloutHistoryErrors',
  );
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const lab = historyLab(['foo']);
      const r = lab.run(`rollout history deployment/foo --revision=${c.revision} -o ${c.output}`);
      expect(r.stderr).toBe(`error: ${c.expectedError}\n`);
      expect(r.stdout).toBe('');
      expect(r.exitCode).toBe(1);
    });
  }
});

describe('TestValidate (rollout history Validate)', () => {
  const file = loadVectors<{ revision: number; resources: string[]; expectedError: string | null }>(
    'TestValidate',
  );
  for (const c of applicableCases(file)) {
    it(c.name, () => {
      const lab = readyLab(['foo']);
      const r = lab.run(`rollout history ${c.resources.join(' ')} --revision=${c.revision}`);
      if (c.expectedError === null) {
        expect(r.exitCode).toBe(0);
        expect(r.stdout.startsWith('deployment.apps/foo \nREVISION  CHANGE-CAUSE\n')).toBe(true);
      } else {
        expect(r.stderr).toBe(`error: ${c.expectedError}\n`);
        expect(r.exitCode).toBe(1);
      }
    });
  }
});
