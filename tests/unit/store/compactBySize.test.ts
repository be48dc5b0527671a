import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem } from '@/lib/board/actions';
import { readItems } from '@/lib/board/read';
import { boardMaps } from '@/lib/board/schema';
import type { CommonGroundDB } from '@/lib/store/db';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { makePersistence } from '@/lib/store/persistence';
import { storedBytes } from '@/lib/store/updateLog';
import { freshDb } from '@/tests/support/db';
import { newStoredBoard } from '@/tests/support/session';

/**
 * Issue 13, case 3: a peer that inserts and deletes 4 MiB again and again.
 * Before compaction by size, 20 rounds left ~80 MiB stored for an empty board
 * (compaction waited for 500 rows). Each update arrives as from a peer and is
 * written by the board's persistence, as in life; the log is then read back
 * by the same loader that opens boards.
 */

const MiB = 1024 * 1024;
const ROUNDS = 20;
/** Row and header overhead the bound allows on top of 2x the board's encoding. */
const SLACK = 4096;

async function openStored(db: CommonGroundDB) {
  const boardId = await newStoredBoard(db);
  const loaded = await loadBoardDoc(db, boardId);
  if (!loaded.ok) expect.fail(`board did not load: ${JSON.stringify(loaded.error)}`);
  const doc = loaded.value;
  const persistence = makePersistence(doc, db, boardId);
  const itemId = addItem(doc, { section: 'boundary', author: 'p', now: 2, text: 'I need quiet mornings.' });
  // A peer holding the same board, whose every update reaches `doc` as a remote one.
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const send = async (edit: () => void) => {
    const before = Y.encodeStateVector(peer);
    edit();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'peer');
    await persistence.flush();
  };
  return { boardId, doc, itemId, persistence, peer, send };
}

async function expectReadsBack(db: CommonGroundDB, boardId: string, doc: Y.Doc) {
  const again = await loadBoardDoc(db, boardId);
  if (!again.ok) expect.fail(`board did not reload: ${JSON.stringify(again.error)}`);
  expect(readItems(again.value)).toEqual(readItems(doc));
  again.value.destroy();
}

describe('compaction by size', () => {
  it('keeps a board churned by 20 inserts and deletes of 4 MiB within 2x its own encoding', async () => {
    const db = freshDb();
    const { boardId, doc, itemId, persistence, peer, send } = await openStored(db);
    const text = () => boardMaps(peer).items.get(itemId)!.get('text') as Y.Text;
    const big = 'x'.repeat(4 * MiB);
    for (let round = 0; round < ROUNDS; round++) {
      await send(() => text().insert(0, big));
      await send(() => text().delete(0, big.length));
    }
    await persistence.flush();

    const encoded = Y.encodeStateAsUpdate(doc).byteLength;
    expect(await storedBytes(db, boardId)).toBeLessThanOrEqual(2 * encoded + SLACK);
    await expectReadsBack(db, boardId, doc);
    await persistence.destroy();
  });

  it('keeps a large value overwritten again and again within 2x the largest state it reached', async () => {
    // A map value counts as one deleted entry however large it is, so this
    // shape is bounded by the growth rule: never more than ~2x its peak.
    const db = freshDb();
    const { boardId, doc, itemId, persistence, peer, send } = await openStored(db);
    const item = () => boardMaps(peer).items.get(itemId)!;
    let peak = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await send(() => item().set('note', `${round}`.padEnd(4 * MiB, 'y')));
      peak = Math.max(peak, Y.encodeStateAsUpdate(doc).byteLength);
      await send(() => item().set('note', 'small'));
      expect(await storedBytes(db, boardId)).toBeLessThanOrEqual(2 * peak + SLACK);
    }
    await expectReadsBack(db, boardId, doc);
    await persistence.destroy();
  });

  it('leaves a small board’s everyday edits to the row rule', async () => {
    const db = freshDb();
    const { boardId, doc, itemId, persistence, peer, send } = await openStored(db);
    const text = () => boardMaps(peer).items.get(itemId)!.get('text') as Y.Text;
    for (let edit = 0; edit < 100; edit++) {
      await send(() => text().insert(text().length, ` ${edit}`));
      if (edit % 3 === 0) await send(() => text().delete(0, 1));
    }
    // The board's first row, the local addItem's, then one row per peer update: nothing merged.
    expect(await db.updates.where('boardId').equals(boardId).count()).toBe(2 + 100 + 34);
    await expectReadsBack(db, boardId, doc);
    await persistence.destroy();
  });
});
