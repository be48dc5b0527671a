import type * as Y from 'yjs';
import type { Trust } from '@/lib/board/agreement/trustTypes';
import { readReminders, type ReminderPerson } from '@/lib/board/reminders';
import type { CommonGroundDB } from '@/lib/store/db';
import { saveReminders } from '@/lib/store/reminders';

/**
 * Two seconds after the last change: a burst of changes (typing, a peer's
 * sync) is worked out once, in the pause after it, never while someone
 * types. Working a board out checks its signatures (those already checked
 * are remembered) and hashes every agreed text, as the panel's own reading
 * of consent does: 18 ms on 200 items, 60 ms on 1,000 items with 500
 * agreements (Node, bench/reminders.measure.ts).
 */
export const REMINDERS_SETTLE_MS = 2000;

export interface ReminderKeeper {
  /** Works the reminders out now if the board changed since they last were. */
  flush(): Promise<void>;
  /** Stops following the board after a last `flush`; call before the doc is destroyed. */
  stop(): Promise<void>;
}

export interface KeepRemindersOptions {
  /** The board's signatures as this device checks them now (the handle's `trust`). */
  trust(): Promise<Trust>;
  /** Who this device's person is on the board, as of now (their pins grow as people are verified). */
  me(): ReminderPerson;
  /** The row's reminders changed: the toolbar badge should be counted again. */
  onChanged(): void;
  settleMs?: number;
}

/**
 * Keeps an open board's reminders on its row (lib/store/reminders.ts), so
 * the background counts the badge from rows without loading any board. They
 * are worked out when the board opens and in the pause after changes, made
 * here or by a peer; runs never overlap.
 */
export function keepReminders(doc: Y.Doc, db: CommonGroundDB, boardId: string, options: KeepRemindersOptions): ReminderKeeper {
  const settleMs = options.settleMs ?? REMINDERS_SETTLE_MS;
  // True from the start: a board opened for the first time since reminders came has none on its row yet.
  let dirty = true;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const work = async () => {
    if (!dirty) return;
    dirty = false;
    try {
      const reminders = readReminders(doc, await options.trust(), options.me());
      if (await saveReminders(db, boardId, reminders)) options.onChanged();
    } catch (error) {
      // Best effort: the badge keeps the last count, and the next change tries again.
      console.warn('Common Ground: could not keep this board’s reminders', error);
    }
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    chain = chain.then(work);
    return chain;
  };
  // Each change starts the wait again.
  const arm = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void flush(), settleMs);
  };
  const onUpdate = () => {
    dirty = true;
    arm();
  };
  doc.on('update', onUpdate);
  arm();

  return {
    flush,
    async stop() {
      if (stopped) return chain;
      stopped = true;
      doc.off('update', onUpdate);
      await flush();
    },
  };
}
