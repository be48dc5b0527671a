import { awaitsSync, type BoardRecord, type CommonGroundDB } from '@/lib/store/db';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { boardUid, readMeta } from '@/lib/board/meta';
import { boardKey } from '@/lib/board/boardKey';

/** The board with this identity, reading (and remembering) the identity of boards listed before it was kept. */
export const findBoardByUid = (db: CommonGroundDB, uid: string) => findBoard(db, { uid, key: boardKey(uid) });

/** The board whose identity has this short key (a short invite code carries the key, not the identity). */
export const findBoardByKey = (db: CommonGroundDB, key: string) => findBoard(db, { key });

async function findBoard(db: CommonGroundDB, wanted: { uid?: string; key: string }): Promise<BoardRecord | undefined> {
  for (const record of await db.boards.toArray()) {
    const known = record.uid ?? (await readUid(db, record));
    if (known !== undefined) {
      if (wanted.uid !== undefined ? known === wanted.uid : boardKey(known) === wanted.key) return record;
    } else if (record.uidKey === wanted.key) {
      // Joined by a short code and not synced yet: only the key is known so far.
      return record;
    }
  }
  return undefined;
}

async function readUid(db: CommonGroundDB, record: BoardRecord): Promise<string | undefined> {
  const loaded = await loadBoardDoc(db, record.id, { awaitingSync: awaitsSync(record) });
  if (!loaded.ok) return undefined;
  const meta = readMeta(loaded.value);
  loaded.value.destroy();
  if (!meta.ok) return undefined;
  const uid = boardUid(meta.value);
  await db.boards.update(record.id, { uid });
  return uid;
}
