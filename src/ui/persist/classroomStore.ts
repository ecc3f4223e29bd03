// The classroom's own small store, beside the app store: how the page is shown (normal, presenter, embed),
// the lesson being followed, lesson progress, and notices about links and storage. UI state only.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LessonProgress } from '../lessons/progress';

/** normal: the full workspace; presenter: projector view with keyboard control; embed: bare view for iframes. */
export type ViewMode = 'normal' | 'presenter' | 'embed';

/** A message about links or storage; `key` is an i18n key of the `notice` group. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  key: string;
}

/** The lesson being followed and its checkpoint state (answers are forgotten when the step changes). */
export interface ActiveLesson {
  id: string;
  step: number;
  /** the choice picked at this step's checkpoint, once revealed */
  answer?: string;
  /** whether this step's checkpoint has already paused the timeline */
  paused: boolean;
  /** the terminal entry id from which this step's commands count as run */
  since: number;
}

export interface ClassroomState {
  view: ViewMode;
  /** the lesson panel is shown (a lesson list when no lesson is active) */
  lessonsOpen: boolean;
  lesson: ActiveLesson | undefined;
  progress: LessonProgress;
  notices: Notice[];
  /** the terminal runs a foreground command (lesson commands wait; the worker would refuse them) */
  terminalBusy: boolean;
  setView(view: ViewMode): void;
  setLessonsOpen(open: boolean): void;
  setLesson(lesson: ActiveLesson | undefined): void;
  patchLesson(change: Partial<ActiveLesson>): void;
  setProgress(progress: LessonProgress): void;
  notify(tone: Notice['tone'], key: string): void;
  dismiss(id: number): void;
}

export type ClassroomStore = StoreApi<ClassroomState>;

let nextNotice = 1;

/** A fresh classroom store. */
export function createClassroomStore(initial: Partial<Pick<ClassroomState, 'view' | 'progress'>> = {}) {
  return createStore<ClassroomState>()((set) => ({
    view: initial.view ?? 'normal',
    lessonsOpen: false,
    lesson: undefined,
    progress: initial.progress ?? {},
    notices: [],
    terminalBusy: false,
    setView: (view) => set({ view }),
    setLessonsOpen: (lessonsOpen) => set({ lessonsOpen }),
    setLesson: (lesson) => set({ lesson }),
    patchLesson: (change) => set((s) => (s.lesson ? { lesson: { ...s.lesson, ...change } } : {})),
    setProgress: (progress) => set({ progress }),
    // The same message twice is shown once (e.g. the quota is still full at the next save).
    notify: (tone, key) =>
      set((s) =>
        s.notices.some((n) => n.key === key)
          ? {}
          : { notices: [...s.notices, { id: nextNotice++, tone, key }] },
      ),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}
