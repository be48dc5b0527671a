import type { ManifestWords } from '@/lib/i18n/manifest/en';

/**
 * The manifest's words as the browser's own `_locales/<language>/messages.json`
 * files: the browser picks the language (the default when it has none of
 * them), and the manifest names each word as `__MSG_<key>__`. Chrome and the
 * add-ons site cut a description longer than 132 characters.
 *
 * Only types are imported here: wxt.config.ts loads this file before any
 * `@/` alias exists, so it passes the words in itself.
 */
export const DEFAULT_LOCALE = 'en';
export const MAX_DESCRIPTION_LENGTH = 132;

/** `__MSG_key__`: how the manifest refers to a word in `_locales`. */
export const manifestWord = (key: keyof ManifestWords): string => `__MSG_${key}__`;

/** Each language's messages.json, as its path in the build and its text. */
export function localeFiles(languages: Record<string, ManifestWords>): { relativeDest: string; contents: string }[] {
  return Object.entries(languages).map(([locale, words]) => ({
    relativeDest: `_locales/${locale}/messages.json`,
    contents: `${JSON.stringify(Object.fromEntries(Object.entries(words).map(([key, message]) => [key, { message }])), null, 2)}\n`,
  }));
}
