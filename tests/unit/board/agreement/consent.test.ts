import { agreeAsWritten, withdrawAsWritten } from '@/tests/support/asWritten';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem, setItemText, setPerson } from '@/lib/board/actions';
import { consentState, hasAgreed, readConsent, textHash } from '@/lib/board/agreement/consent';
import { boardMaps } from '@/lib/board/schema';
import { readItems, readPeople } from '@/lib/board/read';
import { makeUndoManager } from '@/lib/board/undo';
import { sync, twoDevices } from '@/tests/support/docs';

function stateOf(doc: Y.Doc, itemId: string) {
  const item = readItems(doc).find((i) => i.id === itemId)!;
  const partners = readPeople(doc, TRUST_AS_WRITTEN).filter((p) => p.role === 'partner');
  const result = consentState(item, readConsent(doc, itemId, TRUST_AS_WRITTEN), partners);
  return result.kind === 'agreed' ? 'agreed' : { waitingFor: result.waitingFor.map((p) => p.name), changed: result.changedSinceAgreed };
}

function boardWithPartners() {
  const [sam, alex] = twoDevices();
  setPerson(sam, 'sam', { name: 'Sam' }, 1);
  setPerson(alex, 'alex', { name: 'Alex' }, 2);
  const id = addItem(sam, { section: 'boundary', author: 'sam', now: 2, text: 'I need a quiet hour after work.' });
  sync(sam, alex);
  return { sam, alex, id };
}

describe('consent', () => {
  it('is bound to the exact words: agreed by everyone, reset by an edit, agreed again', () => {
    const { sam, alex, id } = boardWithPartners();
    expect(stateOf(sam, id)).toEqual({ waitingFor: ['Sam', 'Alex'], changed: false });
    agreeAsWritten(sam, id, 'sam', 3);
    sync(sam, alex);
    expect(stateOf(alex, id)).toEqual({ waitingFor: ['Alex'], changed: false });
    agreeAsWritten(alex, id, 'alex', 4);
    sync(sam, alex);
    expect(stateOf(sam, id)).toBe('agreed');

    setItemText(alex, id, 'I need a quiet hour after work, most days.', 5);
    sync(sam, alex);
    expect(stateOf(sam, id)).toEqual({ waitingFor: ['Sam', 'Alex'], changed: true });
    expect(readConsent(sam, id, TRUST_AS_WRITTEN).map((r) => r.text)).toEqual([
      'I need a quiet hour after work.',
      'I need a quiet hour after work.',
    ]);

    agreeAsWritten(sam, id, 'sam', 6);
    agreeAsWritten(alex, id, 'alex', 6);
    sync(sam, alex);
    expect(stateOf(alex, id)).toBe('agreed');
  });

  it('never shows agreed by everyone for words someone did not agree to, when agreeing and editing cross', () => {
    const { sam, alex, id } = boardWithPartners();
    agreeAsWritten(sam, id, 'sam', 3);
    sync(sam, alex);
    // At the same moment: Alex agrees to the current words, Sam edits them.
    agreeAsWritten(alex, id, 'alex', 4);
    setItemText(sam, id, 'I need a quiet hour after work. Weekends too.', 4);
    sync(sam, alex);
    for (const doc of [sam, alex]) expect(stateOf(doc, id)).toEqual({ waitingFor: ['Sam', 'Alex'], changed: true });
  });

  it('withdrawing is possible at any time and visible to the others', () => {
    const { sam, alex, id } = boardWithPartners();
    agreeAsWritten(sam, id, 'sam', 3);
    agreeAsWritten(alex, id, 'alex', 3);
    sync(sam, alex);
    withdrawAsWritten(alex, id, 'alex', 4);
    sync(sam, alex);
    expect(stateOf(sam, id)).toEqual({ waitingFor: ['Alex'], changed: false });
    const item = readItems(sam)[0]!;
    expect(hasAgreed(item, readConsent(sam, id, TRUST_AS_WRITTEN), 'sam')).toBe(true);
    expect(hasAgreed(item, readConsent(sam, id, TRUST_AS_WRITTEN), 'alex')).toBe(false);
  });

  it('with several partners, waits for every one of them', () => {
    const { sam, alex, id } = boardWithPartners();
    setPerson(sam, 'robin', { name: 'Robin', role: 'partner' }, 3);
    agreeAsWritten(sam, id, 'sam', 4);
    agreeAsWritten(alex, id, 'alex', 4);
    sync(sam, alex);
    expect(stateOf(alex, id)).toEqual({ waitingFor: ['Robin'], changed: false });
    agreeAsWritten(alex, id, 'robin', 5);
    sync(sam, alex);
    expect(stateOf(sam, id)).toBe('agreed');
  });

  it('counts only partners; a facilitator or observer is never waited for', () => {
    const { sam, alex, id } = boardWithPartners();
    setPerson(sam, 'dana', { name: 'Dana' }, 5);
    boardMaps(sam).people.get('dana')!.set('role', 'facilitator');
    agreeAsWritten(sam, id, 'sam', 6);
    agreeAsWritten(alex, id, 'alex', 6);
    sync(sam, alex);
    expect(stateOf(sam, id)).toBe('agreed');
  });

  it('is not undone by undo, and ignores malformed records', () => {
    const { sam, id } = boardWithPartners();
    const undo = makeUndoManager(sam, 0);
    agreeAsWritten(sam, id, 'sam', 3);
    undo.undo();
    expect(readConsent(sam, id, TRUST_AS_WRITTEN)).toHaveLength(1);
    sam.getMap('consent').set(`${id}:mallory`, { textHash: 'not-a-hash', text: 'x', at: 1 });
    sam.getMap('consent').set(`${id}:eve`, 'agreed!');
    expect(readConsent(sam, id, TRUST_AS_WRITTEN).map((r) => r.personId)).toEqual(['sam']);
    expect(textHash('')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('consent records', () => {
  it('ignores a record whose words do not match its hash', () => {
    const { sam, id } = boardWithPartners();
    sam.getMap('consent').set(`${id}:mallory`, { textHash: textHash('something else'), text: 'I need a quiet hour after work.', at: 1 });
    expect(readConsent(sam, id, TRUST_AS_WRITTEN)).toEqual([]);
  });
});
