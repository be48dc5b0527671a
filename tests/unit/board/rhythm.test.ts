import { agreeAsWritten } from '@/tests/support/asWritten';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import { describe, expect, it } from 'vitest';
import { addItem, setItemText, setPerson, setRevisitOn, setRhythm } from '@/lib/board/actions';
import { addCheckIn, checkInDue, checkInHistory, readCheckIns } from '@/lib/board/checkins';
import { readConsent } from '@/lib/board/agreement/consent';
import { readItems, readPeople } from '@/lib/board/read';
import { isDue, parseDateInput, revisitDue, revisitOpenedAt, toDateInput } from '@/lib/board/agreement/revisit';
import { sync, twoDevices } from '@/tests/support/docs';
import { readMeta } from '@/lib/board/meta';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);

function couple() {
  const [sam, alex] = twoDevices();
  setPerson(sam, 'sam', { name: 'Sam' }, T0);
  setPerson(alex, 'alex', { name: 'Alex' }, T0 + 1);
  const id = addItem(sam, { section: 'boundary', author: 'sam', now: T0, text: 'I need a quiet hour after work.' });
  sync(sam, alex);
  return { sam, alex, id };
}

function dueOf(doc: Parameters<typeof readItems>[0], id: string) {
  const item = readItems(doc).find((i) => i.id === id)!;
  const partners = readPeople(doc, TRUST_AS_WRITTEN).filter((p) => p.role === 'partner');
  const meta = readMeta(doc);
  return revisitDue(item, readConsent(doc, id, TRUST_AS_WRITTEN), partners, meta.ok ? meta.value.revisitEveryDays : 0);
}

describe('revisits', () => {
  it('come due one cadence after everyone agreed (3 months by default), and agreeing again moves them on', () => {
    const { sam, alex, id } = couple();
    // Not agreed yet: no revisit, it is still waiting for agreement.
    expect(dueOf(sam, id)).toBeNull();
    agreeAsWritten(sam, id, 'sam', T0 + 2 * DAY);
    agreeAsWritten(alex, id, 'alex', T0 + 5 * DAY);
    sync(sam, alex);
    // From the earlier agreement: the revisit is everyone's, so it waits for the last to look again.
    expect(dueOf(alex, id)).toBe(T0 + 2 * DAY + 91 * DAY);
    expect(isDue(dueOf(alex, id), T0 + 100 * DAY)).toBe(true);
    expect(isDue(null, T0 + 100 * DAY)).toBe(false);

    agreeAsWritten(sam, id, 'sam', T0 + 100 * DAY);
    sync(sam, alex);
    expect(dueOf(sam, id)).toBe(T0 + 5 * DAY + 91 * DAY); // Alex has not looked again yet: still due
    agreeAsWritten(alex, id, 'alex', T0 + 101 * DAY);
    sync(sam, alex);
    expect(dueOf(sam, id)).toBe(T0 + 100 * DAY + 91 * DAY);
  });

  it('follow the board’s cadence, and a date picked for one item until everyone agrees again', () => {
    const { sam, alex, id } = couple();
    setRhythm(sam, { revisitEveryDays: 30 });
    agreeAsWritten(sam, id, 'sam', T0 + DAY);
    agreeAsWritten(alex, id, 'alex', T0 + DAY);
    sync(sam, alex);
    expect(dueOf(alex, id)).toBe(T0 + 31 * DAY);

    const picked = parseDateInput('2026-01-10')!;
    setRevisitOn(alex, id, picked, T0 + 2 * DAY);
    sync(sam, alex);
    expect(dueOf(sam, id)).toBe(picked);
    agreeAsWritten(sam, id, 'sam', T0 + 12 * DAY);
    agreeAsWritten(alex, id, 'alex', T0 + 12 * DAY);
    sync(sam, alex);
    expect(dueOf(sam, id)).toBe(T0 + 42 * DAY);

    // A date picked in the past opens the revisit when it is picked: earlier agreements do not answer it.
    const yesterday = T0 + 40 * DAY;
    setRevisitOn(sam, id, yesterday, T0 + 41 * DAY);
    const item = readItems(sam).find((i) => i.id === id)!;
    expect(dueOf(sam, id)).toBe(yesterday);
    expect(revisitOpenedAt(item, yesterday)).toBe(T0 + 41 * DAY);
    expect(revisitOpenedAt({}, T0 + 42 * DAY)).toBe(T0 + 42 * DAY);

    setRevisitOn(sam, id, null, T0 + 43 * DAY);
    expect(readItems(sam)[0]?.revisitOn).toBeUndefined();
  });

  it('an edited agreement has no revisit date until everyone agrees to the new words', () => {
    const { sam, alex, id } = couple();
    agreeAsWritten(sam, id, 'sam', T0 + DAY);
    agreeAsWritten(alex, id, 'alex', T0 + DAY);
    sync(sam, alex);
    setItemText(sam, id, 'I need a quiet hour after work, most days.', T0 + 50 * DAY);
    sync(sam, alex);
    // Nobody agreed to these words yet: waiting for agreement, not for a revisit.
    expect(dueOf(sam, id)).toBeNull();
    agreeAsWritten(sam, id, 'sam', T0 + 51 * DAY);
    agreeAsWritten(alex, id, 'alex', T0 + 52 * DAY);
    sync(sam, alex);
    expect(dueOf(sam, id)).toBe(T0 + 51 * DAY + 91 * DAY);
  });

  it('ignore a rhythm out of range, and read dates as local days', () => {
    const [doc] = twoDevices();
    setRhythm(doc, { revisitEveryDays: 0, checkInEveryDays: 10_000 });
    doc.getMap('meta').set('checkInEveryDays', 'weekly');
    const meta = readMeta(doc);
    expect(meta.ok && [meta.value.revisitEveryDays, meta.value.checkInEveryDays]).toEqual([91, 14]);
    expect(parseDateInput('2026-02-30')).toBeNull();
    expect(parseDateInput('tomorrow')).toBeNull();
    expect(toDateInput(parseDateInput('2026-03-09')!)).toBe('2026-03-09');
  });
});

