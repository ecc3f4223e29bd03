// What a learner does in a lesson, defined once for buttons, tests and links: start, move between steps,
// run a step's command (exactly as if typed), answer a checkpoint, continue after the reveal.
import type { Classroom } from '../persist/classroom';
import type { TerminalEntry } from '../../worker/protocol';
import { lessonById } from './catalog';
import { kubectlArgv, sameArgv } from './commandLine';
import { recordAnswer, visitStep } from './progress';
import type { LessonStep } from './types';

/** Start a lesson from its scene at its first step (the current run is replaced). */
export function startLesson(classroom: Classroom, id: string): void {
  const lesson = lessonById(id);
  if (!lesson) return;
  const since = classroom.session.entryMark;
  classroom.session.startScene(lesson.scene, { autoplay: true });
  // A clean terminal for the lesson (what a learner would type; it also clears the screen).
  classroom.session.runLine('clear');
  const s = classroom.store.getState();
  s.setLesson({ id, step: 0, paused: false, since });
  s.setLessonsOpen(true);
  s.setProgress(visitStep(s.progress, id, 0));
}

/** Show another step of the active lesson. */
export function goToStep(classroom: Classroom, index: number): void {
  const s = classroom.store.getState();
  const lesson = s.lesson && lessonById(s.lesson.id);
  if (!lesson || !s.lesson || index < 0 || index >= lesson.steps.length) return;
  s.setLesson({ id: lesson.id, step: index, paused: false, since: classroom.session.entryMark });
  s.setProgress(visitStep(s.progress, lesson.id, index));
}

/** Leave the lesson (the run stays as it is) and show the lesson list. */
export function leaveLesson(classroom: Classroom): void {
  classroom.store.getState().setLesson(undefined);
}

/** Which of a step's commands have run since the step was shown (typed or clicked, same argv). */
export function commandsRun(step: LessonStep, terminal: readonly TerminalEntry[], since: number): boolean[] {
  return step.commands.map((line) => {
    const argv = kubectlArgv(line);
    return terminal.some((e) => e.id >= since && sameArgv(e.argv, argv));
  });
}

/** Whether the step's checkpoint is due: it has one, and every command has run. */
export function checkpointDue(step: LessonStep, ran: readonly boolean[]): boolean {
  return step.predict !== undefined && ran.every(Boolean);
}

/**
 * Run a step's command as if typed. When it is the last one before a checkpoint, the timeline pauses first,
 * so the question is asked about the very instant the command changed (nothing has moved on yet).
 */
export function runStepCommand(
  classroom: Classroom,
  step: LessonStep,
  index: number,
  ran: readonly boolean[],
): void {
  const line = step.commands[index];
  if (line === undefined) return;
  const lastMissing = ran.every((r, i) => r || i === index);
  if (step.predict && lastMissing) {
    classroom.session.setPlaying(false);
    classroom.store.getState().patchLesson({ paused: true });
  }
  classroom.session.runLine(line);
}

/** Pause the timeline for a checkpoint that became due (once per step). */
export function pauseForCheckpoint(classroom: Classroom): void {
  const l = classroom.store.getState().lesson;
  if (!l || l.paused) return;
  classroom.store.getState().patchLesson({ paused: true });
  if (classroom.app.getState().playing) classroom.session.setPlaying(false);
}

/** Answer the current step's checkpoint: the answer is revealed and remembered. */
export function answerCheckpoint(classroom: Classroom, choice: string): void {
  const s = classroom.store.getState();
  const lesson = s.lesson && lessonById(s.lesson.id);
  const step = lesson?.steps[s.lesson?.step ?? -1];
  if (!lesson || !step?.predict || !step.predict.choices.includes(choice)) return;
  s.patchLesson({ answer: choice });
  s.setProgress(recordAnswer(s.progress, lesson.id, step.id, choice));
}

/** After the reveal: let time run again to see it happen. */
export function continueAfterReveal(classroom: Classroom): void {
  classroom.session.setPlaying(true);
}
