import { cameDue, dueCount, nextDue, type Reminders } from '@/lib/board/reminderTimes';
import type { ReminderRows } from '@/lib/store/reminderRows';
import type { ActionPort, AlarmsPort, NotificationsPort } from '@/lib/app/reminders/ports';
import { reminders as english } from '@/lib/i18n/en/reminders';
import { reminders as spanish } from '@/lib/i18n/es/reminders';
import { setFormatLocale } from '@/lib/i18n/format';
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

/** The number on the button (empty when nothing is due); a badge has room for about four characters. */
export const badgeText = (count: number) => (count === 0 ? '' : count > 99 ? '99+' : String(count));

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
    const all = await rows.loadAll();
    const total = all.reduce((sum, reminders) => sum + dueCount(reminders, at), 0);
    await show(total, words);
    await scheduleNext(all, at);
    await notifyNew(all, at, words);
    return total;
  }

  async function show(total: number, words: typeof english) {
    await Promise.all([
      action.setBadgeBackgroundColor({ color: BADGE_COLOUR }),
      action.setBadgeTextColor({ color: BADGE_TEXT_COLOUR }),
      action.setBadgeText({ text: badgeText(total) }),
      action.setTitle({ title: total === 0 ? words.nothingDue : words.due(total) }),
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
