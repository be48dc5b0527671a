import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { openBoardHandle, type BoardHandle } from '@/lib/app/boardHandle';
import { makeKeeper } from '@/lib/app/keepInStep/keeper';
import { readLinkMessage, writeLinkMessage } from '@/lib/app/keepInStep/linkMessages';
import { linkToKeeper } from '@/lib/app/keepInStep/panelLink';
import { localPortPair } from '@/lib/app/keepInStep/localPort';
import { addItem } from '@/lib/board/actions';
import { readItems } from '@/lib/board/read';
import type { BoardRecord } from '@/lib/store/db';
import { makeEmitter } from '@/lib/util/emitter';
import { makeSessionTracker } from '@/lib/app/sessionTracker';
import { listSessions } from '@/lib/store/sessions';
import { freshDb } from '@/tests/support/db';
import { device, newStoredBoard } from '@/tests/support/session';

const texts = (doc: Y.Doc) => readItems(doc).map((item) => item.text);

/** A board kept in step, held by a keeper as the offscreen document holds it (a real board handle, no network). */
async function heldBoard() {
  const db = freshDb();
  const boardId = await newStoredBoard(db);
  const rows = makeEmitter<BoardRecord[]>();
  let held: BoardHandle | undefined;
  const keeper = makeKeeper({
    loadDevice: () => Promise.resolve(device),
    watchBoards: (onChange) => rows.on(onChange),
    openBoard: async (id, _device, options) => {
      const opened = await openBoardHandle(db, id, { name: 'Us' }, device, options);
      if (opened.ok) held = opened.value;
      return opened;
    },
  });
  const row = (keepInStep: boolean): BoardRecord => ({
    id: boardId,
    name: 'Us',
    kind: 'partners',
    createdAt: 1,
    lastActivityAt: 1,
    share: { room: 'r', secret: 's' },
    keepInStep,
  });
  rows.emit([row(true)]);
  await expect.poll(() => held).toBeDefined();
  /** A panel's link to it, as the panel makes one. */
  const link = (doc: Y.Doc, onLost: () => void = () => {}) => {
    const [panelEnd, documentEnd] = localPortPair();
    keeper.attend(documentEnd);
    return linkToKeeper(doc, boardId, panelEnd, onLost);
  };
  return { db, boardId, board: held!, keeper, link, letGo: () => rows.emit([row(false)]) };
}

