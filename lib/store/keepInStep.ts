import type { BoardRecord, CommonGroundDB } from '@/lib/store/db';
import { DATABASE_NAME } from '@/lib/store/dbName';
import { run } from '@/lib/store/plainIndexedDb';

/*
 * Keep in step (issue 19): which boards this device keeps joined in the
 * background. The panel sets it through Dexie; the background service worker
 * reads it with plain IndexedDB (no Dexie, no yjs: it only decides whether
 * the offscreen document should exist). Types only from db.ts.
 */

/** Whether a row asks to be kept in step: the flag on a shared board (a board never shared has no room to keep). */
export const isKeptInStep = (record: Pick<BoardRecord, 'keepInStep' | 'share'>): boolean =>
  record.keepInStep === true && record.share !== undefined;

/** Turns keeping in step on or off for one board on this device. */
export async function setKeepInStep(db: CommonGroundDB, boardId: string, on: boolean): Promise<void> {
  await db.boards.update(boardId, { keepInStep: on });
}

/**
 * Turns keeping in step off for every board on this device (Settings'
 * `Stop keeping all in step`), in one transaction: the background then sees
 * none and closes its document. Resolves to how many boards it was on for.
 */
export function stopKeepingAllInStep(db: CommonGroundDB): Promise<number> {
  return db.boards.filter((record) => record.keepInStep === true).modify({ keepInStep: false });
}

/**
 * Whether any board on this device is kept in step, for the background: every
 * row read in one transaction (a device holds a few dozen at most), and false
 * while there is no database yet. `indexedDB` and `name`: tests pass their own.
 */
export async function anyKeptInStep(indexedDB: IDBFactory, name = DATABASE_NAME): Promise<boolean> {
  const rows = (await run(indexedDB, name, 'boards', 'readonly', (store) => store.getAll() as IDBRequest<BoardRecord[]>)) ?? [];
  return rows.some(isKeptInStep);
}
