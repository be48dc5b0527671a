import { setFormatLocale } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locale';

import type { Messages } from '@/lib/i18n/catalog';

export type { Messages } from '@/lib/i18n/catalog';

/**
 * The words in the panel's language: `t.items.agree`. Empty until
 * `useLocale` has loaded a language, which the panel does before it renders
 * (lib/i18n/start.ts) and the unit tests before each file
 * (tests/support/english.ts). Read it where the words are shown (in JSX, in
 * a function), never into a module constant: a constant made at import time
 * would hold no words, or the wrong language's.
 */
export const t = {} as Messages;

let current: Locale = 'en';
export const currentLocale = (): Locale => current;

/**
 * Every language is its own chunk, English too: a person loads the words of
 * the one language they use (bench/bundle.measure.ts counts each person's).
 */
const load: Record<Locale, () => Promise<Messages>> = {
  en: async () => (await import('@/lib/i18n/en')).en,
  es: async () => (await import('@/lib/i18n/es')).es,
  // The pseudo-locale is for tests only: its code is a chunk of its own too.
  'en-XA': async () => {
    const [{ en }, { pseudoCatalog }] = await Promise.all([import('@/lib/i18n/en'), import('@/lib/i18n/pseudo')]);
    return pseudoCatalog(en);
  },
};

export async function useLocale(locale: Locale): Promise<void> {
  const messages = await load[locale]();
  Object.assign(t, messages);
  current = locale;
  setFormatLocale(locale);
}

/**
 * A record of words by key, each read from `t` when looked up, not when the
 * record is made: for module-level tables (role names…) that code outside
 * the components indexes like plain records.
 */
export function wordsByKey<K extends string>(keys: readonly K[], read: (key: K) => string): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { get: () => read(key), enumerable: true });
  return record;
}
