import * as Y from 'yjs';
import { err, ok, type Result } from '@/lib/util/result';
import { gunzip, gzip } from '@/lib/store/compress';
import type { CommonGroundDB, SessionRecord } from '@/lib/store/db';
import { encodeBoardState } from '@/lib/store/encodeState';
import { t } from '@/lib/i18n/messages';

export interface EndedSession {
  startedAt: number;
  endedAt: number;
  people: { id: string; name: string }[];
}

/**
 * Every this many sessions, a snapshot holds the whole board; in between, only
 * what changed since the session before. So storage grows with what people
 * change, not with (sessions x board size), and a damaged row costs at most
 * the sessions up to the next whole one.
 */
export const FULL_SNAPSHOT_EVERY = 20;

/**
 * Stores a session: who, when, and the board as it is now. `replacing` picks
 * the row stored for this session before, if any (sessions are stored as
 * they go: sessionTracker.ts), which is brought up to now in place; without
 * one, a new row. Returns the row's id (undefined if the board was deleted).
 */
export async function saveSession(
  db: CommonGroundDB,
  boardId: string,
  doc: Y.Doc,
  session: EndedSession,
  replacing?: (row: SessionRecord) => boolean,
): Promise<number | undefined> {
  const stateVector = Y.encodeStateVector(doc);
  // Read and compressed before the write transaction: IndexedDB closes a
  // transaction that waits on anything else. A row another window adds
  // meanwhile does no harm: each change row holds everything since the row
  // it started from, and loading applies every row in order.
  const chain = await db.sessions.where('boardId').equals(boardId).sortBy('id');
  const at = replacing ? chain.findIndex(replacing) : -1;
  // A row brought up to now keeps its place: whole if it was, else the changes since the row before it.
  const before = at >= 0 ? chain.slice(0, at) : chain;
  const lastFull = before.map((row) => row.full).lastIndexOf(true);
  const previous = before[before.length - 1];
  // Whole also when nothing is before it (the rows before a replaced one deleted since).
  const full = !previous || (at >= 0 ? chain[at]!.full : lastFull < 0 || before.length - lastFull >= FULL_SNAPSHOT_EVERY);
  // Never pending data: loadSessionDoc refuses a chain that leaves any (encodeState.ts).
  const snapshot = await gzip(full ? encodeBoardState(doc) : encodeBoardState(doc, previous.stateVector));
  return db.transaction('rw', db.boards, db.sessions, async () => {
    // Like the update log: a board deleted meanwhile gets no orphan rows.
    if (!(await db.boards.get(boardId))) return undefined;
    const row = { boardId, ...session, snapshot, full, stateVector };
    // A row deleted meanwhile (the board's history cleared) is not brought back.
    if (at >= 0) return (await db.sessions.update(chain[at]!.id!, row)) ? chain[at]!.id : undefined;
    return db.sessions.add(row);
  });
}

export type SessionSummary = Omit<SessionRecord, 'snapshot' | 'stateVector' | 'full'> & { id: number; bytes: number };

/** A board's past sessions, newest first, without their snapshots. */
export async function listSessions(db: CommonGroundDB, boardId: string): Promise<SessionSummary[]> {
  const rows = await db.sessions.where('[boardId+endedAt]').between([boardId, -Infinity], [boardId, Infinity]).reverse().toArray();
  return rows.map(({ snapshot, stateVector: _sv, full: _full, ...row }) => ({ ...row, id: row.id!, bytes: snapshot.byteLength }));
}

/**
 * The board as it was at the end of one session, as a doc of its own (read
 * only by convention): the whole snapshot before it, and every change since.
 */
export async function loadSessionDoc(db: CommonGroundDB, sessionId: number): Promise<Result<Y.Doc>> {
  const target = await db.sessions.get(sessionId);
  if (!target) return err(t.store.sessionGone);
  const chain = (await db.sessions.where('boardId').equals(target.boardId).sortBy('id')).filter((row) => row.id! <= sessionId);
  const start = chain.map((row) => row.full).lastIndexOf(true);
  const doc = new Y.Doc();
  try {
    if (start < 0) throw new Error('no whole snapshot before this session');
    for (const row of chain.slice(start)) Y.applyUpdate(doc, await gunzip(row.snapshot));
    if (doc.store.pendingStructs || doc.store.pendingDs) throw new Error('snapshot chain has a gap');
    return ok(doc);
  } catch {
    doc.destroy();
    return err(t.store.sessionDamaged);
  }
}
