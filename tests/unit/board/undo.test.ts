import { describe, expect, it } from 'vitest';
import { addItem, deleteItem, setItemText } from '@/lib/board/actions';
import { readItems } from '@/lib/board/read';
import { makeUndoManager } from '@/lib/board/undo';
import { sync, twoDevices } from '@/tests/support/docs';

describe('undo', () => {
  it('undoes and redoes only this person’s edits', () => {
    const [mine, theirs] = twoDevices();
    const undo = makeUndoManager(mine, 0);
    const myItem = addItem(mine, { section: 'boundary', author: 'me', now: 1, text: 'mine' });
    sync(mine, theirs);
    addItem(theirs, { section: 'expectation', author: 'them', now: 2, text: 'theirs' });
    setItemText(theirs, myItem, 'mine, edited by them', 3);
    sync(mine, theirs);

    undo.undo();
    // Their item stays; my item is gone (with their edit inside it, which was in my item).
    expect(readItems(mine).map((i) => i.text)).toEqual(['theirs']);
    undo.redo();
    expect(
      readItems(mine)
        .map((i) => i.text)
        .sort(),
    ).toEqual(['mine, edited by them', 'theirs']);
  });

  it('brings a deleted item back with its text and place', () => {
    const [doc] = twoDevices();
    const undo = makeUndoManager(doc, 0);
    const first = addItem(doc, { section: 'boundary', author: 'me', now: 1, text: 'one' });
    addItem(doc, { section: 'boundary', author: 'me', now: 2, text: 'two' });
    setItemText(doc, first, 'one, reworded', 3);
    deleteItem(doc, first);
    expect(readItems(doc).map((i) => i.text)).toEqual(['two']);
    undo.undo();
    expect(readItems(doc).map((i) => i.text)).toEqual(['one, reworded', 'two']);
  });

  it('lets an emptied item be undone back to its text', () => {
    const [doc] = twoDevices();
    const undo = makeUndoManager(doc, 0);
    const id = addItem(doc, { section: 'celebration', author: 'me', now: 1, text: 'A good week' });
    undo.stopCapturing();
    setItemText(doc, id, '   ', 2);
    undo.undo();
    expect(readItems(doc)[0]?.text).toBe('A good week');
  });
});
