import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem } from '@/lib/board/actions';
import { boardMaps } from '@/lib/board/schema';
import { exportRawBoard } from '@/lib/store/boards';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { compactUpdates } from '@/lib/store/updateLog';
import { freshDb } from '@/tests/support/db';
import { newBoardDoc } from '@/tests/support/docs';
import { mustOpen, newStoredBoard } from '@/tests/support/session';

async function twoBoards() {
  const db = freshDb();
  return { db, damaged: await newStoredBoard(db, 'Damaged'), healthy: await newStoredBoard(db, 'Healthy') };
}

describe('corrupt stored data', () => {
  it.each([
    ['garbage bytes', new Uint8Array([0xff, 0x13, 0x37, 0x00, 0x42, 0x99, 0xde, 0xad])],
    ['an empty update after a truncated one', new Uint8Array([1, 5, 200])],
  ])('a board with %s reports corrupt; the other board still opens', async (_label, garbage) => {
    const { db, damaged, healthy } = await twoBoards();
    await db.updates.add({ boardId: damaged, update: garbage });
    const rowsBefore = await db.updates.where('boardId').equals(damaged).toArray();

    const loaded = await loadBoardDoc(db, damaged);
    expect(loaded).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    // Nothing was written or removed by trying.
    expect(await db.updates.where('boardId').equals(damaged).toArray()).toEqual(rowsBefore);
    // Compaction refuses to touch it too.
    await expect(compactUpdates(db, damaged)).rejects.toThrow();
    expect(await db.updates.where('boardId').equals(damaged).count()).toBe(rowsBefore.length);

    const other = await mustOpen(db, healthy);
    other.setText(other.addItem('boundary'), 'still fine');
    await other.close();
  });

  it('an update whose history is missing is corrupt, not silently partial', async () => {
    const { db, damaged } = await twoBoards();
    const elsewhere = newBoardDoc();
    const before = Y.encodeStateVector(elsewhere);
    addItem(elsewhere, { section: 'boundary', author: 'x', now: 1, text: 'orphan' });
    // Only the second half of another doc's history: Yjs would wait for the rest forever.
    await db.updates.add({ boardId: damaged, update: Y.encodeStateAsUpdate(elsewhere, before) });
    expect(await loadBoardDoc(db, damaged)).toMatchObject({
      ok: false,
      error: { kind: 'corrupt', detail: 'stored updates are incomplete' },
    });
  });

  it('data that decodes but is not a board is corrupt; a newer format says so', async () => {
    const { db, damaged, healthy } = await twoBoards();
    await db.updates.where('boardId').equals(damaged).delete();
    const notBoard = new Y.Doc();
    notBoard.getMap('something').set('else', 1);
    await db.updates.add({ boardId: damaged, update: Y.encodeStateAsUpdate(notBoard) });
    expect(await loadBoardDoc(db, damaged)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });

    const future = newBoardDoc();
    boardMaps(future).meta.set('formatVersion', 7);
    await db.updates.where('boardId').equals(healthy).delete();
    await db.updates.add({ boardId: healthy, update: Y.encodeStateAsUpdate(future) });
    expect(await loadBoardDoc(db, healthy)).toMatchObject({ ok: false, error: { kind: 'newer-format', version: 7 } });
  });

  it('a board with no stored rows at all is corrupt', async () => {
    const { db, damaged } = await twoBoards();
    await db.updates.where('boardId').equals(damaged).delete();
    expect(await loadBoardDoc(db, damaged)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });

  it('exports the raw rows of a damaged board as base64 JSON', async () => {
    const { db, damaged } = await twoBoards();
    const garbage = new Uint8Array([0xff, 0x00, 0x10]);
    await db.updates.add({ boardId: damaged, update: garbage });
    const raw = await exportRawBoard(db, damaged);
    if (!raw.ok) expect.fail(raw.error);
    const parsed = JSON.parse(raw.value) as { board: { name: string }; updates: string[] };
    expect(parsed.board.name).toBe('Damaged');
    expect(parsed.updates).toHaveLength(2);
    expect(Uint8Array.from(atob(parsed.updates[1]!), (c) => c.charCodeAt(0))).toEqual(garbage);
    expect(await exportRawBoard(db, 'missing')).toMatchObject({ ok: false });
  });
});
