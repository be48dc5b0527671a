import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_ITEM_TEXT_LENGTH } from '@/lib/board/format';
import { deleteRuns, insertAfter } from '@/lib/board/textInput/anchors';
import { makeTextInput } from '@/lib/board/textInput/makeTextInput';
import { readSeen } from '@/lib/board/textInput/seen';
import { spliceBefore, spliceOfInput } from '@/lib/board/textInput/splice';
import { Together } from '@/tests/unit/board/textInput/typing/together';

describe('spliceOfInput: the change an input made, from the input itself', () => {
  const facts = (before: string, [start, end]: [number, number], inputType: string, after: string, caret: number) =>
    spliceOfInput({ before, start, end, inputType, after, caret });

  it.each([
    // Typing "a" into "aa": the selection says which "a" is new (a diff would guess the last).
    ['typing into a repeat', facts('aa', [1, 1], 'insertText', 'aaa', 2), { index: 1, deleteCount: 0, insert: 'a' }],
    ['Enter', facts('ab', [1, 1], 'insertLineBreak', 'a\nb', 2), { index: 1, deleteCount: 0, insert: '\n' }],
    ['paste over a selection', facts('a  b', [1, 3], 'insertFromPaste', 'a [x] b', 6), { index: 1, deleteCount: 2, insert: ' [x] ' }],
    [
      'typing over a selection with the same letter',
      facts('xaby', [1, 3], 'insertText', 'xay', 2),
      { index: 1, deleteCount: 2, insert: 'a' },
    ],
    ['Backspace in a repeat', facts('a  b', [2, 2], 'deleteContentBackward', 'a b', 1), { index: 1, deleteCount: 1, insert: '' }],
    ['Delete in a repeat', facts('a  b', [1, 1], 'deleteContentForward', 'a b', 1), { index: 1, deleteCount: 1, insert: '' }],
    ['delete a word back', facts('one two', [7, 7], 'deleteWordBackward', 'one ', 4), { index: 4, deleteCount: 3, insert: '' }],
    ['delete a word forward', facts('one two', [0, 0], 'deleteWordForward', ' two', 0), { index: 0, deleteCount: 3, insert: '' }],
    ['cut', facts('one two', [3, 7], 'deleteByCut', 'one', 3), { index: 3, deleteCount: 4, insert: '' }],
    ['an IME', facts('ab', [1, 1], 'insertCompositionText', 'aかなb', 3), { index: 1, deleteCount: 0, insert: 'かな' }],
    // Away from the selection (a spelling fix, a drop): found by the caret the input leaves.
    [
      'a spelling fix elsewhere',
      facts('teh cat', [7, 7], 'insertReplacementText', 'the cat', 3),
      { index: 1, deleteCount: 2, insert: 'he' },
    ],
    ['a drop', facts('ab cd', [2, 2], 'insertFromDrop', 'ab cdab', 7), { index: 5, deleteCount: 0, insert: 'ab' }],
  ])('%s', (_name, splice, expected) => {
    expect(splice).toEqual(expected);
  });

  it('places an ambiguous change where it ends at the caret', () => {
    expect(spliceBefore('aa', 'aaa', 1)).toEqual({ index: 0, deleteCount: 0, insert: 'a' });
    expect(spliceBefore('aa', 'aaa', 3)).toEqual({ index: 2, deleteCount: 0, insert: 'a' });
    // A caret that does not fit never makes the change bigger than it is.
    expect(spliceBefore('abc', 'abxc', 0)).toEqual({ index: 2, deleteCount: 0, insert: 'x' });
  });
});

