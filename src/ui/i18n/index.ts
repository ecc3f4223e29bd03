// The i18n layer: every user-visible string goes through i18next. English now; other languages add a
// catalogue with the same keys. kubectl output and STATUS words stay English, like the real tool.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/** A ready-to-use i18next instance (synchronous init, so the first render already has the strings). */
export function createI18n(language = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
