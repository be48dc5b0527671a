import { NOTIFICATIONS } from '@/lib/app/reminders/ports';
import type { LibraryDeps } from '@/lib/app/library/deps';

/** The reminders as Settings shows them: whether a notification comes when something is due. */
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
}

export function makeReminders({ platform }: LibraryDeps): LibraryReminders {
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
  };
}