describe('a panel using the connection of the document that keeps its board in step', () => {
  it('keeps both docs in step both ways, and the board says its person is here only while a panel attends', async () => {
    const { board, link } = await heldBoard();
    expect(board.me.inStep).toBe(true);
    const panelDoc = new Y.Doc();
    addItem(panelDoc, { section: 'boundary', author: 'sam', now: 1, text: 'Written in the panel.' });
    addItem(board.doc, { section: 'celebration', author: 'alex', now: 2, text: 'Arrived while the panel was closed.' });
    const linked = await link(panelDoc);
    if (!linked) expect.fail('the document did not take the panel');
    const both = ['Arrived while the panel was closed.', 'Written in the panel.'];
    await expect.poll(() => texts(panelDoc).sort()).toEqual(both);
    await expect.poll(() => texts(board.doc).sort()).toEqual(both);
    expect(board.me.inStep).toBe(false);
    // Edits after the link is made flow too.
    addItem(board.doc, { section: 'expectation', author: 'alex', now: 3, text: 'From the room.' });
    await expect.poll(() => texts(panelDoc)).toContain('From the room.');
    // With no network here, the document is still connecting: the panel says the same.
    expect(linked.status()).toEqual({ kind: 'connecting' });
    await linked.destroy();
    await expect.poll(() => board.me.inStep).toBe(true);
  });

  it('two panels at once: each one’s edits reach the other, and the person is away only once both have gone', async () => {
    const { board, link } = await heldBoard();
    const [first, second] = [new Y.Doc(), new Y.Doc()];
    const [one, two] = await Promise.all([link(first), link(second)]);
    if (!one || !two) expect.fail('the document did not take both panels');
    addItem(first, { section: 'boundary', author: 'sam', now: 1, text: 'From the first window.' });
    await expect.poll(() => texts(second)).toEqual(['From the first window.']);
    await one.destroy();
    // Once an edit from the second has gone through, the first's leaving has been heard too.
    addItem(second, { section: 'boundary', author: 'sam', now: 2, text: 'From the second window.' });
    await expect.poll(() => texts(board.doc)).toContain('From the second window.');
    expect(board.me.inStep).toBe(false);
    await two.destroy();
    await expect.poll(() => board.me.inStep).toBe(true);
  });

  it('a panel asking just before the document has read its rows is answered once the board is held', async () => {
    const db = freshDb();
    const boardId = await newStoredBoard(db);
    const rows = makeEmitter<BoardRecord[]>();
    const keeper = makeKeeper({
      loadDevice: () => Promise.resolve(device),
      watchBoards: (onChange) => rows.on(onChange),
      openBoard: (id, _device, options) => openBoardHandle(db, id, { name: 'Us' }, device, options),
    });
    const [panelEnd, documentEnd] = localPortPair();
    keeper.attend(documentEnd);
    const asked = linkToKeeper(new Y.Doc(), boardId, panelEnd, () => {});
    // The port delivers on the next task: after this one, the keeper has the question, and no rows yet.
    await new Promise((done) => setTimeout(done, 0));
    expect(keeper.held()).toEqual([]);
    rows.emit([
      { id: boardId, name: 'Us', kind: 'partners', createdAt: 1, lastActivityAt: 1, share: { room: 'r', secret: 's' }, keepInStep: true },
    ]);
    expect(await asked).not.toBeNull();
    await keeper.close();
  });

  it('a panel whose page goes with a session live: the document stores that session; one the panel ended itself is stored once', async () => {
    const { db, boardId, keeper } = await heldBoard();
    const panelDoc = new Y.Doc();
    const tracker = () =>
      makeSessionTracker(db, boardId, panelDoc, { personId: device.personId, name: 'Sam' }, Date.now, (error) =>
        expect.fail(String(error)),
      );
    const stored = () => db.sessions.where('boardId').equals(boardId).count();

    // The page goes (closed, crashed): its port closes with nothing said first.
    const gone = tracker();
    gone.setOthers([{ personId: 'alex', name: 'Alex' }]);
    const [panelEnd, documentEnd] = localPortPair();
    keeper.attend(documentEnd);
    expect(await linkToKeeper(panelDoc, boardId, panelEnd, () => {}, gone)).not.toBeNull();
    addItem(panelDoc, { section: 'boundary', author: 'sam', now: 1, text: 'Said in the session.' });
    panelEnd.close();
    await expect.poll(stored).toBe(1);
    const [session] = await listSessions(db, boardId);
    expect(session?.people.map((person) => person.name).sort()).toEqual(['Alex', 'Sam']);

    // A panel that ends its session itself (the board closed) stores it; the document does not again.
    const ends = tracker();
    ends.start();
    const [again, againEnd] = localPortPair();
    keeper.attend(againEnd);
    const linked = await linkToKeeper(panelDoc, boardId, again, () => {}, ends);
    await ends.close();
    await linked!.destroy();
    await expect.poll(stored).toBe(2);
    await keeper.close();
    expect(await stored()).toBe(2);
  });

  it('a board the document does not hold: the panel is told so, and connects on its own', async () => {
    const { keeper } = await heldBoard();
    const [panelEnd, documentEnd] = localPortPair();
    keeper.attend(documentEnd);
    expect(await linkToKeeper(new Y.Doc(), 'another-board', panelEnd, () => {})).toBeNull();
  });

  it('turned off while a panel uses it: the panel hears it is lost (and connects on its own)', async () => {
    const { link, letGo } = await heldBoard();
    const lost = vi.fn();
    const linked = await link(new Y.Doc(), lost);
    expect(linked).not.toBeNull();
    letGo();
    await expect.poll(() => lost.mock.calls.length).toBe(1);
  });
});

describe('the messages over the port', () => {
  it('carries sync bytes as base64 and reads them back', () => {
    const read = readLinkMessage(JSON.parse(JSON.stringify(writeLinkMessage({ kind: 'sync', data: Uint8Array.of(0, 1, 254, 255) }))));
    expect(read).toEqual({ ok: true, value: { kind: 'sync', data: Uint8Array.of(0, 1, 254, 255) } });
  });

  it.each([
    ['not an object', 'hello'],
    ['no kind', { board: 'b' }],
    ['an unknown kind', { kind: 'shout' }],
    ['sync data that is not base64', { kind: 'sync', data: '%%%' }],
    ['a board id far too long', { kind: 'attend', board: 'b'.repeat(65) }],
    [
      'a state with a status of no known kind',
      { kind: 'state', status: { kind: 'party' }, others: [], visitors: 0, unreadable: 0, refused: [] },
    ],
    [
      'a state whose people are not people',
      { kind: 'state', status: { kind: 'waiting' }, others: [{ name: 1 }], visitors: 0, unreadable: 0, refused: [] },
    ],
    ['a state with a negative count', { kind: 'state', status: { kind: 'waiting' }, others: [], visitors: -1, unreadable: 0, refused: [] }],
  ])('refuses %s, as a value', (_what, message) => {
    expect(readLinkMessage(message).ok).toBe(false);
  });
});
