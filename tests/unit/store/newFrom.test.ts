import { describe, expect, it } from 'vitest';
import { NEW_FROM_NAMES, addNewFrom, clearNewFrom, storedNews, withNames } from '@/lib/store/newFrom';
import type { CommonGroundDB } from '@/lib/store/db';
import { freshDb } from '@/tests/support/db';

async function row(db: CommonGroundDB, extra: Record<string, unknown> = {}) {
  await db.boards.add({ id: 'b', name: 'Between calls', kind: 'partners', createdAt: 1, lastActivityAt: 1, ...extra });
  return 'b';
}

describe('"new from" on a board row', () => {
  it('adds names once each, the newest last, at most NEW_FROM_NAMES; says whether the row changed', async () => {
    const db = freshDb();
    const id = await row(db);
    expect(await addNewFrom(db, id, ['Alex'])).toBe(true);
    expect(await addNewFrom(db, id, ['Alex'])).toBe(false);
    expect(await addNewFrom(db, id, ['Kim', 'Alex'])).toBe(true);
    expect((await db.boards.get(id))?.newFrom).toEqual(['Kim', 'Alex']);
    expect(await addNewFrom(db, id, ['  '])).toBe(false);
    const many = Array.from({ length: NEW_FROM_NAMES + 2 }, (_, i) => `P${i}`);
    await addNewFrom(db, id, many);
    expect((await db.boards.get(id))?.newFrom).toEqual(many.slice(-NEW_FROM_NAMES));
    // A board deleted meanwhile stays deleted.
    expect(await addNewFrom(db, 'gone', ['Alex'])).toBe(false);
    expect(await db.boards.get('gone')).toBeUndefined();
  });

  it('replaces a malformed field, and clears it (malformed too) when the board is seen', async () => {
    const db = freshDb();
    const id = await row(db, { newFrom: 'Alex' });
    expect(await addNewFrom(db, id, ['Kim'])).toBe(true);
    expect((await db.boards.get(id))?.newFrom).toEqual(['Kim']);
    expect(await clearNewFrom(db, id)).toBe(true);
    expect(await db.boards.get(id)).not.toHaveProperty('newFrom');
    expect(await clearNewFrom(db, id)).toBe(false);
    await db.boards.update(id, { newFrom: [42] as never });
    expect(await clearNewFrom(db, id)).toBe(true);
  });

  it('withNames keeps names trimmed and cut to a name’s length', () => {
    expect(withNames(['Alex'], [' Kim ', 'Kim', 'x'.repeat(50)])).toEqual(['Alex', 'Kim', 'x'.repeat(40)]);
  });

  it('is read by the background defensively: anything but a short list of names, under a title, is no news', () => {
    const base = { name: 'Between calls' };
    expect(storedNews({ ...base, newFrom: ['Alex', 'Kim'] })).toEqual({ board: 'Between calls', from: ['Alex', 'Kim'] });
    expect(storedNews({ ...base, newFrom: ['Alex', 'Alex'] })).toEqual({ board: 'Between calls', from: ['Alex'] });
    for (const newFrom of [
      undefined,
      null,
      'Alex',
      {},
      [],
      [42],
      ['Alex', null],
      [''],
      ['x'.repeat(41)],
      Array(NEW_FROM_NAMES + 1).fill('A'),
    ]) {
      expect(storedNews({ ...base, newFrom }), JSON.stringify(newFrom)).toBeNull();
    }
    for (const name of [undefined, 7, '', '  ']) expect(storedNews({ name, newFrom: ['Alex'] })).toBeNull();
    for (const notARow of [null, 'row', 3]) expect(storedNews(notARow)).toBeNull();
  });
});
