import { mergeKnown, type KnownPerson } from '@/lib/board/read';
import type { CommonGroundDB } from '@/lib/store/db';

/** Adds people seen verified on a board to what this device remembers of it (`mergeKnown`); returns the list as stored. */
export async function rememberPeople(db: CommonGroundDB, boardId: string, seen: readonly KnownPerson[]): Promise<KnownPerson[]> {
  return db.transaction('rw', db.boards, async () => {
    const record = await db.boards.get(boardId);
    if (!record) return [...seen];
    const list = mergeKnown(record.known ?? [], seen);
    await db.boards.update(boardId, { known: list });
    return list;
  });
}
