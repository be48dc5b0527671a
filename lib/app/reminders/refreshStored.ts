import { checkTrust } from '@/lib/board/agreement/trust';
import { readReminders } from '@/lib/board/reminders';
import { NO_REMINDERS, type Reminders } from '@/lib/board/reminderTimes';
import { getBoard } from '@/lib/store/boards';
import { awaitsSync, type CommonGroundDB } from '@/lib/store/db';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { saveReminders } from '@/lib/store/reminders';
import { loadCounters } from '@/lib/store/statementCounters';

/**
 * Works a board's reminders out from what is stored, and keeps them on its
 * row: for boards not open here whose row has none (saved before
 * reminders came, or brought in from a backup). This loads the whole board
 * and checks its signatures, so the panel does it once per such board
 * (`catchUpReminders`, and after an import); the background, which must
 * stay small, never does. A board that cannot be read has nothing due.
 */
export async function refreshStoredReminders(db: CommonGroundDB, boardId: string, personId: string): Promise<Reminders> {
  const record = await getBoard(db, boardId);
  if (!record) return NO_REMINDERS;
  const [loaded, counters] = await Promise.all([
    loadBoardDoc(db, boardId, { awaitingSync: awaitsSync(record) }),
    loadCounters(db, boardId),
  ]);
  let reminders = NO_REMINDERS;
  if (loaded.ok) {
    const doc = loaded.value;
    try {
      const known = record.known ?? [];
      const trust = await checkTrust(doc, new Map(known.map((person) => [person.id, person.key])), counters);
      reminders = readReminders(doc, trust, { personId, joinedAs: record.role ?? 'partner', known });
    } finally {
      doc.destroy();
    }
  }
  await saveReminders(db, boardId, reminders);
  return reminders;
}
