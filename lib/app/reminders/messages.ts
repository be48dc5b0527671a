import { isLocale, type Locale } from '@/lib/i18n/locale';

/**
 * The one message the panel sends the background: count the badge again (a
 * board's reminders changed, or the panel opened), in the panel's language.
 * Sent with `runtime.sendMessage`, which wakes a stopped background in both
 * browsers (Chrome's service worker, Firefox's event page); a
 * BroadcastChannel message reaches only a background that happens to be
 * running, and is lost otherwise.
 */
const KIND = 'common-ground/reminders-changed';

export interface RemindersChanged {
  kind: typeof KIND;
  locale: Locale;
}

export const remindersChanged = (locale: Locale): RemindersChanged => ({ kind: KIND, locale });

/** The message, if it is one (anything may arrive on runtime messaging): its language, or null. */
export function readRemindersChanged(message: unknown): { locale: Locale | undefined } | null {
  if (typeof message !== 'object' || message === null || (message as { kind?: unknown }).kind !== KIND) return null;
  const { locale } = message as { locale?: unknown };
  return { locale: isLocale(locale) ? locale : undefined };
}
