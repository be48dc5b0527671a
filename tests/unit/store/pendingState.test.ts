import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem, setItemText } from '@/lib/board/actions';
import { readItems } from '@/lib/board/read';
import { encodeBackup, parseBackup } from '@/lib/store/backup/backup';
import type { CommonGroundDB } from '@/lib/store/db';
import { encodeBoardState } from '@/lib/store/encodeState';
import { importBackup } from '@/lib/store/backup/importBackup';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { loadSessionDoc, saveSession } from '@/lib/store/sessions';
import { appendUpdate, compactUpdates } from '@/lib/store/updateLog';
import { freshDb } from '@/tests/support/db';
import { newStoredBoard } from '@/tests/support/session';

/**
 * Issue 13, case 4: a peer sends an update whose dependency never arrives.
 * Yjs keeps it "pending" in the doc, and `Y.encodeStateAsUpdate` would copy
 * it into everything written afterwards, which our own readers refuse.
 */

const texts = (doc: Y.Doc) =>
  readItems(doc)
    .map((item) => item.text)
    .sort();

async function storedBoardDoc(db: CommonGroundDB): Promise<{ boardId: string; doc: Y.Doc }> {
  const boardId = await newStoredBoard(db);
  const loaded = await loadBoardDoc(db, boardId);
  if (!loaded.ok) expect.fail(`board did not load: ${JSON.stringify(loaded.error)}`);
  addItem(loaded.value, { section: 'boundary', author: 'p', now: 2, text: 'I need quiet mornings.' });
  return { boardId, doc: loaded.value };
}

/**
 * Gives `doc` pending structs and a pending delete: a peer with the same board
 * makes two successive edits, and only the second reaches `doc`.
 */
function poison(doc: Y.Doc): void {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const id = addItem(peer, { section: 'expectation', author: 'peer', now: 3, text: 'First, never delivered.' });
  const before = Y.encodeStateVector(peer);
  // Rewrites part of the undelivered text (a delete of structs `doc` never had) and adds to it.
  setItemText(peer, id, 'Second, delivered.', 4);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before));
  peer.destroy();
  expect(doc.store.pendingStructs).not.toBeNull();
  expect(doc.store.pendingDs).not.toBeNull();
}

describe('pending data from a peer', () => {
  it('never reaches a JSON backup: one exported after it imports cleanly, with the whole board', async () => {
    const db = freshDb();
    const { doc } = await storedBoardDoc(db);
    poison(doc);

    const parsed = parseBackup(encodeBackup(doc, { name: 'Us', kind: 'partners' }, null, new Date(5)));
    if (!parsed.ok) expect.fail(`backup refused: ${parsed.error}`);
    const other = freshDb();
    const imported = await importBackup(other, parsed.value, 6);
    const loaded = await loadBoardDoc(other, imported.boardId);
    if (!loaded.ok) expect.fail(`imported board did not load: ${JSON.stringify(loaded.error)}`);
    expect(texts(loaded.value)).toEqual(texts(doc));
    expect(texts(loaded.value)).toEqual(['I need quiet mornings.']);
  });

  it('never reaches a session snapshot, changes-only or whole: both read back', async () => {
    const db = freshDb();
    const { boardId, doc } = await storedBoardDoc(db);
    const people = [{ id: 'p', name: 'Sam' }];
    await saveSession(db, boardId, doc, { startedAt: 1, endedAt: 2, people });
    poison(doc);
    addItem(doc, { section: 'celebration', author: 'p', now: 7, text: 'A calm week.' });
    await saveSession(db, boardId, doc, { startedAt: 3, endedAt: 4, people });
    const [, changesOnly] = await db.sessions.where('boardId').equals(boardId).sortBy('id');
    expect(changesOnly?.full).toBe(false);
    await expectSession(db, changesOnly!.id!, ['A calm week.', 'I need quiet mornings.']);

    // The first snapshot of a board, taken after the poisoning: a whole one.
    const other = freshDb();
    const first = await storedBoardDoc(other);
    poison(first.doc);
    await saveSession(other, first.boardId, first.doc, { startedAt: 1, endedAt: 2, people });
    const whole = await other.sessions.where('boardId').equals(first.boardId).first();
    expect(whole?.full).toBe(true);
    await expectSession(other, whole!.id!, ['I need quiet mornings.']);
  });

  it('is dropped when a log row carrying it is compacted, so the board loads again', async () => {
    const db = freshDb();
    const { boardId, doc } = await storedBoardDoc(db);
    poison(doc);
    // As an older version could have stored it: the doc's state, pending data and all.
    await appendUpdate(db, boardId, Y.encodeStateAsUpdate(doc), 8);
    expect((await loadBoardDoc(db, boardId)).ok).toBe(false);
    await compactUpdates(db, boardId);
    const loaded = await loadBoardDoc(db, boardId);
    if (!loaded.ok) expect.fail(`compacted board did not load: ${JSON.stringify(loaded.error)}`);
    expect(texts(loaded.value)).toEqual(['I need quiet mornings.']);
  });

  it('is left in the live doc: encoding without it changes nothing there, and it still completes when the missing edit comes', () => {
    const doc = new Y.Doc();
    const peer = new Y.Doc();
    const first = captureUpdate(peer, () => peer.getText('t').insert(0, 'hello'));
    const second = captureUpdate(peer, () => peer.getText('t').insert(5, ' world'));
    Y.applyUpdate(doc, second);
    const pending = doc.store.pendingStructs;
    expect(pending).not.toBeNull();

    const state = encodeBoardState(doc);
    expect(doc.store.pendingStructs).toBe(pending);
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, state);
    expect(scratch.store.pendingStructs).toBeNull();
    // Only the pending data was left out: with it, Yjs's own encoding differs.
    expect(Y.encodeStateAsUpdate(doc)).not.toEqual(state);

    Y.applyUpdate(doc, first);
    expect(doc.getText('t').toString()).toBe('hello world');
    expect(encodeBoardState(doc)).toEqual(Y.encodeStateAsUpdate(doc));
  });
});

async function expectSession(db: CommonGroundDB, sessionId: number, expected: string[]): Promise<void> {
  const read = await loadSessionDoc(db, sessionId);
  if (!read.ok) expect.fail(`session refused: ${read.error}`);
  expect(texts(read.value)).toEqual(expected);
  read.value.destroy();
}

function captureUpdate(doc: Y.Doc, edit: () => void): Uint8Array {
  let captured: Uint8Array | null = null;
  const listen = (update: Uint8Array) => {
    captured = update;
  };
  doc.on('update', listen);
  edit();
  doc.off('update', listen);
  if (!captured) throw new Error('the edit made no update');
  return captured;
}
