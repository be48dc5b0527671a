import type { CommonGroundDB } from '@/lib/store/db';

/**
 * "New from Alex" (issue 19): whose changes reached a board kept in step
 * while no panel showed it, kept on its row for the toolbar badge. The
 * offscreen document writes it (through Dexie), the panel clears it when it
 * opens the board, and the background service worker reads it with plain
 * IndexedDB (`storedNews`; this file imports Dexie's types only, so the
 * worker stays without Dexie). Rows are untrusted like all stored data.
 */

/** Names kept per board: the newest, enough for a title ("new from Alex, Sam and 2 others"). */
export const NEW_FROM_NAMES = 8;
/** As long as a name on a board may be (lib/board/read.ts). */
const NAME_LENGTH = 40;

/** A board's news as the badge reads it: its title on the row, and whose changes came. */
export interface BoardNews {
  board: string;
  from: string[];
}

/** The names a row holds, or null if it holds none or anything that is not a list of names. */
function namesOf(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > NEW_FROM_NAMES) return null;
  if (!value.every((name) => typeof name === 'string' && name.trim() !== '' && name.length <= NAME_LENGTH)) return null;
  return [...new Set(value as string[])];
}

/** A row's news, for the badge, or null: no news, or a field (or title) that is not what this code writes, counts as nothing. */
export function storedNews(row: unknown): BoardNews | null {
  if (typeof row !== 'object' || row === null) return null;
  const { name, newFrom } = row as { name?: unknown; newFrom?: unknown };
  const from = namesOf(newFrom);
  if (!from || typeof name !== 'string' || name.trim() === '') return null;
  return { board: name, from };
}

/** The names with these added, each once, the newest last, at most NEW_FROM_NAMES. */
export function withNames(before: readonly string[], added: readonly string[]): string[] {
  const fresh = added.map((name) => name.trim().slice(0, NAME_LENGTH)).filter((name) => name !== '');
  const all = [...before.filter((name) => !fresh.includes(name)), ...new Set(fresh)];
  return all.slice(-NEW_FROM_NAMES);
}

/**
 * Adds people whose changes arrived to a board's row, in one transaction.
 * Returns whether the row changed (only then need the badge be counted
 * again). A board deleted meanwhile stays deleted; a malformed field is replaced.
 */
export function addNewFrom(db: CommonGroundDB, boardId: string, names: readonly string[]): Promise<boolean> {
  return db.transaction('rw', db.boards, async () => {
    const record = await db.boards.get(boardId);
    if (!record) return false;
    const before = namesOf(record.newFrom) ?? [];
    const next = withNames(before, names);
    if (next.length === 0 || (next.length === before.length && next.every((name, i) => name === before[i]))) return false;
    await db.boards.update(boardId, { newFrom: next });
    return true;
  });
}

/** The person saw the board: no news on its row any more. Returns whether there was any (malformed included). */
export function clearNewFrom(db: CommonGroundDB, boardId: string): Promise<boolean> {
  return db.transaction('rw', db.boards, async () => {
    const record = await db.boards.get(boardId);
    if (!record || record.newFrom === undefined) return false;
    // Dexie removes a property set to undefined.
    await db.boards.update(boardId, { newFrom: undefined });
    return true;
  });
}