describe('check-ins', () => {
  it('keep each person’s history in time order, one series per person, and merge from two devices', () => {
    const { sam, alex } = couple();
    addCheckIn(sam, 'sam', { score: 3, statement: '  I feel a bit stretched.  ' }, T0 + 1);
    addCheckIn(alex, 'alex', { score: 4, statement: '' }, T0 + 2);
    addCheckIn(sam, 'sam', { score: 5, statement: 'I feel heard.' }, T0 + 3);
    sync(sam, alex);
    const all = readCheckIns(alex);
    expect(all.map((c) => [c.personId, c.score, c.statement])).toEqual([
      ['sam', 3, 'I feel a bit stretched.'],
      ['alex', 4, ''],
      ['sam', 5, 'I feel heard.'],
    ]);
    const history = checkInHistory(all, readPeople(alex, TRUST_AS_WRITTEN));
    expect(history.map((s) => [s.person.name, s.points.map((p) => p.score)])).toEqual([
      ['Sam', [3, 5]],
      ['Alex', [4]],
    ]);
  });

  it('are due when someone never checked in or the cadence has passed', () => {
    const { sam } = couple();
    expect(checkInDue(readCheckIns(sam), 'sam', 14, T0)).toBe(true);
    addCheckIn(sam, 'sam', { score: 2, statement: '' }, T0);
    expect(checkInDue(readCheckIns(sam), 'sam', 14, T0 + 13 * DAY)).toBe(false);
    expect(checkInDue(readCheckIns(sam), 'sam', 14, T0 + 14 * DAY)).toBe(true);
    expect(checkInDue(readCheckIns(sam), 'alex', 14, T0 + DAY)).toBe(true);
  });

  it('refuse a score off the scale, and skip malformed entries from a peer', () => {
    const { sam } = couple();
    expect(addCheckIn(sam, 'sam', { score: 6, statement: '' }, T0)).toBe(false);
    expect(addCheckIn(sam, 'sam', { score: 2.5, statement: '' }, T0)).toBe(false);
    const map = sam.getMap<unknown>('checkIns');
    map.set('sam:x', { score: 0, at: 1 });
    map.set('sam:y', { score: 3, at: 'now' });
    map.set(':z', { score: 3, at: 1 });
    map.set('sam:w', 'fine');
    map.set('sam:v', { score: 3, at: 1, statement: 'x'.repeat(5000) });
    const read = readCheckIns(sam);
    expect(read).toHaveLength(1);
    expect(read[0]!.statement).toHaveLength(1000);
  });
});
