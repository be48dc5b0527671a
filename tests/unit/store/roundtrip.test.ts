import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readItems } from '@/lib/board/read';
import { createBoard, deleteBoard, listBoards } from '@/lib/store/boards';
import { openDatabase } from '@/lib/store/db';
import { loadDevice, saveColour, saveDisplayName } from '@/lib/store/device';
import { personIdForKey, verifyStatement } from '@/lib/board/agreement/signing';
import { compactUpdates, storedBytes } from '@/lib/store/updateLog';
import { makeLibrary } from '@/lib/app/library';
import { freshDb } from '@/tests/support/db';
import { device, mustOpen, newStoredBoard } from '@/tests/support/session';
import { readMeta } from '@/lib/board/meta';

const newBoard = async (db: ReturnType<typeof freshDb>, name: string, now = 1) => ({
  id: await newStoredBoard(db, name, { now }),
});

describe('store round trip', () => {
  it('reads back, after closing and reopening the database, exactly what was edited', async () => {
    const db = freshDb();
    const board = await newBoard(db, 'Us');
    const session = await mustOpen(db, board.id);
    const a = session.addItem('boundary');
    session.setText(a, 'I need a quiet hour after work.');
    const b = session.addItem('celebration');
    session.setText(b, 'New job!');
    session.moveItem(b, 0);
    const expectedJson = session.doc.toJSON();
    const expectedVector = Y.encodeStateVector(session.doc);
    const expectedItems = readItems(session.doc);
    await session.close();
    db.close();

    const reopened = openDatabase(db.name);
    const again = await mustOpen(reopened, board.id);
    expect(readItems(again.doc)).toEqual(expectedItems);
    expect(again.doc.toJSON()).toEqual(expectedJson);
    expect(Y.encodeStateVector(again.doc)).toEqual(expectedVector);
    expect(readMeta(again.doc)).toMatchObject({ ok: true, value: { title: 'Us', kind: 'partners' } });
    await again.close();
  });

  it('sorts boards by last activity and refuses a blank name', async () => {
    const db = freshDb();
    const older = await newBoard(db, 'Older', 1);
    await newBoard(db, 'Newer', 2);
    expect((await listBoards(db)).map((b) => b.name)).toEqual(['Newer', 'Older']);
    const session = await mustOpen(db, older.id, { now: () => 3 });
    session.setText(session.addItem('expectation'), 'Reply by evening');
    await session.persistence.flush();
    expect((await listBoards(db)).map((b) => b.name)).toEqual(['Older', 'Newer']);
    await session.close();
    const blank = await createBoard(db, { name: '  ', kind: 'family', personId: 'p', personName: 'Sam', now: 4 });
    expect(blank.ok).toBe(false);
    expect(await db.boards.count()).toBe(2);
  });

  it('deleting a board removes every row it had and no other', async () => {
    const db = freshDb();
    const gone = await newBoard(db, 'Gone');
    const kept = await newBoard(db, 'Kept');
    const session = await mustOpen(db, gone.id);
    for (let i = 0; i < 5; i++) session.setText(session.addItem('boundary'), `b${i}`);
    await session.close();
    await deleteBoard(db, gone.id);
    expect(await db.boards.get(gone.id)).toBeUndefined();
    expect(await db.updates.where('boardId').equals(gone.id).count()).toBe(0);
    expect(await db.boards.get(kept.id)).toBeDefined();
    expect(await db.updates.where('boardId').equals(kept.id).count()).toBe(1);
  });

  it('renames from the list: shared title and list row both change', async () => {
    const db = freshDb();
    const board = await newBoard(db, 'Before');
    const library = makeLibrary(db);
    expect(await library.renameBoard(board.id, '   ')).toMatchObject({ ok: false });
    expect(await library.renameBoard(board.id, 'After')).toEqual({ ok: true, value: 'After' });
    expect((await db.boards.get(board.id))?.name).toBe('After');
    const session = await mustOpen(db, board.id);
    expect(readMeta(session.doc)).toMatchObject({ ok: true, value: { title: 'After' } });
    await session.close();
  });

  it('keeps the list name in step when the title is renamed inside the board', async () => {
    const db = freshDb();
    const board = await newBoard(db, 'Before');
    const opened = await makeLibrary(db).openBoard(board.id, device);
    if (!opened.ok) expect.fail(JSON.stringify(opened.error));
    const session = opened.value;
    expect(session.rename('Inside')).toEqual({ ok: true, value: 'Inside' });
    await session.close();
    await expect.poll(async () => (await db.boards.get(board.id))?.name).toBe('Inside');
  });

  it('compacts thousands of small edits to about the size of the document itself', async () => {
    const db = freshDb();
    const board = await newBoard(db, 'Busy');
    const session = await mustOpen(db, board.id, { compactEvery: 200 });
    const ids = Array.from({ length: 100 }, () => session.addItem('expectation'));
    for (let edit = 0; edit < 2000; edit++) {
      const id = ids[edit % ids.length]!;
      session.setText(id, `edit ${edit}`);
      if (edit % 50 === 0) await session.persistence.flush();
    }
    await session.persistence.flush();
    const docBytes = Y.encodeStateAsUpdate(session.doc).byteLength;
    const expectedItems = readItems(session.doc);
    await session.close();
    const result = await compactUpdates(db, board.id);
    expect(await db.updates.where('boardId').equals(board.id).count()).toBe(1);
    expect(result.bytesAfter).toBeLessThanOrEqual(docBytes * 2);
    expect(await storedBytes(db, board.id)).toBe(result.bytesAfter);
    const again = await mustOpen(db, board.id);
    expect(readItems(again.doc)).toEqual(expectedItems);
    await again.close();
  });

  it('keeps the device’s name, colour and person id', async () => {
    const db = freshDb();
    const first = await loadDevice(db);
    expect(first.displayName).toBeNull();
    expect(await saveDisplayName(db, '   ')).toMatchObject({ ok: false });
    expect(await saveDisplayName(db, ' Alex ')).toEqual({ ok: true, value: 'Alex' });
    expect(await loadDevice(db)).toMatchObject({ personId: first.personId, displayName: 'Alex', colour: null });
    expect(await saveColour(db, 'hotpink')).toMatchObject({ ok: false });
    expect(await saveColour(db, '#4f6fb5')).toEqual({ ok: true, value: '#4f6fb5' });
    const again = await loadDevice(db);
    expect(again).toMatchObject({ personId: first.personId, displayName: 'Alex', colour: '#4f6fb5' });
    expect(again.signer.publicKey).toBe(first.signer.publicKey);
  });

  it('gives the device one signing key: stored, not exportable, and its fingerprint is the person id', async () => {
    const db = freshDb();
    const device = await loadDevice(db);
    expect(device.personId).toBe(personIdForKey(device.signer.publicKey));
    expect(device.signer.publicKey).toMatch(/^ed25519:/);
    const stored = (await db.settings.get('signingKey'))?.value as { privateKey: CryptoKey };
    expect(stored.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', stored.privateKey)).rejects.toThrow();
    const sig = await device.signer.sign('hello');
    expect(await verifyStatement(device.signer.publicKey, 'hello', sig)).toBe(true);
    expect(await verifyStatement(device.signer.publicKey, 'hellO', sig)).toBe(false);
    // A device from before keys keeps its id (its boards know it by that), and gets a key.
    const legacy = freshDb();
    await legacy.settings.put({ key: 'personId', value: '0123456789abcdef0123456789abcdef' });
    const old = await loadDevice(legacy);
    expect(old.personId).toBe('0123456789abcdef0123456789abcdef');
    expect(old.signer.publicKey).toMatch(/^ed25519:/);
  });

  it('writes the person’s name into the board they open', async () => {
    const db = freshDb();
    const board = await newBoard(db, 'Us');
    const session = await mustOpen(db, board.id);
    expect(session.doc.getMap<Y.Map<unknown>>('people').get(device.personId)?.get('name')).toBe('Sam');
    await session.close();
  });
});

describe('board session undo steps', () => {
  it('makes add and delete their own steps even within the typing window', async () => {
    const db = freshDb();
    const board = await newBoard(db, 'Us');
    const session = await mustOpen(db, board.id);
    const id = session.addItem('boundary');
    session.setText(id, 'I need');
    session.deleteItem(id);
    session.undo();
    expect(readItems(session.doc).map((i) => i.text)).toEqual(['I need']);
    session.undo();
    expect(readItems(session.doc).map((i) => i.text)).toEqual(['']);
    session.undo();
    expect(readItems(session.doc)).toEqual([]);
    await session.close();
  });
});

describe('undo steps follow focus', () => {
  it('typing in another item right after is a separate step', async () => {
    const db = freshDb();
    const session = await mustOpen(db, await newStoredBoard(db));
    const first = session.addItem('boundary');
    session.setText(first, 'one');
    const second = session.addItem('boundary');
    session.setEditing(first);
    session.setText(first, 'one, more');
    session.setEditing(second);
    session.setText(second, 'two');
    session.undo();
    expect(readItems(session.doc).map((i) => i.text)).toEqual(['one, more', '']);
    await session.close();
  });
});

describe('reading a board early (the panel opened straight into it)', () => {
  afterEach(() => vi.restoreAllMocks());

  const boardWithItem = async () => {
    const db = freshDb();
    const boardId = await newStoredBoard(db, 'Us');
    const session = await mustOpen(db, boardId);
    session.setText(session.addItem('boundary'), 'I need a quiet hour after work.');
    await session.close();
    return { db, boardId, library: makeLibrary(db) };
  };
  const texts = (session: { doc: Y.Doc }) => readItems(session.doc).map((item) => item.text);

  it('opens from what was read early, the same as reading it then', async () => {
    const { boardId, library } = await boardWithItem();
    library.readBoardEarly(boardId);
    const opened = await library.openBoard(boardId, device);
    if (!opened.ok) expect.fail(JSON.stringify(opened.error));
    expect(texts(opened.value)).toEqual(['I need a quiet hour after work.']);
    expect(readMeta(opened.value.doc)).toMatchObject({ ok: true, value: { title: 'Us' } });
    await opened.value.close();
  });

  it('reads again when the early read is old, and uses it only once', async () => {
    const { db, boardId, library } = await boardWithItem();
    library.readBoardEarly(boardId);
    // Written after the early read (say, by another window)...
    const other = await mustOpen(db, boardId);
    other.setText(other.addItem('celebration'), 'We kept date night.');
    await other.close();
    // ...and the early read is over two seconds old by the time the board opens.
    const start = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => start + 3000);
    const opened = await library.openBoard(boardId, device);
    if (!opened.ok) expect.fail(JSON.stringify(opened.error));
    expect(texts(opened.value).sort()).toEqual(['I need a quiet hour after work.', 'We kept date night.']);
    await opened.value.close();
  });

  it('a board missing when read early opens as missing, and other boards are unaffected', async () => {
    const { boardId, library } = await boardWithItem();
    library.readBoardEarly('no-such-board');
    expect(await library.openBoard('no-such-board', device)).toEqual({ ok: false, error: { kind: 'missing' } });
    library.readBoardEarly('no-such-board');
    const opened = await library.openBoard(boardId, device);
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.value.close();
  });
});
