import type { ConsentRecord } from '@/lib/board/agreement/consent';
import { isAgreementSection } from '@/lib/board/format';
import type { ItemView, PersonView } from '@/lib/board/read';

const DAY = 24 * 60 * 60 * 1000;

/** Cadences a board or an item can choose from, in days; their words are t.checkins.cadences (components/checkins/cadence.ts). */
export const CADENCE_DAYS: readonly number[] = [7, 14, 30, 91, 182, 365];

/**
 * When everyone last (re)affirmed the item's current words: the earliest of
 * the partners' agreement times, since a revisit is done only once every
 * partner has looked again. Null while someone has not agreed to these words.
 */
export function lastAgreedByAll(
  item: Pick<ItemView, 'text'>,
  records: readonly ConsentRecord[],
  partners: readonly PersonView[],
): number | null {
  if (partners.length === 0) return null;
  let earliest = Infinity;
  for (const partner of partners) {
    const record = records.find((r) => r.personId === partner.id && r.text === item.text);
    if (!record) return null;
    earliest = Math.min(earliest, record.at);
  }
  return earliest;
}

/**
 * When an agreement is next due for a revisit: one cadence after everyone
 * last agreed to its words. A date someone picked for this item takes its
 * place until everyone agrees again after picking it, which moves the date
 * on. An item not (or no longer) agreed by everyone has no revisit date
 * unless one was picked: it is still waiting for agreement, which the item
 * already shows.
 */
export function revisitDue(
  item: Pick<ItemView, 'text' | 'revisitOn' | 'revisitSetAt'>,
  records: readonly ConsentRecord[],
  partners: readonly PersonView[],
  everyDays: number,
): number | null {
  const base = lastAgreedByAll(item, records, partners);
  if (item.revisitOn !== undefined && item.revisitSetAt !== undefined && item.revisitSetAt >= (base ?? -Infinity)) {
    return item.revisitOn;
  }
  return base === null ? null : base + everyDays * DAY;
}

export const isDue = (due: number | null, now: number): due is number => due !== null && due <= now;

/**
 * From when agreeing again counts as this revisit: the due date, or, for a
 * date someone picked in the past, the moment they picked it (agreements
 * given before someone asked for a revisit do not answer it).
 */
export function revisitOpenedAt(item: Pick<ItemView, 'revisitOn' | 'revisitSetAt'>, due: number): number {
  return item.revisitOn === due && item.revisitSetAt !== undefined ? Math.max(due, item.revisitSetAt) : due;
}

export interface DueRevisit<Item> {
  item: Item;
  /** When it came due. */
  since: number;
  /** This person agreed again since it came due: their part is done, the others' is not. */
  renewed: boolean;
}

/**
 * The agreements due for a revisit by `now`, the longest-waiting first: the
 * boundaries and expectations with words whose revisit date (`dueAt`) has
 * come. What "Due for a revisit" lists, and (with `now` = Infinity, leaving
 * out those renewed) what the toolbar badge counts as they come due.
 * `myAgreementAt` is when this person last agreed to the item's current words.
 */
export function revisitsDue<Item extends Pick<ItemView, 'section' | 'text' | 'revisitOn' | 'revisitSetAt'>>(
  items: Iterable<Item>,
  dueAt: (item: Item) => number | null,
  myAgreementAt: (item: Item) => number | null,
  now: number,
): DueRevisit<Item>[] {
  const list: DueRevisit<Item>[] = [];
  for (const item of items) {
    if (!isAgreementSection(item.section) || item.text.trim() === '') continue;
    const since = dueAt(item);
    if (!isDue(since, now)) continue;
    const mine = myAgreementAt(item);
    list.push({ item, since, renewed: mine !== null && mine >= revisitOpenedAt(item, since) });
  }
  return list.sort((a, b) => a.since - b.since);
}

/** Local midnight of a `YYYY-MM-DD` date input's value, or null if it is not a real date. */
export function parseDateInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/** A time as a date input's `YYYY-MM-DD` (local). */
export function toDateInput(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
