import type { en } from '@/lib/i18n/en';

/**
 * Every word the extension says, by area (lib/i18n/en/*.ts). Other languages
 * have the same shape, checked by the compiler. In its own file so the
 * language files can name it without importing messages.ts, which loads them.
 */
export type Messages = typeof en;