describe('the Yjs side', () => {
  const textDoc = (words: string) => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, words);
    return { doc, text };
  };

  it('inserts right after the character seen before the caret, before what someone deleted there', () => {
    const { doc, text } = textDoc('ab');
    const b = readSeen(text).runs[0]!;
    text.insert(2, 'xyz');
    text.delete(2, 3);
    doc.transact((transaction) => insertAfter(transaction, text, Y.createID(b.client, b.clock), '!'));
    // The new letter follows "a" directly in the list, not the deleted "xyz".
    let item = text._start;
    while (item && !(item.content instanceof Y.ContentString && item.content.str === '!')) item = item.right;
    expect(item?.origin).toEqual(Y.createID(b.client, b.clock));
    expect(text.toString()).toBe('a!b');
    // Index-based edits still land where they should afterwards (Yjs's cached positions were dropped).
    text.insert(3, '?');
    text.delete(0, 1);
    expect(text.toString()).toBe('!b?');
  });

  it('deletes each named character once, however the runs overlap', () => {
    const { text } = textDoc('abcdef');
    const [run] = readSeen(text).runs;
    deleteRuns(text, [
      { client: run!.client, clock: run!.clock + 1, length: 2 },
      { client: run!.client, clock: run!.clock + 2, length: 2 },
    ]);
    expect(text.toString()).toBe('aef');
  });
});

describe('typing together: the cases by name', () => {
  it('a composition is left alone while letters arrive, then applied where it began', () => {
    const t = new Together(makeTextInput, 'ab', [11, 12]);
    const [jo, riley] = t.people as [Together['people'][0], Together['people'][0]];
    t.place(jo, 1);
    jo.box.compositionStart();
    jo.box.compositionUpdate('か');
    t.place(riley, 1);
    t.local(riley, () => riley.box.insert('insertText', 'R'), 'insert');
    t.deliverAll();
    // Riley's letter is in Jo's doc, not in Jo's box: the IME still owns it.
    expect(t.text(jo).toString()).toBe('aRb');
    expect(jo.box.value).toBe('aかb');
    jo.box.compositionUpdate('かな');
    t.local(jo, () => jo.box.compositionEnd(), 'insert');
    t.finish();
    expect(['aかなRb', 'aRかなb']).toContain(t.text(jo).toString());
    expect(jo.box.value).toBe(t.text(jo).toString());
  });

  it('never takes the words past the limit, even when both type the last letters at once', () => {
    const t = new Together(makeTextInput, 'x'.repeat(MAX_ITEM_TEXT_LENGTH - 3), [21, 22]);
    const [jo, riley] = t.people as [Together['people'][0], Together['people'][0]];
    for (const letter of 'abcd') {
      t.local(jo, () => jo.box.insert('insertText', letter), 'insert');
      t.local(riley, () => riley.box.insert('insertText', letter.toUpperCase()), 'insert');
      expect(t.text(jo).length).toBeLessThanOrEqual(MAX_ITEM_TEXT_LENGTH);
      expect(t.text(riley).length).toBeLessThanOrEqual(MAX_ITEM_TEXT_LENGTH);
    }
    // Merged, the two pass it (the receive gate, lib/sync/receive/gate.ts, cuts what a
    // peer sends back to the limit); nothing typed here adds to that.
    t.deliverAll();
    expect(t.text(jo).length).toBe(MAX_ITEM_TEXT_LENGTH + 3);
    t.place(jo, 10, 12);
    t.local(jo, () => jo.box.insert('insertFromPaste', 'more'), 'insert');
    expect(t.text(jo).length).toBe(MAX_ITEM_TEXT_LENGTH + 1);
  });

  it('undo takes back only your own letters while the other keeps typing at the same spot', () => {
    const t = new Together(makeTextInput, 'We plan', [31, 32]);
    const [jo, riley] = t.people as [Together['people'][0], Together['people'][0]];
    for (const letter of ' soon') t.local(jo, () => jo.box.insert('insertText', letter), 'insert');
    t.deliverAll();
    t.place(riley, riley.box.value.length);
    t.history(jo, 'undo');
    for (const letter of ' later') t.local(riley, () => riley.box.insert('insertText', letter), 'insert');
    t.finish();
    expect(t.text(jo).toString()).toBe('We plan later');
  });
});
