// The five lessons' structure: scenes, steps, the commands a learner runs (the same lines they could type) and
// the checkpoints with their answers. The numbers the checkpoints ask about follow real Kubernetes (spec §4–§9)
// and are checked against the simulation by tests/ui/lessons.
import type { Lesson } from './types';

const D = 'deployment/nginx-deployment';
const PATCH = 'kubectl patch deployment nginx-deployment -p';

/** 1. The seed article's walk-through: create, read, update, watch the rolling update, describe. */
const walkthrough: Lesson = {
  id: 'walkthrough',
  scene: 'empty',
  steps: [
    { id: 'empty', commands: ['kubectl get deployments'] },
    {
      id: 'create',
      commands: ['kubectl create deployment nginx-deployment --image=nginx:1.14.2 --replicas=3'],
    },
    { id: 'status', commands: [`kubectl rollout status ${D}`, 'kubectl get deployments'] },
    { id: 'replicasets', commands: ['kubectl get rs', 'kubectl get pods --show-labels'] },
    { id: 'budget', commands: [], predict: { choices: ['a', 'b', 'c', 'd'], answer: 'b' } },
    {
      id: 'update',
      commands: [`kubectl set image ${D} nginx=nginx:1.16.1`],
      predict: { choices: ['a', 'b', 'c'], answer: 'b' },
    },
    { id: 'watch', commands: [`kubectl rollout status ${D}`, 'kubectl get rs'] },
    { id: 'describe', commands: ['kubectl describe deployment nginx-deployment'] },
    { id: 'done', commands: [] },
  ],
};

/** 2. A bad image: a stuck rollout, the progress deadline, history, undo and undo --to-revision. */
const badImage: Lesson = {
  id: 'bad-image',
  scene: 'seed',
  steps: [
    { id: 'deadline', commands: [`${PATCH} '{"spec":{"progressDeadlineSeconds":30}}'`] },
    { id: 'good', commands: [`kubectl set image ${D} nginx=nginx:1.23.1`, `kubectl rollout status ${D}`] },
    {
      id: 'typo',
      commands: [`kubectl set image ${D} nginx=nginx:1.231`],
      predict: { choices: ['a', 'b', 'c'], answer: 'c' },
    },
    { id: 'diagnose', commands: ['kubectl get pods', 'kubectl get rs'] },
    { id: 'no-rollback', commands: [], predict: { choices: ['a', 'b', 'c'], answer: 'c' } },
    {
      id: 'stuck',
      commands: [`kubectl rollout status ${D}`, 'kubectl describe deployment nginx-deployment'],
    },
    {
      id: 'history',
      commands: [`kubectl rollout history ${D}`, `kubectl rollout history ${D} --revision=3`],
    },
    { id: 'predict-undo', commands: [], predict: { choices: ['a', 'b', 'c'], answer: 'c' } },
    { id: 'undo', commands: [`kubectl rollout undo ${D}`, `kubectl rollout history ${D}`, 'kubectl get rs'] },
    {
      id: 'to-revision',
      commands: [
        `kubectl rollout undo ${D} --to-revision=1`,
        `kubectl rollout status ${D}`,
        `kubectl rollout history ${D}`,
      ],
    },
    { id: 'done', commands: [] },
  ],
};

/** 3. Pause, batch several edits, resume: one new revision; undo is refused while paused. */
const pauseResume: Lesson = {
  id: 'pause-resume',
  scene: 'seed',
  steps: [
    {
      id: 'baseline',
      commands: [`kubectl set image ${D} nginx=nginx:1.16.1`, `kubectl rollout status ${D}`],
    },
    { id: 'pause', commands: [`kubectl rollout pause ${D}`] },
    {
      id: 'edits',
      commands: [
        `kubectl set image ${D} nginx=nginx:1.23.1`,
        `kubectl set resources ${D} -c=nginx --limits=cpu=200m,memory=512Mi`,
        'kubectl get rs',
        `kubectl rollout history ${D}`,
      ],
    },
    { id: 'undo-refused', commands: [`kubectl rollout undo ${D}`] },
    { id: 'predict', commands: [], predict: { choices: ['a', 'b', 'c'], answer: 'b' } },
    {
      id: 'resume',
      commands: [
        `kubectl rollout resume ${D}`,
        `kubectl rollout status ${D}`,
        `kubectl rollout history ${D}`,
      ],
    },
    { id: 'done', commands: [] },
  ],
};

