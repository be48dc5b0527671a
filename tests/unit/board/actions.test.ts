import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem, deleteItem, moveItem, renameBoard, setItemText, setPerson } from '@/lib/board/actions';
import { MAX_ITEM_TEXT_LENGTH } from '@/lib/board/format';
import { cleanName } from '@/lib/board/people/names';
import { preferredColour } from '@/lib/board/people/colours';
import { readItems, readPeople, readSection } from '@/lib/board/read';
import { boardMaps } from '@/lib/board/schema';
import { newBoardDoc, sync, twoDevices } from '@/tests/support/docs';
import { readMeta } from '@/lib/board/meta';

const texts = (doc: Y.Doc, section: 'boundary' | 'expectation' | 'celebration') => readSection(doc, section).map((item) => item.text);

describe('board actions', () => {
  it('adds items at the end of their own section only', () => {
    const doc = newBoardDoc();
    addItem(doc, { section: 'boundary', author: 'me', now: 10, text: 'first' });
    addItem(doc, { section: 'celebration', author: 'me', now: 11, text: 'yay' });
    addItem(doc, { section: 'boundary', author: 'me', now: 12, text: 'second' });
    expect(texts(doc, 'boundary')).toEqual(['first', 'second']);
    expect(texts(doc, 'celebration')).toEqual(['yay']);
    expect(texts(doc, 'expectation')).toEqual([]);
    const [first] = readSection(doc, 'boundary');
    expect(first).toMatchObject({ author: 'me', createdAt: 10, updatedAt: 10 });
  });

  it('edits text as a Y.Text splice and bumps updatedAt', () => {
    const doc = newBoardDoc();
    const id = addItem(doc, { section: 'expectation', author: 'me', now: 1 });
    expect(setItemText(doc, id, 'Reply by evening', 5)).toBe(true);
    const text = boardMaps(doc).items.get(id)?.get('text');
    expect(text).toBeInstanceOf(Y.Text);
    expect(String(text)).toBe('Reply by evening');
    expect(readItems(doc)[0]).toMatchObject({ text: 'Reply by evening', updatedAt: 5 });
    expect(setItemText(doc, 'missing', 'x', 6)).toBe(false);
  });

  it('bounds item text so one huge paste cannot swamp the board', () => {
    const doc = newBoardDoc();
    const id = addItem(doc, { section: 'boundary', author: 'me', now: 1 });
    setItemText(doc, id, 'x'.repeat(MAX_ITEM_TEXT_LENGTH + 50), 2);
    expect(readItems(doc)[0]?.text.length).toBe(MAX_ITEM_TEXT_LENGTH);
  });

  it('merges two people typing in the same item by character', () => {
    const [a, b] = twoDevices();
    const id = addItem(a, { section: 'boundary', author: 'a', now: 1, text: 'I need quiet time' });
    sync(a, b);
    setItemText(a, id, 'I need quiet time after work', 2);
    setItemText(b, id, 'I really need quiet time', 2);
    sync(a, b);
    expect(readItems(a)[0]?.text).toBe('I really need quiet time after work');
    expect(readItems(b)[0]?.text).toBe(readItems(a)[0]?.text);
  });

  it('deletes items, and reports a missing one', () => {
    const doc = newBoardDoc();
    const id = addItem(doc, { section: 'boundary', author: 'me', now: 1, text: 'x' });
    expect(deleteItem(doc, id)).toBe(true);
    expect(readItems(doc)).toEqual([]);
    expect(deleteItem(doc, id)).toBe(false);
  });

  it('moves an item to any index within its section', () => {
    const doc = newBoardDoc();
    const ids = ['a', 'b', 'c', 'd'].map((text, i) => addItem(doc, { section: 'expectation', author: 'me', now: i, text }));
    moveItem(doc, ids[3]!, 0);
    expect(texts(doc, 'expectation')).toEqual(['d', 'a', 'b', 'c']);
    moveItem(doc, ids[3]!, 2);
    expect(texts(doc, 'expectation')).toEqual(['a', 'b', 'd', 'c']);
    moveItem(doc, ids[0]!, 99);
    expect(texts(doc, 'expectation')).toEqual(['b', 'd', 'c', 'a']);
    expect(moveItem(doc, 'missing', 0)).toBe(false);
  });

  it('renames the board, refusing a blank name', () => {
    const doc = newBoardDoc('Before');
    expect(renameBoard(doc, '   ')).toEqual({ ok: false, error: 'Please give it a name.' });
    expect(renameBoard(doc, '  Us   two ')).toEqual({ ok: true, value: 'Us two' });
    expect(readMeta(doc)).toMatchObject({ ok: true, value: { title: 'Us two' } });
  });

  it('records a person once and updates their name and chosen colour', () => {
    const doc = newBoardDoc();
    setPerson(doc, 'p1', { name: 'Sam' }, 1);
    setPerson(doc, 'p1', { name: 'Sammy', colour: '#b0453f' }, 2);
    setPerson(doc, 'p2', { name: 'Alex', colour: 'red; background: url(x)' }, 3);
    const person = boardMaps(doc).people.get('p1');
    expect(person?.get('name')).toBe('Sammy');
    expect(person?.get('joinedAt')).toBe(1);
    expect(readPeople(doc, TRUST_AS_WRITTEN)).toEqual([
      { id: 'p1', name: 'Sammy', colour: '#b0453f', marker: 'plus', role: 'partner', joinedAs: 'partner', verified: true, joinedAt: 1 },
      // Not one of ours: the person keeps the colour that comes from their id.
      {
        id: 'p2',
        name: 'Alex',
        colour: preferredColour('p2'),
        marker: 'triangle',
        role: 'partner',
        joinedAs: 'partner',
        verified: true,
        joinedAt: 3,
      },
    ]);
  });
});

describe('cleanName', () => {
  it.each([
    ['', false],
    ['   \n\t ', false],
    ['x'.repeat(81), false],
    ['  Sam  &   Alex ', 'Sam & Alex'],
  ])('%j', (raw, expected) => {
    const result = cleanName(raw);
    if (expected === false) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });
});

describe('reading untrusted documents', () => {
  it('skips items that do not have the item shape', () => {
    const doc = newBoardDoc();
    addItem(doc, { section: 'boundary', author: 'me', now: 1, text: 'good' });
    const { items } = boardMaps(doc);
    doc.transact(() => {
      items.set('not-a-map', 'hello' as unknown as Y.Map<unknown>);
      const noText = new Y.Map<unknown>();
      noText.set('section', 'boundary');
      noText.set('text', '<img src=x onerror=alert(1)>');
      noText.set('order', 'a0');
      items.set('plain-string-text', noText);
      const badSection = new Y.Map<unknown>();
      badSection.set('section', 'secrets');
      badSection.set('text', new Y.Text('x'));
      badSection.set('order', 'a0');
      items.set('bad-section', badSection);
    });
    expect(readItems(doc).map((item) => item.text)).toEqual(['good']);
  });

  it('refuses a doc without board meta and names a newer format', () => {
    expect(readMeta(new Y.Doc())).toEqual({ ok: false, error: { kind: 'not-a-board' } });
    const newer = newBoardDoc();
    boardMaps(newer).meta.set('formatVersion', 99);
    expect(readMeta(newer)).toEqual({ ok: false, error: { kind: 'newer-format', version: 99 } });
  });
});
