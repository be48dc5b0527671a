import { liveQuery } from 'dexie';
import * as Y from 'yjs';
import { setPerson } from '@/lib/board/actions';
import { type RelationshipKind, type Role } from '@/lib/board/format';
import { randomId } from '@/lib/util/ids';
import { cleanName } from '@/lib/board/people/names';
import { err, ok, type Result } from '@/lib/util/result';
import { initBoard } from '@/lib/board/schema';
import { toBase64 } from '@/lib/util/base64';
import type { Share } from '@/lib/sync/share';
import type { BoardRecord, CommonGroundDB } from '@/lib/store/db';
import { encodeBoardState } from '@/lib/store/encodeState';
import { boardUid } from '@/lib/board/meta';
import { t } from '@/lib/i18n/messages';

export interface CreateBoard {
  name: string;
  kind: RelationshipKind;
  personId: string;
  personName: string;
  personColour?: string | null;
  role?: Role;
  now: number;
}

/** Creates a board's doc and stores its row and first update in one transaction. */
export async function createBoard(db: CommonGroundDB, input: CreateBoard): Promise<Result<BoardRecord>> {
  const name = cleanName(input.name);
  if (!name.ok) return name;
  const id = randomId();
  const doc = new Y.Doc();
  initBoard(doc, { title: name.value, kind: input.kind, createdAt: input.now, createdBy: input.personId });
  const role = input.role ?? 'partner';
  setPerson(doc, input.personId, { name: input.personName, colour: input.personColour, role }, input.now);
  const update = encodeBoardState(doc);
  doc.destroy();
  const record: BoardRecord = {
    id,
    name: name.value,
    kind: input.kind,
    createdAt: input.now,
    lastActivityAt: input.now,
    role,
    uid: boardUid({ createdBy: input.personId, createdAt: input.now }),
  };
  await db.transaction('rw', db.boards, db.updates, async () => {
    await db.boards.add(record);
    await db.updates.add({ boardId: id, update });
  });
  return ok(record);
}

/** Renames the list row only; the shared title is changed through the board session. */
export async function setBoardName(db: CommonGroundDB, boardId: string, name: string): Promise<void> {
  await db.boards.update(boardId, { name });
}

/** The list row follows the open board's shared title and kind (a kind this version does not know is left as it was). */
export async function setBoardListing(
  db: CommonGroundDB,
  boardId: string,
  listing: { name: string; kind?: RelationshipKind },
): Promise<void> {
  await db.boards.update(boardId, listing);
}

/**
 * The room and secret the board is shared in (local only: never in the doc).
 * `invitedBy`, when given, is whose code this device took it from: the board
 * is checked against that key from now on.
 */
export async function setBoardShare(db: CommonGroundDB, boardId: string, share: Share, invitedBy?: string): Promise<void> {
  await db.boards.update(boardId, { share, ...(invitedBy ? { invitedBy } : {}) });
}

/** The board on this device shared in `room`, if any. */
export function findBoardByRoom(db: CommonGroundDB, room: string): Promise<BoardRecord | undefined> {
  return db.boards.filter((record) => record.share?.room === room).first();
}

/** Stores a board row made elsewhere (a board joined from another device: lib/app/library/joinedBoard.ts). */
export async function addBoard(db: CommonGroundDB, record: BoardRecord): Promise<void> {
  await db.boards.add(record);
}

/** Removes every row of the board from this device, atomically: its updates, past sessions and private notes too. */
export async function deleteBoard(db: CommonGroundDB, boardId: string): Promise<void> {
  await db.transaction('rw', [db.boards, db.updates, db.sessions, db.notes], async () => {
    await db.updates.where('boardId').equals(boardId).delete();
    await db.sessions.where('boardId').equals(boardId).delete();
    await db.notes.delete(boardId);
    await db.boards.delete(boardId);
  });
}

export function listBoards(db: CommonGroundDB): Promise<BoardRecord[]> {
  return db.boards.orderBy('lastActivityAt').reverse().toArray();
}

export function getBoard(db: CommonGroundDB, boardId: string): Promise<BoardRecord | undefined> {
  return db.boards.get(boardId);
}

/** Calls `onChange` with the board list, newest activity first, whenever it changes. */
export function watchBoards(db: CommonGroundDB, onChange: (boards: BoardRecord[]) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(() => listBoards(db)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/**
 * Everything stored for a board, as a JSON file a person can keep or hand to
 * support when the board itself cannot be opened. Updates are base64.
 */
export async function exportRawBoard(db: CommonGroundDB, boardId: string): Promise<Result<string>> {
  const board = await db.boards.get(boardId);
  if (!board) return err(t.store.boardGone);
  const rows = await db.updates.where('boardId').equals(boardId).toArray();
  return ok(
    JSON.stringify(
      {
        format: 'common-ground-raw-board',
        version: 1,
        exportedAt: new Date().toISOString(),
        board,
        updates: rows.map((row) => toBase64(row.update)),
      },
      null,
      2,
    ),
  );
}