/** 4. Strategy lab: Recreate vs RollingUpdate, maxSurge 0 vs maxUnavailable 0, rounding, minReadySeconds. */
const strategies: Lesson = {
  id: 'strategies',
  scene: 'seed',
  steps: [
    {
      id: 'recreate',
      commands: [`${PATCH} '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'`],
    },
    { id: 'predict-recreate', commands: [], predict: { choices: ['a', 'b', 'c'], answer: 'c' } },
    {
      id: 'recreate-update',
      commands: [`kubectl set image ${D} nginx=nginx:1.16.1`, `kubectl rollout status ${D}`],
    },
    {
      id: 'surge-zero',
      commands: [
        `${PATCH} '{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":0,"maxUnavailable":1}}}}'`,
      ],
      predict: { choices: ['a', 'b', 'c'], answer: 'b' },
    },
    {
      id: 'surge-zero-update',
      commands: [
        `kubectl set image ${D} nginx=nginx:1.23.1`,
        'kubectl get rs',
        `kubectl rollout status ${D}`,
      ],
    },
    {
      id: 'both-zero',
      commands: [`${PATCH} '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":0}}}}'`],
    },
    {
      id: 'percent',
      commands: [
        `kubectl scale ${D} --replicas=10`,
        `${PATCH} '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"}}}}'`,
        `kubectl rollout status ${D}`,
      ],
      predict: { choices: ['a', 'b', 'c', 'd'], answer: 'a' },
    },
    {
      id: 'percent-update',
      commands: [
        `kubectl set image ${D} nginx=nginx:1.25.5`,
        'kubectl get rs',
        `kubectl rollout status ${D}`,
      ],
    },
    {
      id: 'min-ready',
      commands: [
        `${PATCH} '{"spec":{"minReadySeconds":10}}'`,
        `kubectl set image ${D} nginx=nginx:latest`,
        `kubectl rollout status ${D}`,
      ],
    },
    { id: 'done', commands: [] },
  ],
};

/** 5. Rollover (an update during an update) and proportional scaling of a stuck rollout. */
const rollover: Lesson = {
  id: 'rollover',
  scene: 'seed',
  steps: [
    { id: 'scale', commands: [`kubectl scale ${D} --replicas=10`, `kubectl rollout status ${D}`] },
    {
      id: 'first-update',
      commands: [`kubectl set image ${D} nginx=nginx:1.16.1`],
      predict: { choices: ['a', 'b', 'c'], answer: 'b' },
    },
    {
      id: 'second-update',
      commands: [
        `kubectl set image ${D} nginx=nginx:1.23.1`,
        'kubectl get rs',
        `kubectl rollout status ${D}`,
      ],
    },
    { id: 'stuck', commands: [`kubectl set image ${D} nginx=nginx:1.231`, 'kubectl get rs'] },
    { id: 'predict-scale', commands: [], predict: { choices: ['a', 'b', 'c', 'd'], answer: 'c' } },
    { id: 'scale-stuck', commands: [`kubectl scale ${D} --replicas=15`, 'kubectl get rs'] },
    { id: 'recover', commands: [`kubectl rollout undo ${D}`, `kubectl rollout status ${D}`] },
    { id: 'done', commands: [] },
  ],
};

/** Every lesson, in teaching order. */
export const LESSONS: readonly Lesson[] = [walkthrough, badImage, pauseResume, strategies, rollover];

/** A lesson by id. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
