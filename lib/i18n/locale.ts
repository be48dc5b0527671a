/**
 * Which language the panel speaks. Each language is a file of its own,
 * loaded before the panel renders (lib/i18n/messages.ts); `en-XA` is a
 * pseudo-locale for tests (every letter accented, every message a third
 * longer, in brackets), so text that would overflow or was never translated
 * shows up. See docs/localization.md.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number] | 'en-XA';

/** Whether a value (a stored setting, a message from the panel) names a language the extension speaks. */
export const isLocale = (value: unknown): value is Locale => value === 'en-XA' || (LOCALES as readonly unknown[]).includes(value);

/** What a person can pick in Settings, in that language's own words (never translated). */
export const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = { en: 'English', es: 'Español' };

/** The device's choice (a display preference, like folded hints: localStorage, never shared). */
export const LANGUAGE_KEY = 'cg-language';

/**
 * The language for a person who chose `chosen` ('' or null: follow the
 * browser) and whose browser prefers `preferred` (navigator.languages): the
 * first the panel speaks, by language alone ("es-MX" is Spanish), else English.
 */
export function chooseLocale(chosen: string | null, preferred: readonly string[]): Locale {
  if (chosen === 'en-XA') return chosen;
  for (const tag of chosen ? [chosen] : preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((locale) => locale === language);
    if (match) return match;
  }
  return 'en';
}
