/**
 * The one message the panel sends the background: a board's reminders
 * changed, count again. Sent with `runtime.sendMessage`, which wakes a
 * stopped background in both browsers (Chrome's service worker, Firefox's
 * event page); a BroadcastChannel message reaches only a background that
 * happens to be running, and is lost otherwise.
 */
export const REMINDERS_CHANGED = { kind: 'common-ground/reminders-changed' } as const;

export const isRemindersChanged = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === REMINDERS_CHANGED.kind;
