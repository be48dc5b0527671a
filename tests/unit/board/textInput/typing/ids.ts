import * as Y from 'yjs';

/**
 * The checks' own view of a text, independent of the code under test: every
 * visible character with its Yjs id, in document order. An id is a number
 * (client * 2^20 + clock: clients stay below 2^31, clocks below 2^20 here),
 * so a 4,000-letter text is cheap to compare at every step.
 */
export interface Chars {
  ids: number[];
  text: string;
}

const CLOCKS = 2 ** 20;
export const idKey = (client: number, clock: number) => client * CLOCKS + clock;
export const clientOf = (id: number) => Math.floor(id / CLOCKS);
export const showId = (id: number | null | undefined) => (id == null ? 'the start' : `${clientOf(id)}:${id % CLOCKS}`);

export function charsOf(text: Y.Text): Chars {
  const ids: number[] = [];
  let words = '';
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    const str = item.content.str;
    const first = idKey(item.id.client, item.id.clock);
    for (let i = 0; i < str.length; i++) ids.push(first + i);
    words += str;
  }
  return { ids, text: words };
}

/** Every item of the text, deleted or not: its first character's id and the id of what it was typed after. */
export function originsOf(text: Y.Text): { first: number; origin: number | null }[] {
  const found: { first: number; origin: number | null }[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    found.push({ first: idKey(item.id.client, item.id.clock), origin: item.origin ? idKey(item.origin.client, item.origin.clock) : null });
  }
  return found;
}
