import { common } from '@/lib/i18n/en/common';

/**
 * English: the words the panel was written in, and the shape every other
 * language follows. One file per area of the panel, so each can be
 * translated (and reviewed) on its own. Written from
 * ../shared/relationship-practice.md: warm, plain, never judging.
 */
export const en = { common };
