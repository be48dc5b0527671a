import type * as Y from 'yjs';

/** The single splice that turns `before` into `after` (common prefix and suffix kept). */
export interface Splice {
  index: number;
  deleteCount: number;
  insert: string;
}

export function diffText(before: string, after: string): Splice {
  let start = 0;
  const maxStart = Math.min(before.length, after.length);
  while (start < maxStart && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--;
    endAfter--;
  }
  return { index: start, deleteCount: endBefore - start, insert: after.slice(start, endAfter) };
}

/**
 * Applies a textarea's new value to a Y.Text as one minimal splice, so a
 * concurrent edit elsewhere in the same text merges by character instead of
 * being overwritten. Call inside a transaction.
 */
export function applyTextValue(text: Y.Text, value: string): void {
  const { index, deleteCount, insert } = diffText(text.toString(), value);
  if (deleteCount > 0) text.delete(index, deleteCount);
  if (insert !== '') text.insert(index, insert);
}

/**
 * Where a caret at `position` in `before` belongs in `after`, so text that
 * changes under a person's cursor (undo, or another person typing) does not
 * make the cursor jump.
 */
export function movePosition(position: number, before: string, after: string): number {
  const { index, deleteCount, insert } = diffText(before, after);
  if (position <= index) return position;
  if (position >= index + deleteCount) return position - deleteCount + insert.length;
  return index + insert.length;
}
