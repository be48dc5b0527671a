/**
 * A board's reminders as times, and what is due at a moment: all the
 * background needs to count the toolbar badge. No Yjs here, nor anything
 * that reads a board (that is lib/board/reminders.ts, the panel's side), so
 * the background's bundle stays small (docs/architecture.md, "The background").
 */
export interface Reminders {
  /** When each agreement on the board comes (or came) due for a revisit, unless this person already agreed again. */
  revisits: number[];
  /** When this person's next check-in falls due (0: they never checked in); null when check-ins are not theirs (not a partner). */
  checkIn: number | null;
}

export const NO_REMINDERS: Reminders = { revisits: [], checkIn: null };

/** Every time something on the board comes due, in no particular order. */
const times = (reminders: Reminders): number[] =>
  reminders.checkIn === null ? reminders.revisits : [...reminders.revisits, reminders.checkIn];

/** How many things are due at `now`: revisits and the check-in, each counted once. */
export const dueCount = (reminders: Reminders, now: number): number => times(reminders).filter((at) => at <= now).length;

/** How many came due after `since` and by `now`: what is new since the last look. */
export const cameDue = (reminders: Reminders, since: number, now: number): { revisits: number; checkIns: number } => ({
  revisits: reminders.revisits.filter((at) => at > since && at <= now).length,
  checkIns: reminders.checkIn !== null && reminders.checkIn > since && reminders.checkIn <= now ? 1 : 0,
});

/** The next moment something comes due after `now`, or null if nothing will without a change to the board. */
export function nextDue(reminders: Reminders, now: number): number | null {
  let next = Infinity;
  for (const at of times(reminders)) if (at > now && at < next) next = at;
  return next === Infinity ? null : next;
}
