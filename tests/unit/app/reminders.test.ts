import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openBoardHandle } from '@/lib/app/boardHandle';
import { makeLibrary } from '@/lib/app/library';
import { readRemindersChanged, remindersChanged } from '@/lib/app/reminders/messages';
import type { NotificationsPort, PermissionsPort } from '@/lib/app/reminders/ports';
import { useLocale } from '@/lib/i18n/messages';
import { NEXT_ALARM, TICK_ALARM, TICK_MINUTES, makeReminderService } from '@/lib/app/reminders/service';
import type { Reminders } from '@/lib/board/reminderTimes';
import { createBoard } from '@/lib/store/boards';
import { openDatabase, type CommonGroundDB } from '@/lib/store/db';
import Dexie from 'dexie';
import { saveSetting } from '@/lib/store/device';
import { REMINDERS_VERSION, saveReminders } from '@/lib/store/reminders';
import { openReminderRows } from '@/lib/store/reminderRows';
import { freshDb } from '@/tests/support/db';
import { device } from '@/tests/support/session';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);

/** A board made on this device by Sam (the tests' device), with one boundary Sam agreed to at T0: a revisit due at T0 + 91 days. */
async function boardWithAgreement(db: CommonGroundDB, onRemindersChanged = () => {}) {
  const created = await createBoard(db, { name: 'Us', kind: 'partners', personId: device.personId, personName: 'Sam', now: T0 });
  if (!created.ok) throw new Error(created.error);
  const boardId = created.value.id;
  const opened = await openBoardHandle(db, boardId, { name: 'Us', role: 'partner' }, device, { now: () => T0, onRemindersChanged });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const handle = opened.value;
  const id = handle.addItem('boundary', 'I need a quiet hour after work.');
  await handle.agree(id);
  // The agreement counts once Sam's own entry is signed too (keepSelfSigned, begun at opening): a board
  // closed before that is left without it until its next opening. Under load, that came second (a CI run).
  await expect.poll(async () => (await handle.trust()).key(device.personId)).toBe(device.signer.publicKey);
  return { boardId, handle };
}

/** A board row holding these reminders, as a board saved here would have. */
async function rowWith(db: CommonGroundDB, reminders: Reminders): Promise<string> {
  const created = await createBoard(db, { name: 'Row', kind: 'partners', personId: device.personId, personName: 'Sam', now: T0 });
  if (!created.ok) throw new Error(created.error);
  await saveReminders(db, created.value.id, reminders);
  return created.value.id;
}

function service(db: CommonGroundDB, options: { allowed?: boolean; clock?: { now: number } } = {}) {
  const clock = options.clock ?? { now: T0 };
  const created: { id: string; message: string }[] = [];
  const notifications: NotificationsPort = {
    create: async (id, details) => {
      created.push({ id, message: details.message });
      return id;
    },
  };
  const reminders = makeReminderService({
    // The background's plain-IndexedDB reads, of the same (fake-indexeddb) database the panel's Dexie writes.
    rows: openReminderRows(indexedDB, db.name),
    action: fakeBrowser.action,
    alarms: fakeBrowser.alarms,
    notifications: async () => (options.allowed ? notifications : null),
    iconUrl: 'icon-128.png',
    appName: 'Common Ground',
    defaultLocale: 'en',
    now: () => clock.now,
  });
  return { reminders, clock, created };
}

const badge = async () => ({ text: await fakeBrowser.action.getBadgeText({}), title: await fakeBrowser.action.getTitle({}) });

beforeEach(() => fakeBrowser.reset());

describe('an open board keeps its reminders on its row', () => {
  it('works them out from the board as the panel shows it, and says when they changed', async () => {
    const db = freshDb();
    const changed = vi.fn();
    const { boardId, handle } = await boardWithAgreement(db, changed);
    await handle.close();
    // The agreement's revisit, and a check-in due from the start (Sam never checked in).
    expect((await db.boards.get(boardId))?.reminders).toEqual({ v: REMINDERS_VERSION, revisits: [T0 + 91 * DAY], checkIn: 0 });
    expect(changed).toHaveBeenCalled();

    changed.mockClear();
    const again = await openBoardHandle(db, boardId, { name: 'Us', role: 'partner' }, device, {
      now: () => T0,
      onRemindersChanged: changed,
    });
    if (!again.ok) expect.fail('no board');
    again.value.checkIn({ score: 4, statement: '' });
    await again.value.close();
    expect((await db.boards.get(boardId))?.reminders).toMatchObject({ checkIn: T0 + 14 * DAY });
    expect(changed).toHaveBeenCalledOnce();
  });

  it('a moment after a change, while the board stays open', async () => {
    const db = freshDb();
    const changed = vi.fn();
    const { boardId, handle } = await boardWithAgreement(db, changed);
    await vi.waitFor(() => expect(changed).toHaveBeenCalled(), { timeout: 5000 });
    expect((await db.boards.get(boardId))?.reminders?.revisits).toEqual([T0 + 91 * DAY]);
    await handle.close();
  });
});

