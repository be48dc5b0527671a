import { common } from '@/lib/i18n/en/common';
import { board } from '@/lib/i18n/en/board';
import { items } from '@/lib/i18n/en/items';
import { model } from '@/lib/i18n/en/model';
import { practice } from '@/lib/i18n/en/practice';
import { history } from '@/lib/i18n/en/history';
import { sharing } from '@/lib/i18n/en/sharing';
import { connection } from '@/lib/i18n/en/connection';
import { app } from '@/lib/i18n/en/app';
import { boards } from '@/lib/i18n/en/boards';
import { settings } from '@/lib/i18n/en/settings';
import { checkins } from '@/lib/i18n/en/checkins';
import { store } from '@/lib/i18n/en/store';
import { reminders } from '@/lib/i18n/en/reminders';

/**
 * English: the words the panel was written in, and the shape every other
 * language follows. One file per area of the panel, so each can be
 * translated (and reviewed) on its own. Written from
 * ../shared/relationship-practice.md: warm, plain, never judging.
 */
export const en = {
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
