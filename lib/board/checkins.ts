import type * as Y from 'yjs';
import { checkInKey, splitCheckInKey } from '@/lib/board/docKeys';
import { MAX_CHECK_IN_TEXT_LENGTH } from '@/lib/board/format';
import { randomId } from '@/lib/util/ids';
import { origins } from '@/lib/board/origins';
import type { PersonView } from '@/lib/board/read';
import { boardMaps } from '@/lib/board/schema';
import { t, type Messages } from '@/lib/i18n/messages';

/**
 * Check-ins: each person, now and then, says how they feel about the
 * relationship right now, on a scale of words (the number is for the
 * chart), with an optional "I" statement. The top-level `checkIns` map
 * holds one entry per check-in, keyed `personId:checkInId` (docKeys.ts), so each person
 * only ever adds their own and nothing conflicts.
 */
const SCALE_WORDS: readonly (keyof Messages['model']['checkInScale'])[] = ['struggling', 'uneasy', 'okay', 'good', 'thriving'];

/** The scale, lowest first; each step's words are read in the panel's language when shown. */
export const CHECK_IN_SCALE: readonly { readonly score: number; readonly words: string }[] = SCALE_WORDS.map((key, index) => ({
  score: index + 1,
  get words() {
    return t.model.checkInScale[key];
  },
}));

export const scoreWords = (score: number) => CHECK_IN_SCALE.find((step) => step.score === score)?.words ?? '';

export interface CheckIn {
  personId: string;
  score: number;
  statement: string;
  at: number;
}

const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

/** Every valid check-in, oldest first. */
export function readCheckIns(doc: Y.Doc): CheckIn[] {
  const checkIns: CheckIn[] = [];
  boardMaps(doc).checkIns.forEach((value, key) => {
    const personId = splitCheckInKey(key)?.personId;
    if (!personId || typeof value !== 'object' || value === null) return;
    const { score, statement, at } = value as Record<string, unknown>;
    if (!isScore(score) || typeof at !== 'number' || !Number.isFinite(at)) return;
    const words = typeof statement === 'string' ? statement.slice(0, MAX_CHECK_IN_TEXT_LENGTH) : '';
    checkIns.push({ personId, score, statement: words, at });
  });
  return checkIns.sort((a, b) => a.at - b.at || (a.personId < b.personId ? -1 : 1));
}

export function addCheckIn(doc: Y.Doc, personId: string, input: { score: number; statement: string }, now: number): boolean {
  if (!isScore(input.score)) return false;
  const value = { score: input.score, statement: input.statement.trim().slice(0, MAX_CHECK_IN_TEXT_LENGTH), at: now };
  doc.transact(() => boardMaps(doc).checkIns.set(checkInKey(personId, randomId()), value), origins.personal);
  return true;
}

export interface CheckInSeries {
  person: PersonView;
  points: CheckIn[];
}

/** One series per person who has checked in, in the people's order; check-ins of unknown people are left out. */
export function checkInHistory(checkIns: readonly CheckIn[], people: readonly PersonView[]): CheckInSeries[] {
  return people
    .map((person) => ({ person, points: checkIns.filter((checkIn) => checkIn.personId === person.id) }))
    .filter((series) => series.points.length > 0);
}

/**
 * When this person's next check-in falls due: one cadence after their last,
 * or -Infinity if they never checked in (due from the start). The toolbar
 * badge keeps this time on the board's row (lib/board/reminders.ts).
 */
export function nextCheckInAt(checkIns: readonly CheckIn[], personId: string, everyDays: number): number {
  let last = -Infinity;
  for (const checkIn of checkIns) if (checkIn.personId === personId) last = Math.max(last, checkIn.at);
  return last + everyDays * 24 * 60 * 60 * 1000;
}

/** Whether it is time for this person's next check-in: never checked in, or the cadence has passed. */
export const checkInDue = (checkIns: readonly CheckIn[], personId: string, everyDays: number, now: number): boolean =>
  nextCheckInAt(checkIns, personId, everyDays) <= now;
