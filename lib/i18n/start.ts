import { LANGUAGE_KEY, chooseLocale, type Locale } from '@/lib/i18n/locale';
import { useLocale } from '@/lib/i18n/messages';

/** This device's choice in Settings, else the browser's languages. */
export function panelLocale(): Locale {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage refused (a locked-down profile): follow the browser.
  }
  return chooseLocale(chosen, navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** Before the panel renders: its words, its formats, and the page's `lang` (screen readers pronounce by it). */
export async function startLocale(): Promise<void> {
  const locale = panelLocale();
  await useLocale(locale);
  document.documentElement.lang = locale;
}
