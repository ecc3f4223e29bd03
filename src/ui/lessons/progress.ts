// Lesson progress as remembered between visits: per lesson, the step last shown, the furthest step reached,
// whether it was finished, and the checkpoint answers given. Stored as JSON; anything unreadable is forgotten.
import { isRecord } from '../share/json';
import { LESSONS } from './catalog';

export interface LessonRecord {
  /** the step shown last (where "Continue" resumes) */
  step: number;
  /** the furthest step reached */
  reached: number;
  done: boolean;
  /** checkpoint answers by step id */
  answers: Record<string, string>;
}

export type LessonProgress = Record<string, LessonRecord>;

/** Where progress is remembered. */
export const PROGRESS_KEY = 'rolloutlab.lessons';

const empty = (): LessonRecord => ({ step: 0, reached: 0, done: false, answers: {} });

/** parseProgress: the progress in a stored text, keeping only known lessons and sane values. */
export function parseProgress(text: string | undefined): LessonProgress {
  if (!text) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(data)) return {};
  const out: LessonProgress = {};
  for (const lesson of LESSONS) {
    const r = data[lesson.id];
    if (!isRecord(r)) continue;
    const last = lesson.steps.length - 1;
    const clamp = (n: unknown) =>
      typeof n === 'number' && Number.isInteger(n) ? Math.min(Math.max(n, 0), last) : 0;
    const answers: Record<string, string> = {};
    if (isRecord(r.answers)) {
      for (const step of lesson.steps) {
        const a = r.answers[step.id];
        if (typeof a === 'string' && step.predict?.choices.includes(a)) answers[step.id] = a;
      }
    }
    out[lesson.id] = { step: clamp(r.step), reached: clamp(r.reached), done: r.done === true, answers };
  }
  return out;
}

/** The progress after showing `step` of a lesson (the last step marks it done). */
export function visitStep(progress: LessonProgress, lessonId: string, step: number): LessonProgress {
  const lesson = LESSONS.find((l) => l.id === lessonId);
  if (!lesson) return progress;
  const prev = progress[lessonId] ?? empty();
  const done = prev.done || step >= lesson.steps.length - 1;
  return { ...progress, [lessonId]: { ...prev, step, reached: Math.max(prev.reached, step), done } };
}

/** The progress after answering a step's checkpoint. */
export function recordAnswer(
  progress: LessonProgress,
  lessonId: string,
  stepId: string,
  choice: string,
): LessonProgress {
  const prev = progress[lessonId] ?? empty();
  return { ...progress, [lessonId]: { ...prev, answers: { ...prev.answers, [stepId]: choice } } };
}
