/**
 * Which boards a panel of this browser shows now, as every extension page
 * can see it: the keeper (in the offscreen document) records "new from
 * Alex" only for a board no panel shows, since a person looking at the board
 * sees the change there (issue 19).
 *
 * Held as Web Locks, one shared lock per board shown, named after it: a
 * lock is the browser's own record of who holds what across the extension's
 * pages (one origin), so the offscreen document can ask for it
 * (`navigator.locks.query()`), and the browser lets it go when the page goes,
 * a crash included. A flag on the board's row would stay set after a crash,
 * and BroadcastChannel cannot be asked, only listened to.
 */

/** The part of the browser's `LockManager` used here; Node tests pass a fake, and without one no board is ever shown. */
export interface LocksPort {
  request(name: string, options: { mode: 'shared' }, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export interface ShownBoards {
  /** A panel shows the board from now until `release`; `granted` once the others can see it. */
  show(boardId: string): { granted: Promise<void>; release(): void };
  /** Whether any page of this browser shows the board now. */
  isShown(boardId: string): Promise<boolean>;
}

const lockName = (boardId: string) => `common-ground/shown/${boardId}`;

export function makeShownBoards(locks: LocksPort | undefined): ShownBoards {
  return {
    show(boardId) {
      if (!locks) return { granted: Promise.resolve(), release: () => {} };
      let release!: () => void;
      const released = new Promise<void>((done) => (release = done));
      let granted!: () => void;
      const grantedNow = new Promise<void>((done) => (granted = done));
      // Shared: two panels may show the same board. Held until released (or the page goes).
      locks
        .request(lockName(boardId), { mode: 'shared' }, () => {
          granted();
          return released;
        })
        .catch((error: unknown) => {
          // Not shown to the others: at worst the badge says "new" about what this panel shows.
          console.warn('Common Ground: could not say that this panel shows a board', error);
          granted();
        });
      return { granted: grantedNow, release };
    },
    async isShown(boardId) {
      if (!locks) return false;
      const name = lockName(boardId);
      return ((await locks.query()).held ?? []).some((lock) => lock.name === name);
    },
  };
}
