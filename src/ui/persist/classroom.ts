// Composition of the classroom features around an app store and a simulation client: the classroom store,
// the session, autosave, and remembering progress and language. Created once by main.tsx (and by tests).
import type { i18n } from 'i18next';
import type { SimClient } from '../../worker/client';
import { bindDocumentLanguage } from '../i18n';
import { LANGUAGE_KEY } from '../i18n/language';
import { parseProgress, PROGRESS_KEY } from '../lessons/progress';
import type { AppStore } from '../store/createAppStore';
import { Autosave } from './autosave';
import type { Start } from './boot';
import { createClassroomStore, type ClassroomStore, type ViewMode } from './classroomStore';
import { Session } from './session';
import type { SafeStorage } from './storage';

export interface Classroom {
  store: ClassroomStore;
  /** the app store (frames, terminal) */
  app: AppStore;
  session: Session;
  /** undefined in embed views, which never write storage */
  autosave: Autosave | undefined;
  storage: SafeStorage;
  i18n: i18n;
  /** the page address share links are built on */
  href(): string;
  /** forget the saved run and the lesson, and start the default scene */
  reset(): void;
  dispose(): void;
}

export interface ClassroomOptions {
  client: SimClient;
  store: AppStore;
  i18n: i18n;
  storage: SafeStorage;
  view: ViewMode;
  start?: Start;
  href?: () => string;
  doc?: Document;
}

/** createClassroom: wire everything; subscribe it after bindClient(store, client). */
export function createClassroom(o: ClassroomOptions): Classroom {
  const embed = o.view === 'embed';
  const progressRead = embed ? undefined : o.storage.read(PROGRESS_KEY);
  const store = createClassroomStore({
    view: o.view,
    progress: parseProgress(progressRead?.ok ? progressRead.value : undefined),
  });
  const notify = (key: string) => store.getState().notify('error', key);
  let autosave: Autosave | undefined;
  const lessonRef = () => {
    const l = store.getState().lesson;
    return l ? { id: l.id, step: l.step } : undefined;
  };
  const session = new Session({
    client: o.client,
    store: o.store,
    classroom: store,
    onChange: (why) => autosave?.onChange(why),
  });
  if (!embed) autosave = new Autosave(o.storage, (forLink) => session.capture(forLink, lessonRef()), notify);

  for (const n of o.start?.notices ?? []) store.getState().notify(n.tone, n.key);
  const run = o.start?.run;
  if (run) {
    session.restore(run);
    if (run.lesson)
      store.setState({ lesson: { ...run.lesson, paused: true, since: 0 }, lessonsOpen: o.view === 'normal' });
  }

  const unsubs: (() => void)[] = [];
  if (!embed) {
    // Progress and the lesson position are remembered as they change.
    unsubs.push(
      store.subscribe((s, prev) => {
        if (s.progress !== prev.progress) {
          const res = o.storage.write(PROGRESS_KEY, JSON.stringify(s.progress));
          if (!res.ok) notify(`notice.${res.failure === 'quota' ? 'storageFull' : 'storageUnavailable'}`);
        }
        if (s.lesson?.step !== prev.lesson?.step || s.lesson?.id !== prev.lesson?.id) autosave?.save();
      }),
    );
  }
  if (o.doc) {
    unsubs.push(
      bindDocumentLanguage(o.i18n, o.doc, (language) => {
        if (!embed) o.storage.write(LANGUAGE_KEY, language);
      }),
    );
  }

  return {
    store,
    app: o.store,
    session,
    autosave,
    storage: o.storage,
    i18n: o.i18n,
    href: o.href ?? (() => globalThis.location?.href ?? 'http://localhost/'),
    reset() {
      autosave?.clear();
      store.setState({ lesson: undefined });
      session.startScene('seed', { autoplay: true });
    },
    dispose() {
      for (const u of unsubs) u();
      session.dispose();
    },
  };
}
