import { randomId } from '@/lib/util/ids';
import type { Backup } from '@/lib/store/backup/backup';
import type { CommonGroundDB } from '@/lib/store/db';
import { findBoardByUid } from '@/lib/store/findBoard';
import { appendUpdate } from '@/lib/store/updateLog';
import { t } from '@/lib/i18n/messages';

export interface Imported {
  boardId: string;
  /** True when the backup merged into a board already on this device. */
  merged: boolean;
}

/**
 * Brings a parsed backup in: merged into the same board if it is already on
 * this device (Yjs merges it like edits from a peer, so nothing on either
 * side is lost), otherwise as a new board (not shared: the room secret is
 * never in a backup). Private notes from the backup are added to this
 * device's notes for the board, never replacing them.
 */
export async function importBackup(db: CommonGroundDB, backup: Backup, now: number): Promise<Imported> {
  const existing = await findBoardByUid(db, backup.uid);
  if (existing) {
    await appendUpdate(db, existing.id, backup.state, now);
    if (backup.notes) await addNotes(db, existing.id, backup.notes, now);
    return { boardId: existing.id, merged: true };
  }
  const boardId = randomId();
  await db.transaction('rw', [db.boards, db.updates, db.notes], async () => {
    await db.boards.add({ id: boardId, name: backup.name, kind: backup.kind, createdAt: now, lastActivityAt: now, uid: backup.uid });
    await db.updates.add({ boardId, update: backup.state });
    if (backup.notes) await db.notes.put({ boardId, text: backup.notes, updatedAt: now });
  });
  return { boardId, merged: false };
}

async function addNotes(db: CommonGroundDB, boardId: string, text: string, now: number): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const current = (await db.notes.get(boardId))?.text ?? '';
    if (current.includes(text)) return;
    // The heading is written into the notes, so it stays in the language it was imported in, like the notes themselves.
    const merged = current ? `${current}\n\n${t.store.backup.notesFromBackup}\n${text}` : text;
    await db.notes.put({ boardId, text: merged, updatedAt: now });
  });
}
