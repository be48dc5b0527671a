import { t } from '@/lib/i18n/messages';

/** "every 3 months", or "every 10 days" for a cadence not in the list, in the panel's language. */
export const cadenceWords = (days: number): string =>
  (t.checkins.cadences as Record<number, string | undefined>)[days] ?? t.checkins.everyDays(days);
