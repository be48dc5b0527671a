import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEWS_BADGE, badgeText, makeReminderService } from '@/lib/app/reminders/service';
import type { CommonGroundDB } from '@/lib/store/db';
import { REMINDERS_VERSION } from '@/lib/store/reminders';
import { openReminderRows } from '@/lib/store/reminderRows';
import { freshDb } from '@/tests/support/db';

const T0 = Date.UTC(2026, 0, 1);
let rows = 0;

/** A board row as the panel and the offscreen document leave it: `newFrom` (anything: rows are untrusted) and, if given, one thing due. */
async function boardRow(db: CommonGroundDB, name: string, newFrom: unknown, { due = false } = {}) {
  await db.boards.add({
    id: `b${String(rows++).padStart(3, '0')}`,
    name,
    kind: 'partners',
    createdAt: 1,
    lastActivityAt: 1,
    newFrom: newFrom as string[],
    reminders: { v: REMINDERS_VERSION, revisits: due ? [T0 - 1] : [], checkIn: null },
  });
}

/** The background's count, reading the rows with plain IndexedDB as the service worker does. */
async function badgeFrom(db: CommonGroundDB, locale: 'en' | 'es' = 'en') {
  const service = makeReminderService({
    rows: openReminderRows(indexedDB, db.name),
    action: fakeBrowser.action,
    alarms: fakeBrowser.alarms,
    notifications: async () => null,
    iconUrl: 'icon-128.png',
    appName: 'Common Ground',
    defaultLocale: locale,
    now: () => T0,
  });
  await service.recount();
  return { text: await fakeBrowser.action.getBadgeText({}), title: await fakeBrowser.action.getTitle({}) };
}

beforeEach(() => fakeBrowser.reset());

describe('the toolbar badge says what is new from others on boards kept in step', () => {
  it('nothing due: a dot, and the title says from whom and where', async () => {
    const db = freshDb();
    await boardRow(db, 'Between calls', ['Alex']);
    await boardRow(db, 'Weekends', undefined);
    expect(await badgeFrom(db)).toEqual({ text: NEWS_BADGE, title: 'Common Ground: new from Alex on “Between calls”' });
  });

  it('something due too: the number stays, and the title gives both', async () => {
    const db = freshDb();
    await boardRow(db, 'Between calls', ['Alex', 'Kim'], { due: true });
    expect(await badgeFrom(db)).toEqual({
      text: '1',
      title: 'Common Ground: new from Alex and Kim on “Between calls”; 1 thing due for a revisit or check-in',
    });
  });

  it('several boards: everyone once, and how many boards; a long list ends in “and n others”', async () => {
    const db = freshDb();
    await boardRow(db, 'Between calls', ['Alex']);
    await boardRow(db, 'Family', ['Kim', 'Alex']);
    expect((await badgeFrom(db)).title).toBe('Common Ground: new from Alex and Kim on 2 boards');
    await boardRow(db, 'Work', ['Jo', 'Ana', 'Lee']);
    expect((await badgeFrom(db)).title).toBe('Common Ground: new from Alex, Kim, Jo and 2 others on 3 boards');
  });

  it('in the panel’s language', async () => {
    const db = freshDb();
    await boardRow(db, 'Entre llamadas', ['Alex', 'Kim'], { due: true });
    expect(await badgeFrom(db, 'es')).toEqual({
      text: '1',
      title: 'Common Ground: novedades de Alex y Kim en «Entre llamadas»; 1 cosa pendiente (revisar un acuerdo o contar cómo estás)',
    });
  });

  it('a malformed field is no news: nothing shown, nothing thrown, the other rows counted as ever', async () => {
    const db = freshDb();
    for (const newFrom of ['Alex', 42, {}, [], [null], [''], ['x'.repeat(41)], Array(9).fill('Alex')])
      await boardRow(db, 'Broken', newFrom);
    expect(await badgeFrom(db)).toEqual({ text: '', title: 'Open Common Ground' });
    await boardRow(db, 'Between calls', ['Alex'], { due: true });
    expect(await badgeFrom(db)).toEqual({
      text: '1',
      title: 'Common Ground: new from Alex on “Between calls”; 1 thing due for a revisit or check-in',
    });
  });

  it('the text fits a badge: a number up to 99+, else the dot, else nothing', () => {
    expect([badgeText(0), badgeText(0, true), badgeText(3, true), badgeText(120, true)]).toEqual(['', NEWS_BADGE, '3', '99+']);
  });
});
