import { describe, expect, it } from 'vitest';
import { readItems } from '@/lib/board/read';
import { makeLibrary } from '@/lib/app/library';
import { parseBackup } from '@/lib/store/backup/backup';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { freshDb } from '@/tests/support/db';
import { mustOpen, newStoredBoard } from '@/tests/support/session';

describe('a backup of every board (the temporary-install notice’s button)', () => {
  it('gives one JSON backup a board, raw data for a damaged one, nothing for a joined board still empty', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const ours = await newStoredBoard(db, 'Us', { now: 2 });
    const session = await mustOpen(db, ours);
    session.addItem('boundary', 'I need quiet mornings.');
    await library.saveNotes(ours, 'Only mine.');
    await session.close();
    await newStoredBoard(db, 'Family', { kind: 'family', now: 1 });
    const damaged = await newStoredBoard(db, 'Damaged', { now: 3 });
    await db.updates.add({ boardId: damaged, update: new Uint8Array([0xff, 0x13, 0x37]) });
    // A board joined by invite holds nothing until its first sync.
    const elsewhere = freshDb();
    const inviter = await mustOpen(elsewhere, await newStoredBoard(elsewhere, 'Elsewhere'));
    const code = await makeLibrary(elsewhere).invite(inviter, 'partner');
    await inviter.close();
    if (!code.ok) expect.fail(code.error);
    const joined = await library.joinBoard(code.value);
    if (!joined.ok) expect.fail(joined.error);

    const files = await library.backupEveryBoard(new Date(Date.UTC(2026, 0, 1)));
    const text = (index: number) => files[index]?.text ?? '';
    // Newest activity first, as the list shows them ('Us' was edited just now).
    expect(files.map(({ boardName, kind }) => [boardName, kind])).toEqual([
      ['Us', 'backup'],
      ['Damaged', 'raw'],
      ['Family', 'backup'],
    ]);
    expect(JSON.parse(text(1))).toMatchObject({ format: 'common-ground-raw-board', board: { id: damaged } });
    const us = parseBackup(text(0));
    if (!us.ok) expect.fail(us.error);
    expect(us.value).toMatchObject({ name: 'Us', kind: 'partners' });
    // Private notes stay out, as in every export unless someone asks for them.
    expect(text(0)).not.toContain('Only mine.');
    expect(parseBackup(text(2))).toMatchObject({ ok: true, value: { name: 'Family', kind: 'family' } });

    // Each backup brings its board back on a device that lost it.
    const other = freshDb();
    const imported = await makeLibrary(other).importBackup(text(0));
    if (!imported.ok) expect.fail(imported.error);
    const loaded = await loadBoardDoc(other, imported.value.boardId);
    if (!loaded.ok) expect.fail(JSON.stringify(loaded.error));
    expect(readItems(loaded.value).map((item) => item.text)).toEqual(['I need quiet mornings.']);
  });

  it('gives nothing when there are no boards', async () => {
    expect(await makeLibrary(freshDb()).backupEveryBoard()).toEqual([]);
  });
});
