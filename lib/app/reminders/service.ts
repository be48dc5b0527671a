import { cameDue, dueCount, nextDue, type Reminders } from '@/lib/board/reminderTimes';
import type { ReminderRows } from '@/lib/store/reminderRows';
import type { BoardNews } from '@/lib/store/newFrom';
import type { ActionPort, AlarmsPort, NotificationsPort } from '@/lib/app/reminders/ports';
import { reminders as english } from '@/lib/i18n/en/reminders';
import { reminders as spanish } from '@/lib/i18n/es/reminders';
import { formatList, setFormatLocale } from '@/lib/i18n/format';
import { isLocale, type Locale } from '@/lib/i18n/locale';
import { pseudoCatalog } from '@/lib/i18n/pseudo';

/** A count now and then, whatever else happens: after the computer slept, or the clock or time zone changed. */
export const TICK_ALARM = 'reminders-tick';
export const TICK_MINUTES = 30;
/** At the next moment something comes due: the count is right on time, not up to half an hour late. */
export const NEXT_ALARM = 'reminders-next';
/** The app's accent (components/styles.css): calm, and white on it reads at 6.2:1. */
export const BADGE_COLOUR = '#2f6b5e';
export const BADGE_TEXT_COLOUR = '#ffffff';
/** One notification at a time: a newer one replaces it rather than piling up. */
export const NOTIFICATION_ID = 'reminders-due';
/** When the background last counted (a setting): what came due since then is new, and notified once. */
const COUNTED_AT = 'remindersCountedAt';
/** The panel's language, as it last said (a setting): the background cannot read the panel's choice itself. */
const LOCALE = 'remindersLocale';

/**
 * What the button shows when something new came from others on a board kept
 * in step (issue 19) and nothing is due: a dot, the sign people know from
 * unread messages. Not a number (there is nothing to count or to do), not a
 * word (the badge has room for about four characters: "new" would not fit in
 * Spanish, "nuevo"), and calm: no "!". The title says whose and where.
 */
export const NEWS_BADGE = '•';

/**
 * The text on the button (a badge has room for about four characters): the
 * number due, else the news dot, else nothing. With something due the number
 * stays, alone: it is what asks for a step, and the title names the news too.
 */
export const badgeText = (count: number, news = false) => (count > 99 ? '99+' : count > 0 ? String(count) : news ? NEWS_BADGE : '');

/** Names shown in the title before "and 2 others": a tooltip is read at a glance. */
const TITLE_NAMES = 3;

/** "new from Alex on “Between calls”", "new from Alex and Sam on 2 boards", or null with no news. */
function newsWords(words: typeof english, news: readonly BoardNews[]): string | null {
  if (news.length === 0) return null;
  const names = [...new Set(news.flatMap((board) => board.from))];
  const shown = names.length > TITLE_NAMES + 1 ? [...names.slice(0, TITLE_NAMES), words.others(names.length - TITLE_NAMES)] : names;
  const from = formatList(shown);
  return news.length === 1 ? words.newFrom(from, news[0]!.board) : words.newFromOnBoards(from, news.length);
}

/** The button's title: what is due, and what is new, in words. */
export function badgeTitle(words: typeof english, total: number, news: readonly BoardNews[]): string {
  const fresh = newsWords(words, news);
  if (fresh === null) return total === 0 ? words.nothingDue : words.due(total);
  return total === 0 ? words.news(fresh) : words.newsAndDue(fresh, total);
}

/**
 * The background's words in a language: only this area's (lib/i18n/en/reminders.ts and es/),
 * not the panel's whole catalog (`t`), which the background would carry
 * in both languages for two sentences.
 */
function wordsIn(locale: Locale): typeof english {
  setFormatLocale(locale);
  return locale === 'es' ? spanish : locale === 'en-XA' ? pseudoCatalog(english) : english;
}

/** A notification's words for what came due (at least one of the two). */
function cameDueWords(words: typeof english, due: { revisits: number; checkIns: number }): string {
  if (due.checkIns === 0) return words.cameDue.revisits(due.revisits);
  if (due.revisits === 0) return words.cameDue.checkIns(due.checkIns);
  return words.cameDue.both(due.revisits, due.checkIns);
}

