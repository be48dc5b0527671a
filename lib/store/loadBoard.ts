import * as Y from 'yjs';
import { migrateBoard } from '@/lib/board/migrate';
import { origins } from '@/lib/board/origins';
import { err, ok, type Result } from '@/lib/util/result';
import type { CommonGroundDB } from '@/lib/store/db';
import { loadUpdates } from '@/lib/store/updateLog';
import { readMeta } from '@/lib/board/meta';

export type LoadProblem = { kind: 'missing' } | { kind: 'corrupt'; detail: string } | { kind: 'newer-format'; version: number };

/**
 * Rebuilds a board's Y.Doc from its stored rows. Stored bytes are untrusted
 * (a damaged disk, a buggy older version): anything that does not decode, or
 * leaves Yjs waiting for missing pieces, or is not a board, is reported as a
 * problem and the doc is thrown away. Nothing is written back on failure.
 */
export async function loadBoardDoc(
  db: CommonGroundDB,
  boardId: string,
  { awaitingSync = false, stored }: { awaitingSync?: boolean; stored?: Uint8Array[] } = {},
): Promise<Result<Y.Doc, LoadProblem>> {
  const updates = stored ?? (await loadUpdates(db, boardId));
  // A board joined from an invite has nothing stored until the first sync.
  if (updates.length === 0 && awaitingSync) return ok(new Y.Doc());
  if (updates.length === 0) return err({ kind: 'corrupt', detail: 'no stored data' });
  const doc = new Y.Doc();
  const problem = applyStored(doc, updates, awaitingSync);
  if (problem) {
    doc.destroy();
    return err(problem);
  }
  migrateBoard(doc);
  return ok(doc);
}

function applyStored(doc: Y.Doc, updates: Uint8Array[], awaitingSync: boolean): LoadProblem | null {
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update, origins.storage);
    }, origins.storage);
  } catch (error) {
    return { kind: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  // Every stored row was written from an integrated doc, so a sound log never
  // leaves structs waiting for missing history.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    return { kind: 'corrupt', detail: 'stored updates are incomplete' };
  }
  const meta = readMeta(doc);
  // Edits made on a joined board before its first sync are kept; the meta comes with the sync.
  if (!meta.ok && meta.error.kind === 'not-a-board' && awaitingSync) return null;
  if (!meta.ok) {
    return meta.error.kind === 'newer-format'
      ? { kind: 'newer-format', version: meta.error.version }
      : { kind: 'corrupt', detail: 'stored data is not a board' };
  }
  return null;
}
