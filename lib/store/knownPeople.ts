import type { KnownPerson } from '../board/read';
import type { CommonGroundDB } from './db';

/**
 * Adds people seen verified on a board to what this device remembers of it.
 * The first key seen for an id stays (that is the pin); names follow the
 * latest. Returns the list as stored.
 */
export async function rememberPeople(db: CommonGroundDB, boardId: string, seen: readonly KnownPerson[]): Promise<KnownPerson[]> {
  return db.transaction('rw', db.boards, async () => {
    const record = await db.boards.get(boardId);
    if (!record) return [...seen];
    const known = new Map((record.known ?? []).map((person) => [person.id, person]));
    for (const person of seen) {
      const before = known.get(person.id);
      known.set(person.id, before ? { ...before, name: person.name } : person);
    }
    const list = [...known.values()];
    await db.boards.update(boardId, { known: list });
    return list;
  });
}
