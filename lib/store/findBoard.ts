import { awaitsSync, type BoardRecord, type CommonGroundDB } from '@/lib/store/db';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { boardUid, readMeta } from '@/lib/board/meta';

/** The board with this identity, reading (and remembering) the identity of boards listed before it was kept. */
export async function findBoardByUid(db: CommonGroundDB, uid: string): Promise<BoardRecord | undefined> {
  for (const record of await db.boards.toArray()) {
    let known = record.uid;
    if (known === undefined) {
      const loaded = await loadBoardDoc(db, record.id, { awaitingSync: awaitsSync(record) });
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