export interface ReminderServiceDeps {
  /** The boards' rows and the count's own settings (plain IndexedDB in the background). */
  rows: ReminderRows;
  action: ActionPort;
  alarms: AlarmsPort;
  /** The browser's notifications, or null while the person has not allowed them (the permission is the setting). */
  notifications(): Promise<NotificationsPort | null>;
  iconUrl: string;
  /** The notification's title: the product's name, the same in every language (the manifest's `name`). */
  appName: string;
  /** The language to speak until the panel says which it speaks: the browser's (chooseLocale). */
  defaultLocale: Locale;
  now?: () => number;
}

export interface ReminderService {
  /** Makes sure the periodic alarm exists, then counts. Call on every start of the background. */
  start(): Promise<void>;
  /**
   * Counts what is due on every board and shows it; calls made while one
   * runs share the next run. Resolves to the count. `locale`: the panel's
   * language, when the panel asks (kept for the counts after it).
   */
  recount(locale?: Locale): Promise<number>;
  /** An alarm went off: counts if it is one of ours. */
  onAlarm(name: string): Promise<void>;
}

/**
 * The background's part of the reminders: the number on the toolbar button,
 * the alarms that keep it right as time passes, and (if allowed) a
 * notification when something new comes due. It reads only the boards'
 * rows, where each board's due times are kept when it is saved
 * (keepReminders.ts); it never loads a board, so a row without them counts
 * nothing until the panel works it out (`catchUpReminders`, each time the panel opens).
 */
export function makeReminderService(deps: ReminderServiceDeps): ReminderService {
  const { rows, action, alarms } = deps;
  const now = deps.now ?? Date.now;
  let running: Promise<number> = Promise.resolve(0);
  let waiting: Promise<number> | null = null;

  async function count(): Promise<number> {
    const at = now();
    const locale = await rows.loadSetting(LOCALE);
    const words = wordsIn(isLocale(locale) ? locale : deps.defaultLocale);
    const { reminders: all, news } = await rows.loadAll();
    const total = all.reduce((sum, reminders) => sum + dueCount(reminders, at), 0);
    await show(total, news, words);
    await scheduleNext(all, at);
    await notifyNew(all, at, words);
    return total;
  }

  async function show(total: number, news: BoardNews[], words: typeof english) {
    await Promise.all([
      action.setBadgeBackgroundColor({ color: BADGE_COLOUR }),
      action.setBadgeTextColor({ color: BADGE_TEXT_COLOUR }),
      action.setBadgeText({ text: badgeText(total, news.length > 0) }),
      action.setTitle({ title: badgeTitle(words, total, news) }),
    ]);
  }

  async function scheduleNext(all: Reminders[], at: number) {
    let next = Infinity;
    for (const reminders of all) next = Math.min(next, nextDue(reminders, at) ?? Infinity);
    if (next === Infinity) await alarms.clear(NEXT_ALARM);
    else if ((await alarms.get(NEXT_ALARM))?.scheduledTime !== next) await alarms.create(NEXT_ALARM, { when: next });
  }

  /**
   * Once per thing: only what came due since the last count is new. The
   * first count on a device, or a clock set back, notifies nothing.
   */
  async function notifyNew(all: Reminders[], at: number, words: typeof english) {
    const last = await rows.loadSetting(COUNTED_AT);
    await rows.saveSetting(COUNTED_AT, at);
    if (typeof last !== 'number' || last >= at) return;
    const due = { revisits: 0, checkIns: 0 };
    for (const reminders of all) {
      const came = cameDue(reminders, last, at);
      due.revisits += came.revisits;
      due.checkIns += came.checkIns;
    }
    if (due.revisits + due.checkIns === 0) return;
    const notifications = await deps.notifications();
    await notifications?.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: deps.appName,
      message: cameDueWords(words, due),
    });
  }

  function queue(): Promise<number> {
    if (waiting) return waiting;
    // After the run before it, whether that one counted or failed (its caller heard why).
    const next = running
      .catch(() => 0)
      .then(() => {
        waiting = null;
        return count();
      });
    waiting = next;
    running = next;
    return next;
  }

  async function rememberLocale(locale: Locale) {
    if ((await rows.loadSetting(LOCALE)) !== locale) await rows.saveSetting(LOCALE, locale);
  }

  return {
    async start() {
      // Created only when missing: creating it again on every start of the background would keep pushing it back.
      if (!(await alarms.get(TICK_ALARM))) await alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES });
      await queue();
    },
    // The language is kept before the count is queued, so that count speaks it.
    recount: (locale) => (locale ? rememberLocale(locale).then(queue) : queue()),
    async onAlarm(name) {
      if (name === TICK_ALARM || name === NEXT_ALARM) await queue();
    },
  };
}
