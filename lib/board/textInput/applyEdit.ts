import * as Y from 'yjs';
import { markEdited } from '@/lib/board/actions';
import { MAX_ITEM_TEXT_LENGTH } from '@/lib/board/format';
import { origins } from '@/lib/board/origins';
import type { Splice } from '@/lib/util/textDiff';
import { anchorAt, deleteRuns, insertAfter, placesIn } from '@/lib/board/textInput/anchors';
import type { Run, Seen } from '@/lib/board/textInput/seen';

/** Where an edit's new letters went, in the box's terms, and which characters they are. */
export interface Applied {
  insertedAt: number;
  inserted: number;
  /** The new letters' ids (null when none). */
  run: Run | null;
}

/**
 * One edit of an item's words, made from what the person saw (`was`): the
 * characters in `doomed` that are still there go, and `splice.insert`
 * follows the character seen just before `splice.index` (where it was, if
 * someone deleted it since), cut so the words never pass
 * `MAX_ITEM_TEXT_LENGTH`. One `origins.localEdit` transaction, so undo
 * tracks it (and merges typing into one step).
 */
export function applyEdit(
  { item, text }: { item: Y.Map<unknown>; text: Y.Text },
  was: Seen,
  splice: Splice,
  doomed: readonly Run[],
  { now, by }: { now: () => number; by?: string },
): Applied {
  const doc = text.doc;
  const applied: Applied = { insertedAt: 0, inserted: 0, run: null };
  if (!doc) return applied;
  const left = anchorAt(text, was, splice.index, 'before');
  doc.transact((transaction) => {
    const deleted = deleteRuns(text, doomed);
    const places = placesIn(text, text.toString().length);
    applied.insertedAt = places.resolve(left) ?? Math.min(splice.index, text.length);
    const words = clip(splice.insert, MAX_ITEM_TEXT_LENGTH - text.length);
    if (words !== '') {
      // Yjs numbers the new letters from this client's next clock, in one run.
      applied.run = { client: doc.clientID, clock: Y.getState(doc.store, doc.clientID), length: words.length };
      if (!insertAfter(transaction, text, left.item, words)) text.insert(places.toYjs(applied.insertedAt), words);
    }
    applied.inserted = words.length;
    if (deleted > 0 || applied.inserted > 0) markEdited(item, now(), by);
  }, origins.localEdit);
  return applied;
}

/** At most `room` UTF-16 units of `words`, never half of a surrogate pair. */
function clip(words: string, room: number): string {
  if (room <= 0) return '';
  if (words.length <= room) return words;
  const cut = words.slice(0, room);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
