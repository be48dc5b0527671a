import { dequal } from 'dequal';
import type { Reminders } from '@/lib/board/reminders';
import type { BoardRecord, CommonGroundDB, StoredReminders } from '@/lib/store/db';

/**
 * The version of the rules a row's reminders were worked out by. Raise it
 * when `readReminders` changes what it counts: rows of an older version are
 * then worked out again, as rows without reminders are.
 */
export const REMINDERS_VERSION = 1;

/** A row's reminders if they are current; null if they must be worked out (again) from the board. */
export function storedReminders(record: Pick<BoardRecord, 'reminders'>): Reminders | null {
  const stored = record.reminders;
  if (stored?.v !== REMINDERS_VERSION || !Array.isArray(stored.revisits)) return null;
  const revisits = stored.revisits.filter((at) => typeof at === 'number' && !Number.isNaN(at));
  const checkIn = typeof stored.checkIn === 'number' && !Number.isNaN(stored.checkIn) ? stored.checkIn : null;
  return { revisits, checkIn };
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

/** Every board's reminders as rows hold them (null where they must be worked out); no board is loaded. */
export async function loadAllReminders(db: CommonGroundDB): Promise<{ boardId: string; reminders: Reminders | null }[]> {
  const records = await db.boards.toArray();
  return records.map((record) => ({ boardId: record.id, reminders: storedReminders(record) }));
}
