import type * as Y from 'yjs';
import { makeEmitter } from '@/lib/util/emitter';
import type { CommonGroundDB } from '@/lib/store/db';
import { saveSession } from '@/lib/store/sessions';

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
 * Sessions: a session begins when two or more people are on the board
 * together (or by hand) and ends when they part (or by hand). At its end,
 * this device stores the whole board as it is (lib/store/sessions.ts), for
 * history and for "what changed since last session". Local only.
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
  let saving: Promise<void> = Promise.resolve();
  const sessionChanged = makeEmitter<LiveSession | null>();
  const changed = () => sessionChanged.emit(live);

  const begin = (manual: boolean) => {
    live = { startedAt: now(), manual, people: new Map([[me.personId, me.name]]) };
    changed();
  };
  const finish = () => {
    clearTimeout(partTimer);
    partTimer = undefined;
    const ended = live;
    if (!ended) return saving;
    live = null;
    changed();
    const people = [...ended.people].map(([id, name]) => ({ id, name }));
    saving = saving.then(() => saveSession(db, boardId, doc, { startedAt: ended.startedAt, endedAt: now(), people })).catch(onSaveError);
    return saving;
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
        if (added) changed();
      } else if (live && !live.manual && partTimer === undefined) {
        partTimer = setTimeout(() => void finish(), PART_GRACE_MS);
      }
    },
    close: finish,
    endFor(session) {
      if (live) return saving;
      live = { startedAt: session.startedAt, manual: session.manual, people: new Map(session.people) };
      return finish();
    },
  };
}
