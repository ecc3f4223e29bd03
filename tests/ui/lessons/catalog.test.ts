// Every lesson, run as a learner would through the real kubectl and engine: each command does what its
// narration says, and each checkpoint's answer is what the simulation then shows (real Kubernetes numbers).
import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById } from '../../../src/ui/lessons/catalog';
import { kubectlArgv } from '../../../src/ui/lessons/commandLine';
import { LessonSim } from './lessonSim';

/** Seconds a learner spends reading between steps. */
const READ_MS = 3000;

/** Checks after a step's commands ran, by step id. Expected failures are `<step>#<command index>`. */
type Check = (s: LessonSim) => void;

function follow(id: string, checks: Record<string, Check>, expectFailures: string[] = []): LessonSim {
  const lesson = lessonById(id)!;
  const s = new LessonSim(lesson);
  for (const step of lesson.steps) {
    for (const [i, line] of step.commands.entries()) {
      const ran = s.run(line);
      const shouldFail = expectFailures.includes(`${step.id}#${i}`);
      expect(ran.exitCode !== 0, `${step.id}: ${line}\n${ran.out}`).toBe(shouldFail);
    }
    checks[step.id]?.(s);
    s.wait(READ_MS);
  }
  return s;
}

const history = (s: LessonSim) =>
  s
    .run('kubectl rollout history deployment/nginx-deployment')
    .out.split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0])
    .filter((r) => r !== '');

describe('lesson catalogue', () => {
  it('has five lessons with unique step ids and kubectl lines that split into argv', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'walkthrough',
      'bad-image',
      'pause-resume',
      'strategies',
      'rollover',
    ]);
    for (const lesson of LESSONS) {
      const ids = lesson.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const step of lesson.steps) {
        for (const line of step.commands) expect(kubectlArgv(line).length).toBeGreaterThan(0);
        if (step.predict) expect(step.predict.choices).toContain(step.predict.answer);
      }
    }
  });

  it('1. walk-through: create, read, update with a budget of 4 pods / 3 available, describe', () => {
    follow('walkthrough', {
      empty: (s) => expect(s.log.at(-1)!.out).toBe('No resources found in default namespace.\n'),
      status: (s) => expect(s.log.at(-1)!.out).toMatch(/nginx-deployment\s+3\/3\s+3\s+3/),
      update: (s) => {
        // right after the update (the checkpoint pauses here): the new RS starts at 1, the old keeps 3
        expect(s.replicaSets()).toEqual({ 'nginx:1.14.2': [3, 3], 'nginx:1.16.1': [1, 0] });
        // and the next thing: once the new pod is available, one old pod goes, then one more new pod comes
        const sim = s.sim;
        sim.runUntil(() => (s.replicaSets()['nginx:1.14.2']?.[0] ?? 3) < 3, 60_000);
        expect(s.replicaSets()['nginx:1.14.2']![0]).toBe(2);
        expect(s.replicaSets()['nginx:1.16.1']![0]).toBeLessThanOrEqual(2);
      },
      watch: (s) => expect(s.replicaSets()).toEqual({ 'nginx:1.14.2': [0, 0], 'nginx:1.16.1': [3, 3] }),
      describe: (s) => expect(s.log.at(-1)!.out).toContain('Scaled up replica set nginx-deployment-'),
    });
  });

  it('2. bad image: the old pods stay, the deadline fails the rollout, nothing rolls back, undo renumbers', () => {
    follow(
      'bad-image',
      {
        typo: (s) => {
          s.wait(60_000);
          expect(s.replicaSets()['nginx:1.23.1']).toEqual([3, 3]);
          expect(s.replicaSets()['nginx:1.231']).toEqual([1, 0]);
        },
        diagnose: (s) => expect(s.log.at(-2)!.out).toMatch(/ImagePullBackOff|ErrImagePull/),
        stuck: (s) => {
          expect(s.log.at(-2)!.out).toContain('exceeded its progress deadline');
          expect(s.log.at(-1)!.out).toMatch(/Progressing\s+False\s+ProgressDeadlineExceeded/);
          // Deployments never roll back by themselves: the bad template stays
          expect(s.deployment().spec.template.spec.containers[0]!.image).toBe('nginx:1.231');
        },
        history: () => {},
        undo: (s) => {
          expect(history(s)).toEqual(['1', '3', '4']);
          expect(s.deployment().spec.template.spec.containers[0]!.image).toBe('nginx:1.23.1');
        },
        'to-revision': (s) => {
          expect(history(s)).toEqual(['3', '4', '5']);
          expect(s.deployment().spec.template.spec.containers[0]!.image).toBe('nginx:1.14.2');
        },
      },
      ['stuck#0'],
    );
  });
});

