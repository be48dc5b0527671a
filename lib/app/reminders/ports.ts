/**
 * The parts of the browser's extension APIs the reminders use, as narrow
 * interfaces: the background passes `browser.action` and friends, Node
 * tests WXT's fake browser, and lib stays free of the `browser` global.
 */
export interface ActionPort {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setBadgeTextColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export interface AlarmsPort {
  create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void>;
  get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
  clear(name: string): Promise<boolean>;
}

export interface NotificationsPort {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
}

/** The one optional permission (the manifest's `optional_permissions`). */
type Optional = { permissions: 'notifications'[] };

export interface PermissionsPort {
  contains(permissions: Optional): Promise<boolean>;
  request(permissions: Optional): Promise<boolean>;
  remove(permissions: Optional): Promise<boolean>;
}

/** The optional permission a notification needs: asked for only when the person turns notifications on. */
export const NOTIFICATIONS: Optional = { permissions: ['notifications'] };
