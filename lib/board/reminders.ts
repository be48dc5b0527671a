import type * as Y from 'yjs';
import { agreedAt, readAllConsent } from '@/lib/board/agreement/consent';
import { revisitDue, revisitsDue } from '@/lib/board/agreement/revisit';
import { canConsent } from '@/lib/board/agreement/roles';
import type { Trust } from '@/lib/board/agreement/trustTypes';
import { nextCheckInAt, readCheckIns } from '@/lib/board/checkins';
import type { Role } from '@/lib/board/format';
import { readMeta } from '@/lib/board/meta';
import { readItems, readPeople, type KnownPerson } from '@/lib/board/read';

/**
 * When things on one board come due for this person: what the toolbar badge
 * counts, with no board open. A board's reminders change only when the board
 * does, not as time passes, so they are worked out when it is saved and kept
 * on its row (lib/store/reminders.ts); counting what is due at any moment is
 * then a comparison of times, without loading a board.
 */
export interface Reminders {
  /** When each agreement on the board comes (or came) due for a revisit, unless this person already agreed again. */
  revisits: number[];
  /** When this person's next check-in falls due (0: they never checked in); null when check-ins are not theirs (not a partner). */
  checkIn: number | null;
}

export const NO_REMINDERS: Reminders = { revisits: [], checkIn: null };

export interface ReminderPerson {
  personId: string;
  /** The role this person took on the board, until the doc says otherwise. */
  joinedAs: Role;
  /** People this device saw verified on the board (their keys pinned). */
  known: readonly KnownPerson[];
}

/**
 * A board's reminders, by the rules the panel shows them with: "Due for a
 * revisit" (`revisitsDue`, for everyone, as the panel lists it to everyone;
 * one this person agreed again to is done for them) and the check-in
 * (`nextCheckInAt`, for partners, as only they are offered one). `trust` is
 * the board's checked signatures, as the panel's: only agreements that count
 * make a revisit date.
 */
export function readReminders(doc: Y.Doc, trust: Trust, me: ReminderPerson): Reminders {
  const meta = readMeta(doc);
  // A board not (yet) readable here, or still empty until its first sync, has nothing due.
  if (!meta.ok) return NO_REMINDERS;
  const people = readPeople(doc, trust, me.known);
  const partners = people.filter((person) => person.role === 'partner');
  const consent = readAllConsent(doc, trust);
  const records = (itemId: string) => consent.get(itemId) ?? [];
  const revisits = revisitsDue(
    readItems(doc),
    (item) => revisitDue(item, records(item.id), partners, meta.value.revisitEveryDays),
    (item) => agreedAt(item, records(item.id), me.personId),
    Infinity,
  )
    .filter((due) => !due.renewed)
    .map((due) => due.since);
  const role = people.find((person) => person.id === me.personId)?.role ?? me.joinedAs;
  const checkIn = canConsent(role) ? Math.max(0, nextCheckInAt(readCheckIns(doc), me.personId, meta.value.checkInEveryDays)) : null;
  return { revisits, checkIn };
}

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
