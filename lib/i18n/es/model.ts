import type { Messages } from '@/lib/i18n/messages';

export const model: Messages['model'] = {};
