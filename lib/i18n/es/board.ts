import type { Messages } from '@/lib/i18n/messages';

export const board: Messages['board'] = {};
