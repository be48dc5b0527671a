import { generateKeyBetween } from 'fractional-indexing';

/**
 * Items are ordered by a fractional index string (`order`), tie-broken by id.
 * A move rewrites one item's key, so two people moving items at once can
 * never duplicate or lose one; if both pick the same key, the id decides.
 */
export interface Ordered {
  id: string;
  order: string;
}

export function compareOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key after every key in `sorted` (which must be sorted by compareOrder). */
export function keyAfterLast(sorted: readonly Ordered[]): string {
  return generateKeyBetween(sorted.at(-1)?.order ?? null, null);
}

/**
 * The key that puts an item at `index` among `others` (sorted, not containing
 * the item itself). Equal neighbour keys (a concurrent-insert tie) are
 * stepped over, since no key fits strictly between two equal keys.
 */
export function keyForIndex(others: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, others.length));
  const before = others[clamped - 1]?.order ?? null;
  let after = others[clamped]?.order ?? null;
  if (before !== null && after !== null && before >= after) {
    // Find the next strictly greater key, or go to the end.
    after = others.slice(clamped).find((o) => o.order > before)?.order ?? null;
  }
  return generateKeyBetween(before, after);
}
