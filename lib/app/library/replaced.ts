import { makeEmitter } from '@/lib/util/emitter';
import type { LibraryDeps } from '@/lib/app/library/deps';

/** How long a window being replaced waits for its last saves before letting go. */
const LAST_SAVE_MS = 3000;

/**
 * Watches for another window opening this device's boards with a newer
 * version of the database; returns how to hear of it (`onReplaced`).
 * Lives as long as the database: it is closed when this fires.
 */
export function watchReplaced({ db, openHandles }: Pick<LibraryDeps, 'db' | 'openHandles'>): (listener: () => void) => () => void {
  const replaced = makeEmitter();
  // Returning false keeps Dexie from closing at once: first the open boards
  // write what they hold, so nothing typed here is lost to the upgrade.
  db.on('versionchange', () => {
    const flushes = [...openHandles].map((handle) => handle.persistence.flush());
    const timeout = new Promise((done) => setTimeout(done, LAST_SAVE_MS));
    void Promise.race([Promise.allSettled(flushes), timeout]).then(() => {
      db.close();
      replaced.emit();
    });
    return false;
  });
  return replaced.on;
}
