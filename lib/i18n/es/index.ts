import type { Messages } from '@/lib/i18n/messages';
import { common } from '@/lib/i18n/es/common';

/**
 * Spanish (español neutro, tú): written for people, not translated word for
 * word. See docs/localization.md for the voice.
 */
export const es: Messages = { common };