describe('the background', () => {
  it('shows what is due across boards on the button, in words on its title, from the rows alone', async () => {
    const db = freshDb();
    await rowWith(db, { revisits: [T0 + 91 * DAY], checkIn: T0 + 14 * DAY });
    await rowWith(db, { revisits: [T0 + 30 * DAY, T0 + 200 * DAY], checkIn: null });
    const { reminders, clock } = service(db);

    expect(await reminders.recount()).toBe(0);
    expect(await badge()).toEqual({ text: '', title: 'Open Common Ground' });
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([47, 107, 94, 255]);
    expect(await fakeBrowser.action.getBadgeTextColor({})).toBe('#ffffff');
    // Woken again at the next moment something comes due.
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(T0 + 14 * DAY);

    clock.now = T0 + 14 * DAY;
    expect(await reminders.recount()).toBe(1);
    expect(await badge()).toEqual({ text: '1', title: 'Common Ground: 1 thing due for a revisit or check-in' });
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(T0 + 30 * DAY);

    clock.now = T0 + 100 * DAY;
    expect(await reminders.recount()).toBe(3);
    expect(await badge()).toEqual({ text: '3', title: 'Common Ground: 3 things due for a revisit or check-in' });

    clock.now = T0 + 300 * DAY;
    expect(await reminders.recount()).toBe(4);
    // Nothing more will come due without a change to a board: no alarm waits for it.
    expect(await fakeBrowser.alarms.get(NEXT_ALARM)).toBeUndefined();
  });

  it('counts on every start and on its alarms, and keeps one periodic alarm', async () => {
    const db = freshDb();
    await rowWith(db, { revisits: [], checkIn: T0 + DAY });
    const { reminders, clock } = service(db);
    await reminders.start();
    const tick = await fakeBrowser.alarms.get(TICK_ALARM);
    expect(tick).toMatchObject({ periodInMinutes: TICK_MINUTES });
    expect(await badge()).toMatchObject({ text: '' });

    clock.now = T0 + 2 * DAY;
    await reminders.start();
    // Not made again: that would push it back on every start of the background.
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toEqual(tick);
    expect(await badge()).toMatchObject({ text: '1' });

    clock.now = T0;
    await reminders.onAlarm('someone-else’s');
    expect(await badge()).toMatchObject({ text: '1' });
    await reminders.onAlarm(TICK_ALARM);
    expect(await badge()).toMatchObject({ text: '' });
  });

  it('runs one count at a time; calls made meanwhile share the next', async () => {
    const db = freshDb();
    await rowWith(db, { revisits: [T0], checkIn: null });
    const { reminders } = service(db);
    const counts = await Promise.all([reminders.recount(), reminders.recount(), reminders.recount()]);
    expect(counts).toEqual([1, 1, 1]);
  });

  it('counts rows only: a row without current reminders, or with broken ones, counts nothing and is left as it is', async () => {
    const db = freshDb();
    await rowWith(db, { revisits: [T0 - DAY], checkIn: null });
    const bare = await rowWith(db, { revisits: [T0 - DAY], checkIn: null });
    await db.boards.update(bare, { reminders: undefined });
    const old = await rowWith(db, { revisits: [T0 - DAY], checkIn: null });
    await db.boards.update(old, { reminders: { v: REMINDERS_VERSION - 1, revisits: [T0 - DAY], checkIn: null } });
    // Written by something else than this code (or damaged): only what is a time counts.
    const broken = await rowWith(db, { revisits: [], checkIn: null });
    await db.boards.update(broken, { reminders: { v: REMINDERS_VERSION, revisits: [T0 - DAY, 'soon', null, NaN], checkIn: 'x' } as never });
    const notAList = await rowWith(db, { revisits: [], checkIn: null });
    await db.boards.update(notAList, { reminders: { v: REMINDERS_VERSION, revisits: 'all', checkIn: T0 - DAY } as never });
    const { reminders } = service(db);
    expect(await reminders.recount()).toBe(2);
    expect((await db.boards.get(bare))?.reminders).toBeUndefined();
    expect((await db.boards.get(broken))?.reminders?.revisits).toHaveLength(4);
  });

  it('counts nothing, and makes no database, on a device where the panel never opened', async () => {
    const name = `never-opened-${T0}`;
    const rows = openReminderRows(indexedDB, name);
    expect(await rows.loadAll()).toEqual({ reminders: [], news: [] });
    expect(await rows.loadSetting('remindersLocale')).toBeUndefined();
    await rows.saveSetting('remindersLocale', 'es');
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
    // The panel's Dexie then makes it at its own version, as on any new device.
    const db = openDatabase(name);
    const created = await createBoard(db, { name: 'Us', kind: 'partners', personId: device.personId, personName: 'Sam', now: T0 });
    expect(created.ok).toBe(true);
    db.close();
  });

  it('lets go of the database when the panel needs a newer version of it', async () => {
    const db = freshDb();
    await rowWith(db, { revisits: [T0 - DAY], checkIn: null });
    db.close();
    const rows = openReminderRows(indexedDB, db.name);
    // A read and an upgrade at once: the upgrade is never blocked by the background.
    const reading = rows.loadAll();
    const upgraded = new Dexie(db.name);
    upgraded.version(db.verno + 1).stores({ extra: 'id' });
    await upgraded.open();
    expect((await reading).reminders).toHaveLength(1);
    upgraded.close();
  });

  it('notifies once for each thing as it comes due, only when allowed, never for what was due before', async () => {
    const db = freshDb();
    await rowWith(db, { revisits: [T0 + 10 * DAY, T0 + 20 * DAY], checkIn: 0 });
    await rowWith(db, { revisits: [T0 + 20 * DAY], checkIn: T0 + 20 * DAY });
    const clock = { now: T0 };
    const { reminders, created } = service(db, { allowed: true, clock });
    // The first count on this device: the never-done check-in was due already, and is not news.
    expect(await reminders.recount()).toBe(1);
    expect(created).toEqual([]);

    clock.now = T0 + 10 * DAY;
    await reminders.recount();
    expect(created).toEqual([{ id: 'reminders-due', message: 'When it suits you: an agreement to look at again together.' }]);
    await reminders.recount();
    expect(created).toHaveLength(1);

    clock.now = T0 + 25 * DAY;
    await reminders.recount();
    expect(created[1]?.message).toBe('When it suits you: 2 agreements to look at again together and a check-in.');

    // Not allowed: the count goes on, silently.
    const quiet = service(db, { allowed: false, clock });
    await db.boards.toCollection().modify((row) => void (row.reminders = { v: REMINDERS_VERSION, revisits: [], checkIn: T0 + 30 * DAY }));
    clock.now = T0 + 31 * DAY;
    expect(await quiet.reminders.recount()).toBe(2);
    expect(quiet.created).toEqual([]);
  });
});

