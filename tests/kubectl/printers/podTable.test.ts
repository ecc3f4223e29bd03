// Conformance: printers_test.go TestPrintPod*, plus realistic rollout pods.
import { describe, expect, it } from 'vitest';
import { podRow } from '../../../src/kubectl/printers/tables/pod';
import { printGet } from '../../../src/kubectl/printers/getTable';
import { applicableCases, loadVectors } from '../../fixtures/conformance';
import { NOW, rel, vecPod, type VecPod } from './vectorFixtures';
import type { Pod } from '../../../src/engine/api/types';

interface PodCase {
  pod: VecPod;
  expect: { cells: (string | number)[]; rowCondition?: string };
}

function check(c: PodCase, wide: boolean): void {
  const row = podRow(vecPod(c.pod), NOW, wide);
  expect(row.cells).toEqual(c.expect.cells.map(String));
  const cond = row.conditions?.[0];
  const text = cond ? `${cond.type}/${cond.status}/${cond.reason}: ${cond.message}` : undefined;
  expect(text).toBe(c.expect.rowCondition);
}

describe('printPod vectors', () => {
  for (const file of ['TestPrintPod', 'TestPrintPodWithRestartableInitContainer', 'TestPrintPodConditions']) {
    describe(file, () => {
      for (const c of applicableCases(loadVectors<PodCase>(file))) it(c.name, () => check(c, false));
    });
  }
  describe('TestPrintPodwide', () => {
    for (const c of applicableCases(loadVectors<PodCase>('TestPrintPodwide')))
      it(c.name, () => check(c, true));
  });
});

/** A one-container nginx pod owned by a ReplicaSet, created `age` before NOW. */
function nginxPod(name: string, age: string, patch: (p: Pod) => void): Pod {
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', creationTimestamp: rel(`now-${age}`), labels: { app: 'nginx' } },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.16.1' }], nodeName: 'node-1' },
    status: {
      phase: 'Running',
      podIP: '10.244.1.5',
      podIPs: [{ ip: '10.244.1.5' }],
      conditions: [{ type: 'Ready', status: 'True' }],
      containerStatuses: [
        {
          name: 'nginx',
          ready: true,
          restartCount: 0,
          image: 'nginx:1.16.1',
          imageID: '',
          state: { running: {} },
        },
      ],
    },
  };
  patch(pod);
  return pod;
}

describe('pods during a rollout', () => {
  const running = nginxPod('nginx-7854ff8877-4jw2m', '5m', () => undefined);
  const pulling = nginxPod('nginx-5c6f4d8b9d-x2kzq', '40s', (p) => {
    p.spec.containers[0]!.image = 'nginx:1.161';
    p.status = {
      phase: 'Pending',
      conditions: [{ type: 'Ready', status: 'False' }],
      containerStatuses: [
        {
          name: 'nginx',
          ready: false,
          restartCount: 0,
          image: 'nginx:1.161',
          imageID: '',
          state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "nginx:1.161"' } },
        },
      ],
    };
  });
  const terminating = nginxPod('nginx-66b6c48dd5-bq7dx', '12m', (p) => {
    p.metadata.deletionTimestamp = rel('now+25s');
  });
  const crashing = nginxPod('web-6d4cf56db6-9xk2l', '3h', (p) => {
    p.status.containerStatuses = [
      {
        name: 'nginx',
        ready: false,
        restartCount: 5,
        image: 'nginx:1.16.1',
        imageID: '',
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: rel('now-42s') } },
      },
    ];
  });

  it('shows ImagePullBackOff, Terminating and CrashLoopBackOff rows', () => {
    expect(podRow(pulling, NOW).cells).toEqual([
      'nginx-5c6f4d8b9d-x2kzq',
      '0/1',
      'ImagePullBackOff',
      '0',
      '40s',
    ]);
    expect(podRow(terminating, NOW).cells).toEqual([
      'nginx-66b6c48dd5-bq7dx',
      '1/1',
      'Terminating',
      '0',
      '12m',
    ]);
    expect(podRow(crashing, NOW).cells).toEqual([
      'web-6d4cf56db6-9xk2l',
      '0/1',
      'CrashLoopBackOff',
      '5 (42s ago)',
      '3h',
    ]);
  });

  it('prints the whole kubectl get pods table', () => {
    expect(printGet('Pod', [running, pulling, terminating], NOW)).toBe(
      [
        'NAME                     READY   STATUS             RESTARTS   AGE',
        'nginx-7854ff8877-4jw2m   1/1     Running            0          5m',
        'nginx-5c6f4d8b9d-x2kzq   0/1     ImagePullBackOff   0          40s',
        'nginx-66b6c48dd5-bq7dx   1/1     Terminating        0          12m',
        '',
      ].join('\n'),
    );
  });

  it('prints -o wide, --show-labels and -A columns', () => {
    expect(
      printGet('Pod', [running, pulling], NOW, { wide: true, withNamespace: true, showLabels: true }),
    ).toBe(
      [
        'NAMESPACE   NAME                     READY   STATUS             RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES   LABELS',
        'default     nginx-7854ff8877-4jw2m   1/1     Running            0          5m    10.244.1.5   node-1   <none>           <none>            app=nginx',
        'default     nginx-5c6f4d8b9d-x2kzq   0/1     ImagePullBackOff   0          40s   <none>       node-1   <none>           <none>            app=nginx',
        '',
      ].join('\n'),
    );
  });

  it('drops the header with --no-headers and prints nothing for no pods', () => {
    expect(printGet('Pod', [running], NOW, { noHeaders: true })).toBe(
      'nginx-7854ff8877-4jw2m   1/1   Running   0     5m\n',
    );
    expect(printGet('Pod', [], NOW)).toBe('');
  });
});
