import type { CommonGroundDB } from '@/lib/store/db';

/** This device's private notes on a board ('' when there are none). */
export async function loadNotes(db: CommonGroundDB, boardId: string): Promise<string> {
  return (await db.notes.get(boardId))?.text ?? '';
}

export async function saveNotes(db: CommonGroundDB, boardId: string, text: string, now: number): Promise<void> {
  if (text === '') await db.notes.delete(boardId);
  else await db.notes.put({ boardId, text, updatedAt: now });
}
