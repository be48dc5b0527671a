import { describe, expect, it } from 'vitest';
import { addItem, setCelebrationFor, setItemText, setRevisitOn } from '@/lib/board/actions';
import { ITEM_FIELDS, readItem, sameItemView, type ItemView } from '@/lib/board/read';
import { boardMaps } from '@/lib/board/schema';
import { newBoardDoc } from '@/tests/support/docs';

const view: ItemView = {
  id: 'i1',
  section: 'celebration',
  text: 'You cooked for my parents.',
  author: 'sam',
  createdAt: 1,
  updatedAt: 2,
  order: 'a0',
  revisitOn: 3,
  revisitSetAt: 4,
  forPerson: 'alex',
  updatedBy: 'sam',
};

describe('an item’s view, compared field by field', () => {
  it('sees a change of who last changed the words, and nothing else, as a change', () => {
    expect(sameItemView(view, { ...view })).toBe(true);
    expect(sameItemView(view, { ...view, updatedBy: 'alex' })).toBe(false);
    expect(sameItemView(view, { ...view, updatedBy: undefined })).toBe(false);
  });

  it('sees a change of any one field as a change', () => {
    for (const field of ITEM_FIELDS) {
      const changed = { ...view, [field]: field === 'section' ? 'support' : typeof view[field] === 'number' ? 99 : 'other' };
      expect(sameItemView(view, changed), field).toBe(false);
    }
  });

  it('lists every field a full item reads as', () => {
    const doc = newBoardDoc();
    const id = addItem(doc, { section: 'celebration', author: 'sam', now: 1, text: 'Dinner' });
    setItemText(doc, id, 'Dinner for my parents', 2, 'alex');
    setRevisitOn(doc, id, 3, 4);
    setCelebrationFor(doc, id, 'alex');
    const read = readItem(id, boardMaps(doc).items.get(id))!;
    expect(Object.keys(read).sort()).toEqual([...ITEM_FIELDS].sort());
  });
});
