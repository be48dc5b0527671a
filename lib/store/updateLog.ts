import * as Y from 'yjs';
import type { CommonGroundDB } from '@/lib/store/db';
import { encodeBoardState } from '@/lib/store/encodeState';

/**
 * A board's Yjs state is an append-only log of updates, compacted now and
 * then into one row. Why our own log rather than y-dexie: we need to see and
 * handle a failed write (quota, closed database) and corrupt rows ourselves,
 * and to compact inside one IndexedDB transaction so a crash mid-compaction
 * leaves either the old rows or the merged one, never neither.
 */

export class BoardGoneError extends Error {
  override name = 'BoardGoneError';
}

/** Appends updates as one row and marks the board active, atomically. */
export async function appendUpdate(db: CommonGroundDB, boardId: string, update: Uint8Array, now: number): Promise<void> {
  await db.transaction('rw', db.boards, db.updates, async () => {
    // A board deleted (e.g. in another window) must not be resurrected as orphan rows.
    const changed = await db.boards.update(boardId, { lastActivityAt: now });
    // not-ui: for the console; a person reads describeSaveError's words for it (saveErrors.ts)
    if (changed === 0) throw new BoardGoneError(`Board ${boardId} is no longer on this device`);
    await db.updates.add({ boardId, update });
  });
}

export async function loadUpdates(db: CommonGroundDB, boardId: string): Promise<Uint8Array[]> {
  const rows = await db.updates.where('boardId').equals(boardId).toArray();
  return rows.map((row) => row.update);
}

export interface CompactionResult {
  rowsBefore: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Replaces a board's rows by one update holding the same state. The merge is
 * rebuilt from what is stored (not from a live doc), so rows written by
 * another window of this profile are never dropped. Throws if a row is
 * corrupt; the rows are then left untouched.
 */
export async function compactUpdates(db: CommonGroundDB, boardId: string): Promise<CompactionResult> {
  return db.transaction('rw', db.updates, async () => {
    const rows = await db.updates.where('boardId').equals(boardId).toArray();
    const bytesBefore = rows.reduce((sum, row) => sum + row.update.byteLength, 0);
    if (rows.length <= 1) return { rowsBefore: rows.length, bytesBefore, bytesAfter: bytesBefore };
    const doc = new Y.Doc();
    try {
      Y.transact(doc, () => rows.forEach((row) => Y.applyUpdate(doc, row.update)));
      // Without pending data (encodeState.ts): a stored row never carries any
      // today, and if one ever did, the merged row stays readable by loadBoard.
      const merged = encodeBoardState(doc);
      await db.updates.bulkDelete(rows.map((row) => row.seq as number));
      await db.updates.add({ boardId, update: merged });
      return { rowsBefore: rows.length, bytesBefore, bytesAfter: merged.byteLength };
    } finally {
      doc.destroy();
    }
  });
}

/** Bytes of stored Yjs state for a board (the payload, without IndexedDB's own overhead). */
export async function storedBytes(db: CommonGroundDB, boardId: string): Promise<number> {
  let bytes = 0;
  await db.updates
    .where('boardId')
    .equals(boardId)
    .each((row) => {
      bytes += row.update.byteLength;
    });
  return bytes;
}
