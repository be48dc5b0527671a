import type { CommonGroundDB } from '@/lib/store/db';

/** Bytes each board takes on this device: its stored updates and its past sessions' snapshots. */
export async function storageUse(db: CommonGroundDB): Promise<Map<string, number>> {
  const use = new Map<string, number>();
  const add = (boardId: string, bytes: number) => use.set(boardId, (use.get(boardId) ?? 0) + bytes);
  await db.updates.each((row) => add(row.boardId, row.update.byteLength));
  await db.sessions.each((row) => add(row.boardId, row.snapshot.byteLength));
  await db.notes.each((row) => add(row.boardId, row.text.length * 2));
  return use;
}
