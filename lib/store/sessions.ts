import * as Y from 'yjs';
import { err, ok, type Result } from '../board/result';
import { gunzip, gzip } from './compress';
import type { CommonGroundDB, SessionRecord } from './db';

export interface EndedSession {
  startedAt: number;
  endedAt: number;
  people: { id: string; name: string }[];
}

/** Stores the end of a session: who, when, and the whole board as it is now (compressed). */
export async function saveSession(db: CommonGroundDB, boardId: string, doc: Y.Doc, session: EndedSession): Promise<void> {
  const snapshot = await gzip(Y.encodeStateAsUpdate(doc));
  await db.transaction('rw', db.boards, db.sessions, async () => {
    // Like the update log: a board deleted meanwhile gets no orphan rows.
    if (!(await db.boards.get(boardId))) return;
    await db.sessions.add({ boardId, ...session, snapshot });
  });
}

export type SessionSummary = Omit<SessionRecord, 'snapshot'> & { id: number; bytes: number };

/** A board's past sessions, newest first, without their snapshots. */
export async function listSessions(db: CommonGroundDB, boardId: string): Promise<SessionSummary[]> {
  const rows = await db.sessions.where('[boardId+endedAt]').between([boardId, -Infinity], [boardId, Infinity]).reverse().toArray();
  return rows.map(({ snapshot, ...row }) => ({ ...row, id: row.id!, bytes: snapshot.byteLength }));
}

/** The board as it was at the end of one session, as a doc of its own (read-only by convention). */
export async function loadSessionDoc(db: CommonGroundDB, sessionId: number): Promise<Result<Y.Doc>> {
  const row = await db.sessions.get(sessionId);
  if (!row) return err('That session is no longer on this device.');
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, await gunzip(row.snapshot));
    return ok(doc);
  } catch {
    doc.destroy();
    return err('That session’s saved copy is damaged and cannot be shown. The board itself is not affected.');
  }
}

/** The most recent session's id, if any. */
export async function lastSessionId(db: CommonGroundDB, boardId: string): Promise<number | null> {
  const row = await db.sessions.where('[boardId+endedAt]').between([boardId, -Infinity], [boardId, Infinity]).last();
  return row?.id ?? null;
}
