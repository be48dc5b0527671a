import type * as Y from 'yjs';
import { makeEmitter } from '@/lib/util/emitter';
import { saveSession } from '@/lib/store/sessions';
import type { CommonGroundDB, SessionRecord } from '@/lib/store/db';

export interface LiveSession {
  startedAt: number;
  /** Started with `Start session` (ends only with `End session` or when the board closes). */
  manual: boolean;
  /** Everyone who took part so far, this person included. */
  people: Map<string, string>;
}

export interface SessionTracker {
  current(): LiveSession | null;
  onChange(listener: (session: LiveSession | null) => void): () => void;
  /** `Start session`: someone working alone with the board (a therapist preparing). */
  start(): void;
  /** `End session`: stores the snapshot now. */
  end(): Promise<void>;
  /** Who else is here now, from the connection. Starts a session when someone is, ends it when all have gone. */
  setOthers(others: readonly { personId: string; name: string }[]): void;
  /** The board is closing: a live session ends with it. */
  close(): Promise<void>;
  /**
   * Ends, and stores, a session that began elsewhere: a panel that used this
   * board's connection in the background went away with it live
   * (lib/app/keepInStep/attend.ts), its page gone before it could store it.
   */
  endFor(session: LiveSession): Promise<void>;
}

/** After the last other person leaves, how long before the session ends (a dropped connection comes back in seconds). */
export const PART_GRACE_MS = 20_000;

/**
 * While a session is live it is stored as it goes, at most this long after
 * a change (or someone joining): a page cannot finish a write as it closes,
 * so a session still live when both people closed their panels, as a call
 * ends, was never stored. Now at most this much of it is missing from its
 * snapshot (and shows next time under "What changed"). Each store rewrites
 * the session's one row (lib/store/sessions.ts).
 */
export const CHECKPOINT_MS = 10_000;

/**
 * Sessions: a session begins when two or more people are on the board
 * together (or by hand) and ends when they part (or by hand). At its end,
 * this device stores the whole board as it is (lib/store/sessions.ts), for
 * history and for "what changed since last session", and it is stored as
 * it goes too (CHECKPOINT_MS). Local only.
 */
export function makeSessionTracker(
  db: CommonGroundDB,
  boardId: string,
  doc: Y.Doc,
  me: { personId: string; name: string },
  now: () => number,
  onSaveError: (error: unknown) => void,
): SessionTracker {
  let live: LiveSession | null = null;
  let partTimer: ReturnType<typeof setTimeout> | undefined;
  let checkpointTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  const sessionChanged = makeEmitter<LiveSession | null>();
  const changed = () => sessionChanged.emit(live);

  /** Each session's row once a store made one: every later store of that session rewrites it. */
  const rows = new WeakMap<LiveSession, number>();
  /**
   * Stores `session` as ending now, after any store before it. `rowOf` finds
   * its row, read when this store runs, so a store still being written when
   * the next begins is found, not doubled.
   */
  const store = (session: LiveSession, rowOf = (row: SessionRecord) => row.id === rows.get(session)) => {
    const people = [...session.people].map(([id, name]) => ({ id, name }));
    const ended = { startedAt: session.startedAt, endedAt: now(), people };
    saving = saving
      .then(() => saveSession(db, boardId, doc, ended, rowOf))
      .then((id) => {
        if (id !== undefined) rows.set(session, id);
      })
      .catch(onSaveError);
    return saving;
  };
  const checkpoint = () => {
    checkpointTimer = undefined;
    if (live) void store(live);
  };
  const soon = () => {
    if (live && checkpointTimer === undefined) checkpointTimer = setTimeout(checkpoint, CHECKPOINT_MS);
  };

  const begin = (manual: boolean) => {
    live = { startedAt: now(), manual, people: new Map([[me.personId, me.name]]) };
    doc.on('update', soon);
    changed();
  };
  const finish = () => {
    clearTimeout(partTimer);
    partTimer = undefined;
    clearTimeout(checkpointTimer);
    checkpointTimer = undefined;
    const ended = live;
    if (!ended) return saving;
    doc.off('update', soon);
    live = null;
    changed();
    return store(ended);
  };

  return {
    current: () => live,
    onChange: sessionChanged.on,
    start() {
      if (!live) begin(true);
      else if (!live.manual) {
        live.manual = true;
        changed();
      }
    },
    end: finish,
    setOthers(others) {
      if (others.length > 0) {
        clearTimeout(partTimer);
        partTimer = undefined;
        if (!live) begin(false);
        let added = false;
        for (const other of others) {
          if (!live!.people.has(other.personId)) added = true;
          live!.people.set(other.personId, other.name);
        }
        if (added) {
          changed();
          soon();
        }
      } else if (live && !live.manual && partTimer === undefined) {
        partTimer = setTimeout(() => void finish(), PART_GRACE_MS);
      }
    },
    close: finish,
    endFor(session) {
      if (live) return saving;
      // Into the row the panel stored as the session went, if it got to store one.
      return store(session, (row) => row.startedAt === session.startedAt);
    },
  };
}
