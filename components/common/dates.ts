import { formatRelative as relative } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/messages';

export { formatDate } from '@/lib/i18n/format';

/** "just now", "5 minutes ago", "yesterday", or a date, in the panel's language. */
export const formatRelative = (time: number, now = Date.now()): string => relative(time, t.common.justNow, now);
