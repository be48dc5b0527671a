import type * as Y from 'yjs';
import { ok, type Result } from '@/lib/util/result';
import { loadNotes, saveNotes } from '@/lib/store/notes';
import { listSessions, loadSessionDoc, type SessionSummary } from '@/lib/store/sessions';
import { readPastBoard, type PastBoard } from '@/lib/app/pastBoard';
import type { LibraryDeps } from '@/lib/app/library/deps';

/** What this device kept of a board's past: its sessions, and this person's private notes. */
export interface LibraryHistory {
  /** Past sessions of a board on this device, newest first. */
  listSessions(boardId: string): Promise<SessionSummary[]>;
  /** The board as it was at the end of a past session. */
  openPastSession(sessionId: number): Promise<Result<PastBoard>>;
  /** The board as it was at the end of the last session that ended before `before`, or null if there was none. */
  lastSessionBefore(boardId: string, before: number): Promise<{ session: SessionSummary; doc: Y.Doc } | null>;
  loadNotes(boardId: string): Promise<string>;
  saveNotes(boardId: string, text: string): Promise<void>;
}

export function makeHistory({ db }: LibraryDeps): LibraryHistory {
  return {
    listSessions: (boardId) => listSessions(db, boardId),
    async openPastSession(sessionId) {
      const loaded = await loadSessionDoc(db, sessionId);
      if (!loaded.ok) return loaded;
      const past = await readPastBoard(loaded.value);
      loaded.value.destroy();
      return ok(past);
    },
    async lastSessionBefore(boardId, before) {
      const session = (await listSessions(db, boardId)).find((candidate) => candidate.endedAt <= before);
      if (!session) return null;
      const loaded = await loadSessionDoc(db, session.id);
      return loaded.ok ? { session, doc: loaded.value } : null;
    },
    loadNotes: (boardId) => loadNotes(db, boardId),
    saveNotes: (boardId, text) => saveNotes(db, boardId, text, Date.now()),
  };
}
