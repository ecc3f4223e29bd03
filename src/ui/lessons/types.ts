// The shape of a lesson. Structure (commands, checkpoints, answers) lives in catalog.ts; every word a learner
// reads lives in the `lessons` i18n namespace (text/en.ts, text/zh.ts) under `<lesson>.…`.
import type { Scene } from '../share/run';

/**
 * A "predict what happens next" checkpoint. It appears once every command of its step has run (at once when
 * the step has none); it pauses the timeline, asks, and reveals the answer after a choice.
 * Texts: `<lesson>.steps.<step>.predict.question`, `.choices.<choice>`, `.reveal`.
 */
export interface Checkpoint {
  choices: readonly string[];
  answer: string;
}

/** One step: narration (`<lesson>.steps.<step>.title` / `.body`), the commands to run, maybe a checkpoint. */
export interface LessonStep {
  id: string;
  /** command lines exactly as typed in the terminal, `kubectl …` */
  commands: readonly string[];
  predict?: Checkpoint;
}

/** A lesson (`<lesson>.title`, `<lesson>.summary`): where it starts and its steps in order. */
export interface Lesson {
  id: string;
  scene: Scene;
  steps: readonly LessonStep[];
}
