import { browser } from 'wxt/browser';
import { remindersChanged } from '@/lib/app/reminders/messages';
import { currentLocale } from '@/lib/i18n/messages';

/**
 * Asks the background to count the toolbar badge again, in this page's
 * language (the panel's, or the offscreen document's, which reads the same
 * setting). `sendMessage` wakes a stopped background.
 */
export const recountBadge = () =>
  void browser.runtime
    .sendMessage(remindersChanged(currentLocale()))
    .catch((error: unknown) => console.warn('Common Ground: could not update the badge', error));
