import { describe, expect, it } from 'vitest';
import { addItem, setItemText, setPerson, setRevisitOn, setRhythm } from '@/lib/board/actions';
import { revisitsDue } from '@/lib/board/agreement/revisit';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import { addCheckIn } from '@/lib/board/checkins';
import { readItems } from '@/lib/board/read';
import { readReminders } from '@/lib/board/reminders';
import { NO_REMINDERS, cameDue, dueCount, nextDue } from '@/lib/board/reminderTimes';
import { agreeAsWritten } from '@/tests/support/asWritten';
import { sync, twoDevices } from '@/tests/support/docs';
import * as Y from 'yjs';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);

/** Sam and Alex, partners, with one boundary both agreed to on day 2 and a celebration. */
function agreedCouple() {
  const [sam, alex] = twoDevices();
  setPerson(sam, 'sam', { name: 'Sam' }, T0);
  setPerson(alex, 'alex', { name: 'Alex' }, T0 + 1);
  const id = addItem(sam, { section: 'boundary', author: 'sam', now: T0, text: 'I need a quiet hour after work.' });
  addItem(sam, { section: 'celebration', author: 'sam', now: T0, text: 'Our first month!' });
  sync(sam, alex);
  agreeAsWritten(sam, id, 'sam', T0 + 2 * DAY);
  agreeAsWritten(alex, id, 'alex', T0 + 2 * DAY);
  sync(sam, alex);
  return { sam, alex, id };
}

const remindersOf = (doc: Y.Doc, personId: string, joinedAs: 'partner' | 'observer' = 'partner') =>
  readReminders(doc, TRUST_AS_WRITTEN, { personId, joinedAs, known: [] });

describe('a board’s reminders', () => {
  it('hold when each agreement comes due for a revisit and when this person’s check-in does', () => {
    const { sam } = agreedCouple();
    // Never checked in: due from the start, as the panel says ("You have not checked in on this board yet").
    expect(remindersOf(sam, 'sam')).toEqual({ revisits: [T0 + 2 * DAY + 91 * DAY], checkIn: 0 });
    addCheckIn(sam, 'sam', { score: 4, statement: '' }, T0 + 3 * DAY);
    const reminders = remindersOf(sam, 'sam');
    expect(reminders).toEqual({ revisits: [T0 + 93 * DAY], checkIn: T0 + 17 * DAY });

    expect(dueCount(reminders, T0 + 16 * DAY)).toBe(0);
    expect(nextDue(reminders, T0 + 16 * DAY)).toBe(T0 + 17 * DAY);
    expect(dueCount(reminders, T0 + 17 * DAY)).toBe(1);
    expect(nextDue(reminders, T0 + 17 * DAY)).toBe(T0 + 93 * DAY);
    expect(dueCount(reminders, T0 + 93 * DAY)).toBe(2);
    expect(nextDue(reminders, T0 + 93 * DAY)).toBeNull();
    expect(cameDue(reminders, T0 + 16 * DAY, T0 + 93 * DAY)).toEqual({ revisits: 1, checkIns: 1 });
    expect(cameDue(reminders, T0 + 17 * DAY, T0 + 92 * DAY)).toEqual({ revisits: 0, checkIns: 0 });
  });

  it('count what the panel lists under “Due for a revisit”, less what this person already agreed again to', () => {
    const { sam, alex, id } = agreedCouple();
    const due = T0 + 93 * DAY;
    const listed = (doc: Y.Doc, personId: string) =>
      revisitsDue(
        readItems(doc),
        () => due,
        () => (personId === 'sam' ? T0 + 100 * DAY : null),
        T0 + 100 * DAY,
      );
    agreeAsWritten(sam, id, 'sam', T0 + 100 * DAY);
    sync(sam, alex);
    // The panel shows it to both; for Sam it says "you agreed again; waiting for the others".
    expect(listed(sam, 'sam').map((entry) => entry.renewed)).toEqual([true]);
    expect(listed(alex, 'alex').map((entry) => entry.renewed)).toEqual([false]);
    expect(remindersOf(sam, 'sam').revisits).toEqual([]);
    expect(remindersOf(alex, 'alex').revisits).toEqual([due]);
    // Once Alex agrees again too, the revisit moves on for both.
    agreeAsWritten(alex, id, 'alex', T0 + 101 * DAY);
    sync(sam, alex);
    expect(remindersOf(sam, 'sam').revisits).toEqual([T0 + 191 * DAY]);
  });

  it('follow the board’s rhythm and a date picked for one agreement', () => {
    const { sam, id } = agreedCouple();
    setRhythm(sam, { revisitEveryDays: 30, checkInEveryDays: 7 });
    addCheckIn(sam, 'sam', { score: 3, statement: '' }, T0 + 3 * DAY);
    expect(remindersOf(sam, 'sam')).toEqual({ revisits: [T0 + 32 * DAY], checkIn: T0 + 10 * DAY });
    setRevisitOn(sam, id, T0 + 5 * DAY, T0 + 4 * DAY);
    expect(remindersOf(sam, 'sam').revisits).toEqual([T0 + 5 * DAY]);
  });

  it('leave out what waits for agreement, empty words and celebrations', () => {
    const { sam, id } = agreedCouple();
    addItem(sam, { section: 'expectation', author: 'sam', now: T0, text: '' });
    setItemText(sam, id, 'I need a quiet hour after work, most days.', T0 + 5 * DAY);
    expect(remindersOf(sam, 'sam').revisits).toEqual([]);
  });

  it('give check-ins to partners only, as the panel offers them', () => {
    const { sam } = agreedCouple();
    setPerson(sam, 'robin', { name: 'Robin', role: 'observer' }, T0 + 2);
    expect(remindersOf(sam, 'robin', 'observer')).toEqual({ revisits: [T0 + 93 * DAY], checkIn: null });
    // Someone not on the board yet takes the role they joined with.
    expect(remindersOf(sam, 'nobody', 'observer').checkIn).toBeNull();
  });

  it('are none on a board that is still empty (a joined board before its first sync)', () => {
    expect(remindersOf(new Y.Doc(), 'sam')).toEqual(NO_REMINDERS);
    expect(dueCount(NO_REMINDERS, T0)).toBe(0);
    expect(nextDue(NO_REMINDERS, T0)).toBeNull();
  });
});
