import { NOTIFICATIONS } from '@/lib/app/reminders/ports';
import { refreshStoredReminders } from '@/lib/app/reminders/refreshStored';
import type { LibraryDeps } from '@/lib/app/library/deps';
import { listBoards } from '@/lib/store/boards';
import { loadPersonId } from '@/lib/store/device';
import { storedReminders } from '@/lib/store/reminders';

/** The reminders as the panel serves them: notifications on or off, and rows the background cannot work out itself. */
export interface LibraryReminders {
  /** Whether notifications are on: the browser's permission is the setting, so turning it off there turns it off here. */
  notificationsOn(): Promise<boolean>;
  /**
   * Turns notifications on (asking the browser for the permission) or off
   * (giving the permission back). Call it straight from the person's click:
   * Firefox lets an extension ask only while handling one. Resolves to
   * whether they are on now: false after asking means the browser refused.
   */
  setNotifications(on: boolean): Promise<boolean>;
  /**
   * Works out the reminders of every board whose row has none current (saved
   * before reminders came, or by older rules: `REMINDERS_VERSION`), from the
   * board, one at a time. The background counts rows only and never loads a
   * board, so until this has run (the first time the panel opens after an
   * update) such a board counts nothing. Boards open in this window keep
   * their own (keepReminders.ts). Resolves to how many boards it worked out.
   */
  catchUpReminders(): Promise<number>;
}

export function makeReminders({ db, openHandles, platform }: LibraryDeps): LibraryReminders {
  const { permissions } = platform;
  return {
    notificationsOn: async () => (permissions ? permissions.contains(NOTIFICATIONS) : false),
    setNotifications(on) {
      if (!permissions) return Promise.resolve(false);
      // Asked before anything is awaited: an await first would leave the click's handling in Firefox.
      if (on) {
        return permissions.request(NOTIFICATIONS).catch((error: unknown) => {
          console.warn('Common Ground: the browser would not ask about notifications', error);
          return false;
        });
      }
      return permissions.remove(NOTIFICATIONS).then(() => false);
    },
    async catchUpReminders() {
      const personId = await loadPersonId(db);
      if (!personId) return 0;
      let written = 0;
      for (const row of await listBoards(db)) {
        if (storedReminders(row) || [...openHandles].some((handle) => handle.boardId === row.id)) continue;
        try {
          await refreshStoredReminders(db, row.id, personId);
          written++;
        } catch (error) {
          // Left without reminders: tried again the next time the panel opens; the other boards go on.
          console.warn('Common Ground: could not work out what is due on a board', error);
        }
      }
      if (written > 0) platform.remindersChanged();
      return written;
    },
  };
}
