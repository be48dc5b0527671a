import * as Y from 'yjs';
import { idAt, isShownText, type Run, type Seen } from '@/lib/board/textInput/seen';

/**
 * Which character a position in the text sticks to while others edit: the
 * one before it (a caret, the end of a selection: a caret right after your
 * own last letter stays right after it when someone types at the same spot),
 * or the one after it (the start of a selection, so letters typed just before
 * it stay outside).
 */
export type Side = 'before' | 'after';

/** A Yjs relative position for `index` of what was seen, stuck to the character on `side`. */
export function anchorAt(text: Y.Text, seen: Seen, index: number, side: Side): Y.RelativePosition {
  const type = text._item ? text._item.id : null;
  const tname = type ? null : Y.findRootTypeKey(text);
  if (side === 'before') {
    return new Y.RelativePosition(type, tname, index === 0 ? null : idAt(seen, index - 1), -1);
  }
  return new Y.RelativePosition(type, tname, index >= seen.text.length ? null : idAt(seen, index), 0);
}

/**
 * Positions in one text as it is now. Yjs counts embedded objects in its
 * indices and a text box shows only strings; both agree unless a peer put
 * something other than words into an item (which nothing here does).
 */
export interface Places {
  /** Where a relative position is in the text box's terms, or null if it is not in this text. */
  resolve(anchor: Y.RelativePosition): number | null;
  /** The Yjs index of a position in the box's terms. */
  toYjs(index: number): number;
}

export function placesIn(text: Y.Text, shownLength: number): Places {
  const plain = text.length === shownLength;
  const doc = text.doc;
  const toShown = (yjsIndex: number) => {
    if (plain) return yjsIndex;
    let shown = 0;
    let left = yjsIndex;
    for (let item = text._start; item !== null && left > 0; item = item.right) {
      if (item.deleted || !item.countable) continue;
      const take = Math.min(left, item.length);
      if (isShownText(item)) shown += take;
      left -= take;
    }
    return shown;
  };
  return {
    resolve(anchor) {
      const found = doc ? Y.createAbsolutePositionFromRelativePosition(anchor, doc) : null;
      return found && found.type === text ? toShown(found.index) : null;
    },
    toYjs(index) {
      if (plain) return index;
      let yjs = 0;
      let left = index;
      for (let item = text._start; item !== null && left > 0; item = item.right) {
        if (item.deleted || !item.countable) continue;
        if (!isShownText(item)) {
          yjs += item.length;
          continue;
        }
        const take = Math.min(left, item.length);
        yjs += take;
        left -= take;
      }
      return yjs;
    },
  };
}

/**
 * Deletes the characters named by `runs` (which may overlap) that are
 * still there, and only those: a letter someone else typed among them since
 * is never touched.
 * Returns how many it deleted. Call inside a transaction.
 */
export function deleteRuns(text: Y.Text, runs: readonly Run[]): number {
  if (runs.length === 0) return 0;
  const byClient = new Map<number, Run[]>();
  for (const run of runs) {
    const list = byClient.get(run.client) ?? [];
    list.push(run);
    byClient.set(run.client, list);
  }
  // Sorted by clock, overlapping runs merged: each character is deleted once.
  for (const [client, list] of byClient) {
    list.sort((a, b) => a.clock - b.clock);
    const merged: Run[] = [];
    for (const run of list) {
      const last = merged[merged.length - 1];
      if (last && run.clock <= last.clock + last.length) last.length = Math.max(last.length, run.clock + run.length - last.clock);
      else merged.push({ ...run });
    }
    byClient.set(client, merged);
  }
  // Yjs index ranges to delete, found in one walk, deleted last first so none shifts another.
  const doomed: [index: number, length: number][] = [];
  let index = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const list = byClient.get(item.id.client);
    if (list) {
      const { clock } = item.id;
      const end = clock + item.length;
      for (let i = firstEndingAfter(list, clock); i < list.length && list[i]!.clock < end; i++) {
        const run = list[i]!;
        const from = Math.max(run.clock, clock);
        const to = Math.min(run.clock + run.length, end);
        if (from < to) doomed.push([index + (from - clock), to - from]);
      }
    }
    index += item.length;
  }
  let deleted = 0;
  for (let i = doomed.length - 1; i >= 0; i--) {
    const [at, length] = doomed[i]!;
    text.delete(at, length);
    deleted += length;
  }
  return deleted;
}

/** The first run (sorted by clock, not overlapping) that ends after `clock`. */
function firstEndingAfter(list: readonly Run[], clock: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const run = list[mid]!;
    if (run.clock + run.length <= clock) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Inserts `words` right after the character `after` (null: at the very
 * start), in `transaction`. `Y.Text#insert` by index would put them after
 * any deleted characters that follow it instead (to keep formatting marks
 * tidy), and a deleted run there is what an undo elsewhere brings back: it
 * would then land between two of this person's keystrokes. Built as
 * `Y.Text#insert` builds its item (yjs 13.6); the text's cached index
 * markers are dropped, as they would not count the new letters.
 * Returns false (inserting nothing) if `after` is not a visible character of `text`.
 */
export function insertAfter(transaction: Y.Transaction, text: Y.Text, after: Y.ID | null, words: string): boolean {
  const { doc } = transaction;
  let left: Y.Item | null = null;
  if (after) {
    if (Y.getState(doc.store, after.client) <= after.clock) return false;
    const found = Y.getItemCleanEnd(transaction, doc.store, after);
    if (!(found instanceof Y.Item) || found.parent !== text || !isShownText(found)) return false;
    left = found;
  }
  const right = left ? left.right : text._start;
  const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID));
  const item = new Y.Item(id, left, left && left.lastId, right, right && right.id, text, null, new Y.ContentString(words));
  item.integrate(transaction, 0);
  if (text._searchMarker) text._searchMarker.length = 0;
  return true;
}
