import Dexie, { type EntityTable } from 'dexie';
import { type RelationshipKind, type Role } from '@/lib/board/format';
import type { KnownPerson } from '@/lib/board/read';
import type { Reminders } from '@/lib/board/reminderTimes';
import { DATABASE_NAME } from '@/lib/store/dbName';
import type { Share } from '@/lib/sync/share';

/** Whether a board's doc may still be empty because it comes from another device (see loadBoard.ts). */
export const awaitsSync = (record: Pick<BoardRecord, 'share' | 'joined'> | undefined) =>
  record?.share !== undefined || record?.joined === true;

/** One row per board on this device: what the board list shows without loading any doc. */
export interface BoardRecord {
  id: string;
  name: string;
  kind: RelationshipKind;
  createdAt: number;
  /** Last time anything on the board was saved here; the list is sorted by it. */
  lastActivityAt: number;
  /** Set once the board is shared (invited or joined). Local only: the secret never enters the doc. */
  share?: Share;
  /** The role this person took on the board (picked at creation, or named by the invite). */
  role?: Role;
  /** The board's identity across devices and backups (`boardUid`), once known. */
  uid?: string;
  /**
   * The identity's short key (lib/board/boardKey.ts), for a board joined by a
   * short invite code before its first sync: all that is known of its identity
   * until the board arrives. Not indexed.
   */
  uidKey?: string;
  /** The key fingerprint the invite code named, when this board was joined: the board should be signed by it. */
  invitedBy?: string;
  /** Joined from another device (by invite or pairing): until its first sync the board here is empty, not new. */
  joined?: boolean;
  /** People this device saw verified on the board: their pinned keys (trust on first use; see lib/board/read.ts). */
  known?: KnownPerson[];
  /**
   * The newest counter this device saw verified for each signed statement key
   * on the board (consent and role votes, by `counterKey`; lib/board/agreement/trust.ts):
   * an older statement written back never counts here again. Not indexed.
   */
  counters?: Record<string, number>;
  /**
   * When things on the board come due for this person, as of its last save
   * (lib/store/reminders.ts): the toolbar badge counts from these rows alone.
   * Missing on rows from before reminders, and until a board's first save. Not indexed.
   */
  reminders?: StoredReminders;
  /**
   * This device keeps the board's room joined in the background while the
   * browser is open (issue 19; lib/app/keepInStep). Per device, off unless set.
   * Not indexed: IndexedDB cannot index booleans, and a device's few board
   * rows are read whole (lib/store/keepInStep.ts).
   */
  keepInStep?: boolean;
  /**
   * Whose changes arrived while no panel showed the board, as the
   * background keeping it in step saw them (issue 19; names as the board
   * gives them, lib/store/newFrom.ts): the toolbar badge says "new from
   * Alex". Per device; cleared when a panel opens the board. Not indexed.
   */
  newFrom?: string[];
}

/** A board's reminders as kept on its row; `v` says by which version's rules they were worked out. */
export interface StoredReminders extends Reminders {
  v: number;
}

/** One stored Yjs update of one board. Compaction merges a board's rows into one. */
export interface UpdateRecord {
  seq?: number;
  boardId: string;
  update: Uint8Array;
}

/**
 * One past session on a board, as this device saw it: who took part, when,
 * and the board as it was at the end. Local only, never in the shared doc.
 * `snapshot` is a gzip-compressed Yjs update: the whole board (`full`), or
 * only what changed since the previous session's `stateVector`; see
 * lib/store/sessions.ts.
 */
export interface SessionRecord {
  id?: number;
  boardId: string;
  startedAt: number;
  endedAt: number;
  /** Who was there (names as they were then). */
  people: { id: string; name: string }[];
  snapshot: Uint8Array;
  full: boolean;
  /** The board's Yjs state vector at the end of the session: where the next session's snapshot starts. */
  stateVector: Uint8Array;
}

/** This device's private notes on one board. Never shared, never in the doc. */
export interface NoteRecord {
  boardId: string;
  text: string;
  updatedAt: number;
}

/** Device-local settings (display name, person id). Never shared. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export type CommonGroundDB = Dexie & {
  boards: EntityTable<BoardRecord, 'id'>;
  updates: EntityTable<UpdateRecord, 'seq'>;
  settings: EntityTable<SettingRecord, 'key'>;
  sessions: EntityTable<SessionRecord, 'id'>;
  notes: EntityTable<NoteRecord, 'boardId'>;
};

/**
 * The one database declaration. Add a new `db.version(n)` below the last one
 * for every schema change; never edit a released version.
 * `deps` lets Node tests pass fake-indexeddb.
 */
export function openDatabase(name = DATABASE_NAME, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): CommonGroundDB {
  const db = new Dexie(name, deps) as CommonGroundDB;
  db.version(1).stores({
    boards: 'id, lastActivityAt',
    updates: '++seq, boardId',
    settings: 'key',
  });
  // Version 2 (issue 5): past sessions' snapshots and private notes.
  db.version(2).stores({
    sessions: '++id, boardId, [boardId+endedAt]',
    notes: 'boardId',
  });
  return db;
}
