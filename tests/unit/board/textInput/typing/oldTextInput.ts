import * as Y from 'yjs';
import { setItemText } from '@/lib/board/actions';
import { diffText } from '@/lib/util/textDiff';
import { boardMaps } from '@/lib/board/schema';
import type { Bind } from '@/tests/unit/board/textInput/typing/together';

/**
 * The approach the panel took before issue 14, kept only to show that the
 * property test catches it: every input sent the box's whole value, diffed
 * against the document's current text; the caret was carried through
 * others' changes by a prefix/suffix diff. (Compositions were not special.)
 */
export const bindWholeValue: Bind = (doc, itemId, box, { now, by }) => {
  const words = () => {
    const text = boardMaps(doc).items.get(itemId)?.get('text');
    return text instanceof Y.Text ? text.toString() : '';
  };
  return {
    show() {
      const value = words();
      if (box.value === value) return;
      const before = box.value;
      const { selectionStart, selectionEnd } = box;
      box.value = value;
      box.setSelectionRange(movePosition(selectionStart, before, value), movePosition(selectionEnd, before, value));
    },
    input: () => void setItemText(doc, itemId, box.value, now(), by),
    focus() {},
    moving() {},
    press() {},
    release() {},
    blur() {},
    beforeInput() {},
    compositionStart() {},
    compositionEnd() {},
  };
};

/** The old caret carrying (was lib/util/textDiff.ts). */
function movePosition(position: number, before: string, after: string): number {
  const { index, deleteCount, insert } = diffText(before, after);
  if (position <= index) return position;
  if (position >= index + deleteCount) return position - deleteCount + insert.length;
  return index + insert.length;
}
