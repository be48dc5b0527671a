import type { Messages } from '@/lib/i18n/catalog';
import { common } from '@/lib/i18n/es/common';
import { board } from '@/lib/i18n/es/board';
import { items } from '@/lib/i18n/es/items';
import { model } from '@/lib/i18n/es/model';
import { practice } from '@/lib/i18n/es/practice';
import { history } from '@/lib/i18n/es/history';
import { sharing } from '@/lib/i18n/es/sharing';
import { connection } from '@/lib/i18n/es/connection';
import { app } from '@/lib/i18n/es/app';
import { boards } from '@/lib/i18n/es/boards';
import { settings } from '@/lib/i18n/es/settings';
import { checkins } from '@/lib/i18n/es/checkins';
import { store } from '@/lib/i18n/es/store';
import { reminders } from '@/lib/i18n/es/reminders';

/**
 * Spanish (español neutro, tú): written for people, not translated word for
 * word. See docs/localization.md for the voice.
 */
export const es: Messages = {
  common,
  board,
  items,
  model,
  practice,
  history,
  sharing,
  connection,
  app,
  boards,
  settings,
  checkins,
  store,
  reminders,
};
