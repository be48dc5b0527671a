import { dequal } from 'dequal';
import type { Reminders } from '@/lib/board/reminderTimes';
import type { CommonGroundDB, StoredReminders } from '@/lib/store/db';

/**
 * The version of the rules a row's reminders were worked out by. Raise it
 * when `readReminders` changes what it counts: rows of an older version are
 * then worked out again by the panel (`catchUpReminders`), as rows without reminders are.
 */
export const REMINDERS_VERSION = 1;

const isTime = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/**
 * A board row's reminders if they are current, or null if they must be
 * worked out (again) from the board. Rows are untrusted like all stored
 * data: anything that is not a time is dropped, and a row that is not a row
 * has none.
 */
export function storedReminders(row: unknown): Reminders | null {
  const stored = typeof row === 'object' && row !== null ? (row as { reminders?: Partial<StoredReminders> | null }).reminders : null;
  if (typeof stored !== 'object' || stored === null || stored.v !== REMINDERS_VERSION || !Array.isArray(stored.revisits)) return null;
  return { revisits: stored.revisits.filter(isTime), checkIn: isTime(stored.checkIn) ? stored.checkIn : null };
}

/**
 * Keeps a board's reminders on its row, in one transaction. Returns whether
 * they changed: only then need the badge be counted again. A board deleted
 * meanwhile stays deleted.
 */
export async function saveReminders(db: CommonGroundDB, boardId: string, reminders: Reminders): Promise<boolean> {
  const next: StoredReminders = {
    v: REMINDERS_VERSION,
    revisits: [...reminders.revisits].sort((a, b) => a - b),
    checkIn: reminders.checkIn,
  };
  return db.transaction('rw', db.boards, async () => {
    const record = await db.boards.get(boardId);
    if (!record || dequal(record.reminders, next)) return false;
    await db.boards.update(boardId, { reminders: next });
    return true;
  });
}
