import { expect } from 'vitest';
import type { RelationshipKind } from '@/lib/board/format';
import { openBoardHandle, type BoardHandle } from '@/lib/app/boardHandle';
import { createBoard } from '@/lib/store/boards';
import type { CommonGroundDB } from '@/lib/store/db';
import type { Device } from '@/lib/store/device';
import type { PersistenceOptions } from '@/lib/store/persistence';
import { makeTestPerson } from '@/tests/support/signedPeople';

const sam = await makeTestPerson();
/** This device's person in unit tests: Sam, with a real signing key. */
export const device: Device = { personId: sam.id, signer: sam.signer, displayName: 'Sam', colour: null };

/** Opens a board session that must open (fails the test with the problem otherwise). */
export async function mustOpen(db: CommonGroundDB, boardId: string, options?: PersistenceOptions): Promise<BoardHandle> {
  // As the library opens it, but never with network settings: unit tests do not connect.
  const record = await db.boards.get(boardId);
  const opened = await openBoardHandle(db, boardId, { name: record?.name ?? 'Us', share: record?.share }, device, options);
  if (!opened.ok) expect.fail(`board did not open: ${JSON.stringify(opened.error)}`);
  return opened.value;
}

/** Stores a new board as the board list would, and returns its id. */
export async function newStoredBoard(
  db: CommonGroundDB,
  name = 'Us',
  { kind = 'partners', now = 1 }: { kind?: RelationshipKind; now?: number } = {},
): Promise<string> {
  const created = await createBoard(db, { name, kind, personId: 'p', personName: 'Sam', now });
  if (!created.ok) throw new Error(created.error);
  return created.value.id;
}