describe('lessons 3–5', () => {
  it('3. pause, batch edits, undo refused while paused, resume: one new revision', () => {
    follow(
      'pause-resume',
      {
        edits: (s) => {
          expect(Object.keys(s.replicaSets())).toHaveLength(2);
          expect(history(s)).toEqual(['1', '2']);
        },
        'undo-refused': (s) =>
          expect(s.log.at(-1)!.out).toBe(
            "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
          ),
        resume: (s) => {
          expect(history(s)).toEqual(['1', '2', '3']);
          const c = s.deployment().spec.template.spec.containers[0]!;
          expect(c.image).toBe('nginx:1.23.1');
          expect(c.resources?.limits).toEqual({ cpu: '200m', memory: '512Mi' });
        },
      },
      ['undo-refused#0'],
    );
  });

  it('4. strategy lab: Recreate empties first, surge 0 deletes first, 0/0 is rejected, 10 × 25% = 13 / 8', () => {
    follow(
      'strategies',
      {
        recreate: (s) => expect(s.deployment().spec.strategy).toEqual({ type: 'Recreate' }),
        'recreate-update': () => {},
        'surge-zero': (s) => {
          // the checkpoint's answer: an old pod goes first (the old RS shrinks before the new one has pods)
          s.run('kubectl set image deployment/nginx-deployment nginx=nginx:1.23.1');
          expect(s.replicaSets()['nginx:1.16.1']![0]).toBe(2);
          s.run('kubectl rollout undo deployment/nginx-deployment');
          s.run('kubectl rollout status deployment/nginx-deployment');
        },
        'both-zero': (s) => expect(s.log.at(-1)!.out).toContain('may not be 0 when `maxSurge` is 0'),
        'percent-update': (s) => {
          const first = s.log.at(-2)!.out; // kubectl get rs right after the update
          expect(first).toMatch(/\s8\s+8\s+8\s/);
          expect(first).toMatch(/\s5\s+5\s+0\s/);
        },
      },
      ['both-zero#0'],
    );
  });

  it('4. Recreate: no pod is available between the old pods leaving and the new ones becoming ready', () => {
    const s = new LessonSim(lessonById('strategies')!);
    s.run(lessonById('strategies')!.steps[0]!.commands[0]!);
    s.run('kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1');
    s.sim.runUntil(() => (s.deployment().status.availableReplicas ?? 0) === 0, 30_000);
    expect(s.deployment().status.availableReplicas ?? 0).toBe(0);
  });

  it('5. rollover drains the half-finished ReplicaSet; scaling a stuck 8 + 5 to 15 gives 12 + 7', () => {
    follow('rollover', {
      'first-update': (s) => {
        expect(s.replicaSets()['nginx:1.16.1']![1]).toBe(0);
        expect(s.replicaSets()['nginx:1.14.2']![0]).toBe(8);
      },
      'second-update': (s) => expect(s.replicaSets()['nginx:1.16.1']).toEqual([0, 0]),
      stuck: (s) => {
        expect(s.replicaSets()['nginx:1.23.1']).toEqual([8, 8]);
        expect(s.replicaSets()['nginx:1.231']).toEqual([5, 0]);
      },
      'scale-stuck': (s) => {
        expect(s.replicaSets()['nginx:1.23.1']![0]).toBe(12);
        expect(s.replicaSets()['nginx:1.231']![0]).toBe(7);
      },
      recover: (s) => expect(s.replicaSets()['nginx:1.23.1']).toEqual([15, 15]),
    });
  });
});
