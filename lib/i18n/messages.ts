import { en } from '@/lib/i18n/en';
import { pseudoCatalog } from '@/lib/i18n/pseudo';
import { setFormatLocale } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locale';

import type { Messages } from '@/lib/i18n/catalog';

export type { Messages } from '@/lib/i18n/catalog';

/**
 * The words in the panel's language: `t.items.agree`. English until
 * `useLocale` is called, which happens before the panel renders. Read it
 * where the words are shown (in JSX, in a function), never into a module
 * constant: a constant made at import time would stay English.
 */
export const t: Messages = { ...en };

let current: Locale = 'en';
export const currentLocale = (): Locale => current;

export async function useLocale(locale: Locale): Promise<void> {
  const messages = locale === 'es' ? (await import('@/lib/i18n/es')).es : locale === 'en-XA' ? pseudoCatalog(en) : en;
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
