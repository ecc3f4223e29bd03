// The i18n layer: every user-visible string goes through i18next. Two catalogues with the same keys (en, zh),
// plus the lessons' own namespace. kubectl output and STATUS words stay English, like the real tool.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { lessonsEn } from '../lessons/text/en';
import { lessonsZh } from '../lessons/text/zh';
import { en } from './en';
import { htmlLang, matchLanguage, type Language } from './language';
import { zh } from './zh';

export { LANGUAGES, LANGUAGE_NAMES, detectLanguage, htmlLang, type Language } from './language';

/** Every catalogue by language and namespace (bundled, never fetched: the offline file needs them). */
export const CATALOGUES = {
  en: { translation: en, lessons: lessonsEn },
  zh: { translation: zh, lessons: lessonsZh },
} as const;

/** A ready-to-use i18next instance (synchronous init, so the first render already has the strings). */
export function createI18n(language: string = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: matchLanguage(language) ?? 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh'],
    ns: ['translation', 'lessons'],
    defaultNS: 'translation',
    resources: CATALOGUES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The UI language an instance speaks now. */
export function currentLanguage(instance: i18n): Language {
  return matchLanguage(instance.resolvedLanguage ?? instance.language) ?? 'en';
}

/**
 * Keep `<html lang>` in step with the instance (screen readers and fonts depend on it) and report each change
 * (the app remembers it). Returns the unsubscribe function.
 */
export function bindDocumentLanguage(
  instance: i18n,
  doc: Document,
  onChange: (language: Language) => void = () => {},
): () => void {
  const apply = () => {
    const language = currentLanguage(instance);
    doc.documentElement.lang = htmlLang(language);
    return language;
  };
  apply();
  const handler = () => onChange(apply());
  instance.on('languageChanged', handler);
  return () => instance.off('languageChanged', handler);
}
