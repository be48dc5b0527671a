import type { Messages } from '@/lib/i18n/catalog';

export const store: Messages['store'] = {};
