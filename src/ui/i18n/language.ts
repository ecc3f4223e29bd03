// Which language the UI speaks: an explicit `?lang=` wins, then the remembered choice, then the browser's
// preferred languages (any `zh*` → Simplified Chinese), else English. kubectl output is never translated.

/** The UI languages (i18next codes). */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered. */
export const LANGUAGE_KEY = 'rolloutlab.language';

/** Each language's own name, as the switch offers it (never translated: a reader must recognise their own). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '中文' };

/** The `<html lang>` value of a UI language (BCP 47; Simplified Chinese as used in mainland China). */
export function htmlLang(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** A UI language from any tag (`zh-Hans-CN`, `en-GB`, `zh`); undefined when we do not have it. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
}

/** What detectLanguage looks at (all optional, so tests and odd browsers work). */
export interface LanguageSources {
  /** `location.search` */
  search?: string;
  /** the remembered choice */
  stored?: string | null;
  /** `navigator.languages` (most preferred first) */
  preferred?: readonly string[];
}

/** detectLanguage: `?lang=` → remembered → first browser language we have → English. */
export function detectLanguage({ search = '', stored, preferred = [] }: LanguageSources): Language {
  const fromQuery = matchLanguage(new URLSearchParams(search).get('lang'));
  if (fromQuery) return fromQuery;
  const remembered = matchLanguage(stored);
  if (remembered) return remembered;
  for (const tag of preferred) {
    const l = matchLanguage(tag);
    if (l) return l;
  }
  return 'en';
}
