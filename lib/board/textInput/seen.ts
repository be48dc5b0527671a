import * as Y from 'yjs';

/**
 * Consecutive characters of a text that one client inserted together, as Yjs
 * numbers them: ids (client, clock) ... (client, clock + length - 1). A Yjs
 * id never changes and is never reused, so it names a character for good.
 */
export interface Run {
  client: number;
  clock: number;
  length: number;
}

/**
 * What a person's text box shows: the words, and which character of the
 * shared text each of them is. Taken whenever the box is filled from the
 * document, it maps a position in what the person saw to characters of the
 * document however much has changed there since (letters from others,
 * deletions, undo).
 */
export interface Seen {
  text: string;
  /** The characters of `text` in order, in runs: their lengths add up to `text.length`. */
  runs: Run[];
}

/** Visible characters as the box shows them: strings only, as `Y.Text#toString` reads them. */
export const isShownText = (item: Y.Item): boolean => !item.deleted && item.countable && item.content instanceof Y.ContentString;

/** The text as it is now, with the id of every character (one walk of its items). */
export function readSeen(text: Y.Text): Seen {
  const runs: Run[] = [];
  let words = '';
  for (let item = text._start; item !== null; item = item.right) {
    if (!isShownText(item)) continue;
    words += (item.content as Y.ContentString).str;
    const last = runs[runs.length - 1];
    if (last && last.client === item.id.client && last.clock + last.length === item.id.clock) last.length += item.length;
    else runs.push({ client: item.id.client, clock: item.id.clock, length: item.length });
  }
  return { text: words, runs };
}

/** The id of the character at `index` of what was seen (0 <= index < text.length). */
export function idAt(seen: Seen, index: number): Y.ID {
  let offset = index;
  for (const run of seen.runs) {
    if (offset < run.length) return Y.createID(run.client, run.clock + offset);
    offset -= run.length;
  }
  // not-ui: a bug in the caller, for developers
  throw new RangeError(`No character ${index} in a text of ${seen.text.length}`);
}

/** The characters seen at [start, end), as runs. */
export function runsIn(seen: Seen, start: number, end: number): Run[] {
  const picked: Run[] = [];
  let at = 0;
  for (const run of seen.runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + run.length);
    if (from < to) picked.push({ client: run.client, clock: run.clock + (from - at), length: to - from });
    at += run.length;
    if (at >= end) break;
  }
  return picked;
}
