import type { Messages } from '@/lib/i18n/catalog';

export const items: Messages['items'] = {};
