import { randomId } from '@/lib/util/ids';
import { addBoard } from '@/lib/store/boards';
import type { BoardRecord, CommonGroundDB } from '@/lib/store/db';
import type { Share } from '@/lib/sync/share';
import { type Role } from '@/lib/board/format';

/** What a code for a board on another device says about it, before the board itself arrives. */
export interface JoinedBoard {
  name: string;
  role: Role;
  /**
   * The board's identity (`boardUid`), when the code carries it (pairing
   * codes always do, invite codes since `b`). Kept on the row so a later
   * invite, reset invite, pairing or backup of the same board finds this row
   * (lib/store/findBoard.ts) even before the first sync: until then there is
   * no doc to read the identity from, and the board would be added twice.
   */
  uid?: string;
  /** Its short key instead, when the code carries only that (short invite codes). */
  uidKey?: string;
  /** The key fingerprint of whoever made the code: the board is checked against it. */
  invitedBy?: string;
  /** The room and secret, for a board joined by invite; none when paired without a server. */
  share?: Share;
}

/**
 * The row of a board this device joined, by invite or by pairing code: one
 * shape for both. `joined`: empty until its first sync, not new
 * (lib/store/loadBoard.ts). The kind is a placeholder; the board's own
 * replaces it when it opens.
 */
export function joinedBoardRecord(id: string, joined: JoinedBoard, now: number): BoardRecord {
  return {
    id,
    name: joined.name,
    kind: 'partners',
    createdAt: now,
    lastActivityAt: now,
    role: joined.role,
    ...(joined.share ? { share: joined.share } : {}),
    ...(joined.uid ? { uid: joined.uid } : joined.uidKey ? { uidKey: joined.uidKey } : {}),
    ...(joined.invitedBy ? { invitedBy: joined.invitedBy } : {}),
    joined: true,
  };
}

/** Adds the row of a board joined from another device; returns its new id. */
export async function addJoinedBoard(db: CommonGroundDB, joined: JoinedBoard, now: number): Promise<string> {
  const id = randomId();
  await addBoard(db, joinedBoardRecord(id, joined, now));
  return id;
}
