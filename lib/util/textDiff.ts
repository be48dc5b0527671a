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
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { index: start, deleteCount: endBefore - start, insert: after.slice(start, endAfter) };
}

/**
 * Sets a Y.Text to `value` by one minimal splice against its current words,
 * so the characters both share keep their identity. For words set as a
 * whole only: typing must not diff against the document, which may hold
 * letters the person has not seen (textInput/makeTextInput.ts). Call inside
 * a transaction.
 */
export function applyTextValue(text: Y.Text, value: string): void {
  const { index, deleteCount, insert } = diffText(text.toString(), value);
  if (deleteCount > 0) text.delete(index, deleteCount);
  if (insert !== '') text.insert(index, insert);
}
