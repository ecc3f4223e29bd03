// Conformance: rollout_status_test.go and history_test.go / rollout_history_test.go vectors.
import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../../src/engine/api/types';
import {
  deploymentRevisionTemplate,
  printRolloutHistory,
  validateRolloutHistory,
  viewDeploymentHistory,
} from '../../../src/kubectl/printers/history';
import {
  daemonSetStatusViewer,
  deploymentStatusViewer,
  statefulSetStatusViewer,
  type DaemonSetStatusFields,
  type StatefulSetStatusFields,
} from '../../../src/kubectl/printers/rolloutStatus';
import { applicableCases, loadVectors } from '../../fixtures/conformance';

interface StatusCase {
  deployment: {
    name: string;
    namespace: string;
    generation: number;
    specReplicas: number;
    status: Deployment['status'];
  };
  revisionFlag: number;
  expectedMessage: string;
  expectedDone: boolean;
}

const deployment = (
  name: string,
  generation: number,
  replicas: number | undefined,
  status: Deployment['status'],
): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'bar', generation },
  spec: { replicas, selector: {}, template: { spec: { containers: [] } } },
  status,
});

describe('TestDeploymentStatusViewerStatus', () => {
  for (const c of applicableCases(loadVectors<StatusCase>('TestDeploymentStatusViewerStatus'))) {
    it(c.name, () => {
      const d = c.deployment;
      expect(
        deploymentStatusViewer(deployment(d.name, d.generation, d.specReplicas, d.status), c.revisionFlag),
      ).toEqual({
        message: c.expectedMessage,
        done: c.expectedDone,
      });
    });
  }
  it('reports a progress deadline and a revision mismatch as errors', () => {
    const d = deployment('nginx', 3, 3, {
      observedGeneration: 3,
      conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
    });
    expect(deploymentStatusViewer(d)).toEqual({ error: 'deployment "nginx" exceeded its progress deadline' });
    d.metadata.annotations = { 'deployment.kubernetes.io/revision': '2' };
    expect(deploymentStatusViewer(d, 3)).toEqual({
      error: 'desired revision (3) is different from the running revision (2)',
    });
  });
});

interface RolloutStatusCase {
  watchEventDeployment?: { name: string; status: Deployment['status'] };
  expectedStdout: string;
}

describe('TestRolloutStatus (viewer part)', () => {
  const file = loadVectors<RolloutStatusCase>('TestRolloutStatus');
  const cases = applicableCases(file, {
    TestRolloutStatusEmptyList:
      'command layer: empty list → stderr "No resources found in test namespace." (no viewer call)',
  });
  for (const c of cases) {
    it(`${c.name}: the watched Deployment (spec.replicas unset, generation 0) prints the viewer message`, () => {
      const e = c.watchEventDeployment!;
      const r = deploymentStatusViewer(
        deployment(e.name, 0, undefined, { observedGeneration: 0, ...e.status }),
      );
      expect('message' in r ? r.message : r.error).toBe(c.expectedStdout);
    });
  }
});

interface DaemonCase {
  daemonSet: {
    name: string;
    generation?: number;
    updateStrategyType: string;
    status?: DaemonSetStatusFields['status'];
  };
  expectedMessage?: string;
  expectedDone?: boolean;
  expectedError?: string;
}

describe('DaemonSet status viewer (minimal local shape)', () => {
  const run = (c: DaemonCase) =>
    daemonSetStatusViewer({
      metadata: { name: c.daemonSet.name, generation: c.daemonSet.generation },
      spec: { updateStrategy: { type: c.daemonSet.updateStrategyType } },
      status: c.daemonSet.status,
    });
  for (const c of applicableCases(loadVectors<DaemonCase>('TestDaemonSetStatusViewerStatus'))) {
    it(c.name, () => expect(run(c)).toEqual({ message: c.expectedMessage, done: c.expectedDone }));
  }
  for (const c of applicableCases(
    loadVectors<DaemonCase>('TestDaemonSetStatusViewerStatusWithWrongUpdateStrategyType'),
  )) {
    it(c.name, () => expect(run(c)).toEqual({ error: c.expectedError }));
  }
});

interface StatefulCase {
  statefulSet: {
    name: string;
    specReplicas: number;
    generation: number;
    updateStrategy: NonNullable<StatefulSetStatusFields['spec']['updateStrategy']>;
    status: StatefulSetStatusFields['status'];
  };
  expectedMessage: string;
  expectedDone: boolean;
  expectError: boolean;
}

describe('StatefulSet status viewer (minimal local shape)', () => {
  for (const c of applicableCases(loadVectors<StatefulCase>('TestStatefulSetStatusViewerStatus'))) {
    it(c.name, () => {
      const s = c.statefulSet;
      const r = statefulSetStatusViewer({
        metadata: { name: s.name, generation: s.generation },
        spec: { replicas: s.specReplicas, updateStrategy: s.updateStrategy },
        status: s.status,
      });
      if (c.expectError)
        expect(r).toEqual({ error: 'rollout status is only available for RollingUpdate strategy type' });
      else expect(r).toEqual({ message: c.expectedMessage, done: c.expectedDone });
    });
  }
});

