import * as Y from 'yjs';
import { expect, it } from 'vitest';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { storedBytes } from '@/lib/store/updateLog';
import { freshDb } from '@/tests/support/db';
import { mustOpen, newStoredBoard } from '@/tests/support/session';
import { seeded } from '@/tests/support/random';

/**
 * Storage after 10,000 small edits on a 100-item board, written through the
 * real persistence (default compaction), against the size of the doc itself.
 */
it('10,000 small edits on a 100-item board', async () => {
  const db = freshDb();
  const boardId = await newStoredBoard(db, 'Busy');
  const session = await mustOpen(db, boardId);
  const ids = Array.from({ length: 100 }, (_, i) => {
    const id = session.addItem(i % 2 ? 'boundary' : 'expectation');
    session.setText(id, `Item ${i}: we check in every Sunday evening.`);
    return id;
  });
  await session.persistence.flush();
  const rng = seeded(7);
  for (let edit = 0; edit < 10_000; edit++) {
    const id = rng.pick(ids);
    const text = session.doc.getMap<Y.Map<unknown>>('items').get(id)!.get('text') as Y.Text;
    const at = rng.int(text.length + 1);
    // Typing: mostly inserts, some deletes, one character at a time.
    if (rng.next() < 0.7 || text.length < 10) session.setText(id, text.toString().slice(0, at) + 'x' + text.toString().slice(at));
    else session.setText(id, text.toString().slice(0, at) + text.toString().slice(at + 1));
    // A write per few keystrokes, as when typing at speed.
    if (edit % 4 === 3) await session.persistence.flush();
  }
  await session.persistence.flush();
  const stored = await storedBytes(db, boardId);
  const rows = await db.updates.where('boardId').equals(boardId).count();
  const liveBytes = Y.encodeStateAsUpdate(session.doc).byteLength;
  await session.close();
  // The live doc keeps deleted text for undo; a doc loaded fresh is what the state really costs.
  const fresh = await loadBoardDoc(db, boardId);
  if (!fresh.ok) throw new Error(JSON.stringify(fresh.error));
  const docBytes = Y.encodeStateAsUpdate(fresh.value).byteLength;
  expect(stored).toBeGreaterThan(0);
  console.log(
    `\nstorage after 10,000 edits on 100 items: ${stored} bytes in ${rows} rows; ` +
      `encodeStateAsUpdate ${docBytes} bytes (live doc with undo history ${liveBytes}); ratio ${(stored / docBytes).toFixed(2)}x (target <= 2x)\n`,
  );
});
