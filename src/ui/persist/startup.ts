// Browser start-up of the classroom features (main.tsx calls these): the language to speak, the view, what to
// open (link, saved run or default), cleaning the address, and saving when the page is hidden.
import type { i18n } from 'i18next';
import type { SimClient } from '../../worker/client';
import { createI18n, detectLanguage } from '../i18n';
import { LANGUAGE_KEY } from '../i18n/language';
import { withoutRun } from '../share/link';
import type { AppStore } from '../store/createAppStore';
import { chooseStart, viewFromSearch } from './boot';
import { createClassroom, type Classroom } from './classroom';
import { browserStorage, SafeStorage } from './storage';

/** The page's storage, view and i18n instance (before the client exists). */
export function prepareClassroom(): {
  storage: SafeStorage;
  view: ReturnType<typeof viewFromSearch>;
  i18n: i18n;
} {
  const storage = new SafeStorage(browserStorage());
  const view = viewFromSearch(location.search);
  const stored = view === 'embed' ? undefined : storage.read(LANGUAGE_KEY);
  const language = detectLanguage({
    search: location.search,
    stored: stored?.ok ? stored.value : undefined,
    preferred: typeof navigator === 'undefined' ? [] : navigator.languages,
  });
  return { storage, view, i18n: createI18n(language) };
}

/** Open the link, the saved run or the default scene, and keep saving (call after bindClient). */
export function startClassroom(
  prepared: ReturnType<typeof prepareClassroom>,
  client: SimClient,
  store: AppStore,
): Classroom {
  const { storage, view, i18n } = prepared;
  const start = chooseStart(location.hash, storage, view);
  // A reload after opening a link continues the (saved) run instead of reopening the link; embeds keep it.
  if (start.hadLink && view !== 'embed') history.replaceState(history.state, '', withoutRun(location.href));
  const classroom = createClassroom({ client, store, i18n, storage, view, start, doc: document });
  const save = () => classroom.autosave?.save();
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
  return classroom;
}
