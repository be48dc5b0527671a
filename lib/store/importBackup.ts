import { boardUid, readMeta } from '../board/read';
import { randomId } from '../board/ids';
import type { Backup } from './backup';
import type { BoardRecord, CommonGroundDB } from './db';
import { loadBoardDoc } from './loadBoard';
import { appendUpdate } from './updateLog';

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
  const existing = await findBoard(db, backup.uid);
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

/** The board with this identity, reading (and remembering) the identity of boards listed before it was kept. */
async function findBoard(db: CommonGroundDB, uid: string): Promise<BoardRecord | undefined> {
  for (const record of await db.boards.toArray()) {
    let known = record.uid;
    if (known === undefined) {
      const loaded = await loadBoardDoc(db, record.id, { awaitingSync: record.share !== undefined });
      if (!loaded.ok) continue;
      const meta = readMeta(loaded.value);
      loaded.value.destroy();
      if (!meta.ok) continue;
      known = boardUid(meta.value);
      await db.boards.update(record.id, { uid: known });
    }
    if (known === uid) return record;
  }
  return undefined;
}

async function addNotes(db: CommonGroundDB, boardId: string, text: string, now: number): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const current = (await db.notes.get(boardId))?.text ?? '';
    if (current.includes(text)) return;
    const merged = current ? `${current}\n\n— From a backup —\n${text}` : text;
    await db.notes.put({ boardId, text: merged, updatedAt: now });
  });
}
