import { agreeAsWritten, withdrawAsWritten } from '@/tests/support/asWritten';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem, deleteItem, setItemText, setPerson } from '@/lib/board/actions';
import { changesBetween } from '@/lib/board/review/changes';
import { sync, twoDevices } from '@/tests/support/docs';

const copy = (doc: Y.Doc) => {
  const snapshot = new Y.Doc();
  Y.applyUpdate(snapshot, Y.encodeStateAsUpdate(doc));
  return snapshot;
};
const summary = (before: Y.Doc, after: Y.Doc) =>
  changesBetween(before, after, { before: TRUST_AS_WRITTEN, after: TRUST_AS_WRITTEN })
    .map(
      (change) =>
        `${change.kind} ${change.item.text}${'before' in change ? ` (was ${change.before})` : ''}${'by' in change && change.by ? ` by ${change.by}` : ''}`,
    )
    .sort();

describe('what changed between two moments', () => {
  it('lists adds, edits with the old words, removals, celebrations, agreements and withdrawals, with who', () => {
    const [sam, alex] = twoDevices();
    setPerson(sam, 'sam', { name: 'Sam' }, 1);
    const kept = addItem(sam, { section: 'boundary', author: 'sam', now: 1, text: 'I need quiet mornings.' });
    const edited = addItem(sam, { section: 'expectation', author: 'sam', now: 1, text: 'We talk on Sundays.' });
    const removed = addItem(sam, { section: 'expectation', author: 'sam', now: 1, text: 'We cook together.' });
    agreeAsWritten(sam, kept, 'sam', 2);
    agreeAsWritten(sam, edited, 'sam', 2);
    sync(sam, alex);
    const lastSession = copy(alex);

    // Apart: Alex edits, removes, celebrates, agrees and withdraws; Sam adds.
    setItemText(alex, edited, 'We talk on Saturdays.', 3, 'alex');
    deleteItem(alex, removed);
    addItem(alex, { section: 'celebration', author: 'alex', now: 3, text: 'A calm week.' });
    agreeAsWritten(alex, kept, 'alex', 3);
    withdrawAsWritten(sam, kept, 'sam', 3);
    addItem(sam, { section: 'support', author: 'sam', now: 3, text: 'Ask me about the move.' });
    sync(sam, alex);

    expect(summary(lastSession, alex)).toEqual([
      'added Ask me about the move. by sam',
      'agreed I need quiet mornings. by alex',
      'celebrated A calm week. by alex',
      'edited We talk on Saturdays. (was We talk on Sundays.) by alex',
      'removed We cook together.',
      'withdrawn I need quiet mornings. by sam',
    ]);
    expect(changesBetween(alex, sam, { before: TRUST_AS_WRITTEN, after: TRUST_AS_WRITTEN })).toEqual([]);
  });

  it('counts agreeing again (a revisit) as an agreement, and ignores consent on removed items', () => {
    const [doc] = twoDevices();
    const id = addItem(doc, { section: 'boundary', author: 'sam', now: 1, text: 'I need quiet mornings.' });
    agreeAsWritten(doc, id, 'sam', 2);
    const before = copy(doc);
    agreeAsWritten(doc, id, 'sam', 5);
    expect(summary(before, doc)).toEqual(['agreed I need quiet mornings. by sam']);
    const beforeDelete = copy(doc);
    deleteItem(doc, id);
    expect(summary(beforeDelete, doc)).toEqual(['removed I need quiet mornings.']);
  });
});