describe('the panel works out what the background cannot', () => {
  it('rows saved before reminders came, or by older rules, once, from their boards; never an open board', async () => {
    const db = freshDb();
    const changed = vi.fn();
    const { boardId, handle } = await boardWithAgreement(db);
    await handle.close();
    await db.boards.update(boardId, { reminders: undefined });
    const older = await rowWith(db, { revisits: [], checkIn: null });
    await db.boards.update(older, { reminders: { v: REMINDERS_VERSION - 1, revisits: [], checkIn: null } });
    const current = await rowWith(db, { revisits: [T0], checkIn: null });
    await saveSetting(db, 'personId', device.personId);
    const library = makeLibrary(db, { remindersChanged: changed, permissions: null });

    expect(await library.catchUpReminders()).toBe(2);
    expect((await db.boards.get(boardId))?.reminders).toEqual({ v: REMINDERS_VERSION, revisits: [T0 + 91 * DAY], checkIn: 0 });
    // Worked out again by today's rules: Sam never checked in there.
    expect((await db.boards.get(older))?.reminders).toEqual({ v: REMINDERS_VERSION, revisits: [], checkIn: 0 });
    expect((await db.boards.get(current))?.reminders?.revisits).toEqual([T0]);
    expect(changed).toHaveBeenCalledOnce();
    // The background counts them now.
    const { reminders, clock } = service(db);
    clock.now = T0 + 91 * DAY;
    expect(await reminders.recount()).toBe(4);

    expect(await library.catchUpReminders()).toBe(0);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('a board whose stored updates are corrupt has nothing due, and the others are still worked out', async () => {
    const db = freshDb();
    const first = await rowWith(db, { revisits: [], checkIn: null });
    const second = await rowWith(db, { revisits: [], checkIn: null });
    await db.boards.toCollection().modify((row) => void delete row.reminders);
    await saveSetting(db, 'personId', device.personId);
    // One of the first board's stored updates is not an update.
    await db.updates.add({ boardId: first, update: new Uint8Array([255, 1, 2]) });
    const updatesBefore = await db.updates.where('boardId').equals(first).count();
    const library = makeLibrary(db, { remindersChanged: () => {}, permissions: null });
    expect(await library.catchUpReminders()).toBe(2);
    // Its row says so, so it is not loaded again.
    expect((await db.boards.get(first))?.reminders).toEqual({ v: REMINDERS_VERSION, revisits: [], checkIn: null });
    expect((await db.boards.get(second))?.reminders).toEqual({ v: REMINDERS_VERSION, revisits: [], checkIn: 0 });
    // The stored updates themselves are left as they were.
    expect(await db.updates.where('boardId').equals(first).count()).toBe(updatesBefore);
  });
});

describe('the background’s words', () => {
  it('are in the panel’s language once it says which, else the browser’s', async () => {
    const db = freshDb();
    await rowWith(db, { revisits: [T0 - DAY, T0], checkIn: null });
    const { reminders } = service(db);
    await reminders.recount();
    expect(await badge()).toEqual({ text: '2', title: 'Common Ground: 2 things due for a revisit or check-in' });
    await reminders.recount('es');
    expect(await badge()).toEqual({ text: '2', title: 'Common Ground: 2 cosas pendientes (revisar acuerdos o contar cómo estás)' });
    // Kept for the counts after (an alarm does not say).
    await reminders.onAlarm(TICK_ALARM);
    expect((await badge()).title).toBe('Common Ground: 2 cosas pendientes (revisar acuerdos o contar cómo estás)');
    await useLocale('en');
  });

  it('come only from a message that is the panel’s', () => {
    expect(readRemindersChanged(remindersChanged('es'))).toEqual({ locale: 'es' });
    expect(readRemindersChanged({ kind: 'common-ground/reminders-changed', locale: 'xx' })).toEqual({ locale: undefined });
    expect(readRemindersChanged({ kind: 'something else' })).toBeNull();
    expect(readRemindersChanged('common-ground/reminders-changed')).toBeNull();
  });
});

describe('notifications in Settings', () => {
  function permissions(answer: boolean) {
    let granted = false;
    const port: PermissionsPort = {
      contains: async () => granted,
      request: vi.fn(async () => (granted = answer)),
      remove: vi.fn(async () => !(granted = false)),
    };
    return port;
  }

  it('are on only once the browser allows them, and off gives the permission back', async () => {
    const changed = vi.fn();
    const allowing = permissions(true);
    const library = makeLibrary(freshDb(), { remindersChanged: changed, permissions: allowing });
    expect(await library.notificationsOn()).toBe(false);
    expect(await library.setNotifications(true)).toBe(true);
    expect(allowing.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await library.notificationsOn()).toBe(true);
    expect(await library.setNotifications(false)).toBe(false);
    expect(allowing.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await library.notificationsOn()).toBe(false);
  });

  it('stay off when the browser refuses, or cannot ask', async () => {
    const refusing = makeLibrary(freshDb(), { remindersChanged: () => {}, permissions: permissions(false) });
    expect(await refusing.setNotifications(true)).toBe(false);
    expect(await refusing.notificationsOn()).toBe(false);
    const failing: PermissionsPort = { ...permissions(true), request: () => Promise.reject(new Error('not from a click')) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await makeLibrary(freshDb(), { remindersChanged: () => {}, permissions: failing }).setNotifications(true)).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('the background is told to count again when a board goes', async () => {
    const db = freshDb();
    const changed = vi.fn();
    const library = makeLibrary(db, { remindersChanged: changed, permissions: null });
    const boardId = await rowWith(db, { revisits: [T0], checkIn: null });
    await library.deleteBoard(boardId);
    expect(changed).toHaveBeenCalledOnce();
  });
});
