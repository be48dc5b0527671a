import type * as Y from 'yjs';
import { agreedAt, readAllConsent } from '@/lib/board/agreement/consent';
import { revisitDue, revisitsDue } from '@/lib/board/agreement/revisit';
import { canConsent } from '@/lib/board/agreement/roles';
import type { Trust } from '@/lib/board/agreement/trustTypes';
import { nextCheckInAt, readCheckIns } from '@/lib/board/checkins';
import type { Role } from '@/lib/board/format';
import { readMeta } from '@/lib/board/meta';
import { readItems, readPeople, type KnownPerson } from '@/lib/board/read';
import { NO_REMINDERS, type Reminders } from '@/lib/board/reminderTimes';

/** Whom a board's reminders are for: this device's person. */
export interface ReminderPerson {
  personId: string;
  /** The role this person took on the board, until the doc says otherwise. */
  joinedAs: Role;
  /** People this device saw verified on the board (their keys pinned). */
  known: readonly KnownPerson[];
}

/**
 * When things on one board come due for this person: what the toolbar badge
 * counts, with no board open. A board's reminders change only when the board
 * does, not as time passes, so they are worked out when it is saved and kept
 * on its row (lib/store/reminders.ts); counting what is due at any moment is
 * then a comparison of times (lib/board/reminderTimes.ts), without loading a board.
 *
 * They follow the rules the panel shows them with: "Due for a
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
