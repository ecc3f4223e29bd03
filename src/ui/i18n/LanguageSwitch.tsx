// The language switch: a select named `Language` in every language (so anyone can find their way back), its
// options named in their own language. Switching is live; the classroom remembers it and sets <html lang>.
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, LANGUAGE_NAMES, type Language } from './index';

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <label className="lang-switch">
      <span aria-hidden="true" className="lang-switch__icon">
        文A
      </span>
      <select
        aria-label="Language"
        value={language}
        onChange={(e) => void i18n.changeLanguage(e.target.value as Language)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
