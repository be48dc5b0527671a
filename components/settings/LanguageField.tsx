import { For } from 'solid-js';
import { LANGUAGE_KEY, LOCALES, LOCALE_NAMES } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';

/** The device's stored choice: '' follows the browser. */
export function chosenLanguage(): string {
  try {
    return localStorage.getItem(LANGUAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * Saves the language chosen in the settings form; true when it changed (the
 * panel then opens again in it: words are read once, before it renders).
 */
export function saveLanguage(chosen: string): boolean {
  if (chosen === chosenLanguage()) return false;
  try {
    if (chosen) localStorage.setItem(LANGUAGE_KEY, chosen);
    else localStorage.removeItem(LANGUAGE_KEY);
  } catch {
    return false;
  }
  return true;
}

/** `Language`: follow the browser, or a language this panel speaks, each named in its own words. */
export function LanguageField() {
  return (
    <>
      <label>
        {t.common.language}
        <select name="language" aria-describedby="language-help">
          <option value="" selected={chosenLanguage() === ''}>
            {t.common.languageAutomatic}
          </option>
          <For each={LOCALES}>
            {(locale) => (
              <option value={locale} lang={locale} selected={chosenLanguage() === locale}>
                {LOCALE_NAMES[locale]}
              </option>
            )}
          </For>
        </select>
      </label>
      <p id="language-help" class="help">
        {t.common.languageHelp}
      </p>
    </>
  );
}