interface HistoryCase {
  revision: number;
  replicaSets: { name: string; revision: string; image: string; changeCause: string | null }[];
  expectedOutput: string;
}

const moonsReplicaSets = (c: HistoryCase): ReplicaSet[] =>
  c.replicaSets.map((r) => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: r.name,
      namespace: 'default',
      annotations: {
        'deployment.kubernetes.io/revision': r.revision,
        ...(r.changeCause ? { 'kubernetes.io/change-cause': r.changeCause } : {}),
      },
    },
    spec: {
      selector: { matchLabels: { foo: 'bar' } },
      template: {
        metadata: { labels: { foo: 'bar' } },
        spec: { containers: [{ name: 'test', image: r.image }] },
      },
    },
    status: { replicas: 0 },
  }));

describe('TestViewDeploymentHistory', () => {
  for (const c of applicableCases(loadVectors<HistoryCase>('TestViewDeploymentHistory'))) {
    it(c.name, () =>
      expect(viewDeploymentHistory(moonsReplicaSets(c), c.revision)).toEqual({ text: c.expectedOutput }),
    );
  }
  it('prints a real RS template with its pod-template-hash continuation line and ports', () => {
    const rs = moonsReplicaSets({
      revision: 2,
      replicaSets: [{ name: 'nginx-7854ff8877', revision: '2', image: 'nginx:1.16.1', changeCause: null }],
      expectedOutput: '',
    })[0] as ReplicaSet;
    rs.spec.template.metadata = { labels: { app: 'nginx', 'pod-template-hash': '7854ff8877' } };
    rs.spec.template.spec.containers = [
      { name: 'nginx', image: 'nginx:1.16.1', ports: [{ containerPort: 80, protocol: 'TCP' }] },
    ];
    const r = viewDeploymentHistory([rs], 2);
    expect(r).toEqual({
      text:
        'Pod Template:\n  Labels:\tapp=nginx\n\tpod-template-hash=7854ff8877\n  Containers:\n   nginx:\n    Image:\tnginx:1.16.1\n' +
        '    Port:\t80/TCP\n    Host Port:\t0/TCP\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n' +
        '  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n',
    });
    expect(viewDeploymentHistory([rs], 7)).toEqual({ error: 'unable to find the specified revision' });
    expect(viewDeploymentHistory([])).toEqual({ text: 'No rollout history found.' });
  });
});

interface HistoryCmdCase {
  args: string[];
  flags: { revision?: string };
  viewHistoryReturns?: string;
  expectedStdout: string;
}

describe('TestRolloutHistory / TestMultipleResourceRolloutHistory', () => {
  for (const file of ['TestRolloutHistory', 'TestMultipleResourceRolloutHistory']) {
    for (const c of applicableCases(loadVectors<HistoryCmdCase>(file))) {
      it(`${file}: ${c.name}`, () => {
        const revision = Number(c.flags.revision ?? 0);
        const out = c.args
          .map((a) =>
            printRolloutHistory(
              'Deployment',
              a.split('/')[1] as string,
              revision,
              c.viewHistoryReturns ?? 'Fake ViewHistory Output\n',
            ),
          )
          .join('');
        expect(out).toBe(c.expectedStdout);
      });
    }
  }
});

interface HistoryErrorCase {
  revision: number;
  historyRevisions: number[];
  expectedError: string;
}

describe('TestRolloutHistoryErrors', () => {
  for (const c of applicableCases(loadVectors<HistoryErrorCase>('TestRolloutHistoryErrors'))) {
    it(c.name, () => {
      const rss = moonsReplicaSets({
        revision: c.revision,
        replicaSets: c.historyRevisions.map((r) => ({
          name: `foo-${r}`,
          revision: String(r),
          image: 'x',
          changeCause: null,
        })),
        expectedOutput: '',
      });
      expect(deploymentRevisionTemplate(rss, c.revision)).toEqual({ error: c.expectedError });
      expect(deploymentRevisionTemplate(rss, 1)).toHaveProperty('template');
    });
  }
});

interface ValidateCase {
  revision: number;
  resources: string[];
  expectedError: string | null;
}

describe('TestValidate (rollout history)', () => {
  for (const c of applicableCases(loadVectors<ValidateCase>('TestValidate'))) {
    it(c.name, () => expect(validateRolloutHistory(c.resources, c.revision) ?? null).toBe(c.expectedError));
  }
});

describe('TestViewHistory (StatefulSet/DaemonSet)', () => {
  const reason =
    'ControllerRevision-based history (StatefulSet/DaemonSet) is not modelled by the simulator yet';
  const file = loadVectors('TestViewHistory');
  applicableCases(file, Object.fromEntries(file.cases.map((c) => [c.name, reason])));
});
