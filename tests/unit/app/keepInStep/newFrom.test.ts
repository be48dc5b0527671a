import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { makeLibrary } from '@/lib/app/library';
import { NO_PLATFORM } from '@/lib/app/library/deps';
import { watchNewFromOthers, type NewFromOthersDeps } from '@/lib/app/keepInStep/newFromOthers';
import type { LocksPort } from '@/lib/app/keepInStep/shownBoards';
import { addItem } from '@/lib/board/actions';
import { createBoard } from '@/lib/store/boards';
import type { CommonGroundDB } from '@/lib/store/db';
import { freshDb } from '@/tests/support/db';
import { device } from '@/tests/support/session';
import { agreeSigned, joinSigned, makeTestPerson, type TestPerson } from '@/tests/support/signedPeople';

const alex = await makeTestPerson();
const kim = await makeTestPerson();

/** A board Sam (this device) made, held open as the keeper holds one: in the background, with no connection. */
async function heldBoard(db: CommonGroundDB, library = makeLibrary(db)): Promise<BoardHandle> {
  const created = await createBoard(db, { name: 'Between calls', kind: 'partners', personId: device.personId, personName: 'Sam', now: 1 });
  if (!created.ok) throw new Error(created.error);
  const opened = await library.openBoard(created.value.id, device, { inBackground: true });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return opened.value;
}

/** Another device's copy of the board: what it does reaches this one as a connection delivers it (not local). */
function peerOf(board: BoardHandle) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(board.doc));
  return {
    doc,
    async join(person: TestPerson, name: string) {
      await joinSigned(doc, person, name, 'partner');
      this.send();
    },
    add(person: { id: string }, text: string) {
      addItem(doc, { section: 'celebration', author: person.id, now: 2, text });
      this.send();
    },
    send() {
      Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(board.doc)), 'a peer');
    },
  };
}

/** Deps whose `record` the test reads; compares 10 ms after a batch begins. */
function deps(shown: () => boolean = () => false) {
  const recorded: string[][] = [];
  const record = vi.fn(async (_boardId: string, names: string[]) => void recorded.push(names));
  const given: NewFromOthersDeps = { isShown: async () => shown(), record, onError: (error) => expect.fail(String(error)), settleMs: 10 };
  return { given, recorded, record };
}

/** Web Locks as the browser keeps them for one origin, in memory. */
function fakeLocks(): LocksPort {
  const held = new Map<string, number>();
  return {
    async request(name, _options, callback) {
      held.set(name, (held.get(name) ?? 0) + 1);
      try {
        await callback();
      } finally {
        held.set(name, held.get(name)! - 1);
      }
    },
    query: async () => ({ held: [...held].flatMap(([name, count]) => (count > 0 ? [{ name }] : [])) }),
  };
}

describe('"new from Alex": whose changes reach a board kept in step while no panel shows it', () => {
  it('names the person whose item arrived, once per batch, the way "What changed" names them', async () => {
    const db = freshDb();
    const board = await heldBoard(db);
    const { given, recorded } = deps();
    watchNewFromOthers(board, given);
    const peer = peerOf(board);
    await peer.join(alex, 'Alex');
    // Joining (a person's entry) is not a change "What changed" lists: nothing yet.
    peer.add(alex, 'Alex made tea for both of us on Tuesday.');
    peer.add(alex, 'And walked the dog.');
    // A batch compared while the next arrives may name its people too (the row keeps each name once).
    await vi.waitFor(() => expect(new Set(recorded.flat())).toEqual(new Set(['Alex'])));
    await board.close();
  });

  it('names who agreed too, and everyone whose changes came in one batch', async () => {
    const db = freshDb();
    const board = await heldBoard(db);
    const ours = board.addItem('boundary', 'I need a quiet hour after work.');
    const { given, recorded } = deps();
    watchNewFromOthers(board, given);
    const peer = peerOf(board);
    await peer.join(alex, 'Alex');
    await peer.join(kim, 'Kim');
    await agreeSigned(peer.doc, alex, ours, 3);
    peer.add(kim, 'Kim cooked on Sunday.');
    await vi.waitFor(() => expect(new Set(recorded.flat())).toEqual(new Set(['Alex', 'Kim'])));
    await board.close();
  });

  it('never for this person’s own changes: made here, or arriving from their own panel', async () => {
    const db = freshDb();
    const board = await heldBoard(db);
    const { given, record } = deps();
    watchNewFromOthers(board, given);
    board.addItem('celebration', 'Made here.');
    const peer = peerOf(board);
    // The panel's edits reach the background over BroadcastChannel, as a peer's do.
    peer.add({ id: device.personId }, 'Added in Sam’s own panel.');
    // Then one of Alex's, so the test waits on something: only Alex is named.
    await peer.join(alex, 'Alex');
    peer.add(alex, 'From Alex.');
    await vi.waitFor(() => expect(record).toHaveBeenCalled());
    await board.close();
    expect(new Set(record.mock.calls.flatMap(([, names]) => names))).toEqual(new Set(['Alex']));
  });

  it('not while a panel shows the board: the person sees it there', async () => {
    const db = freshDb();
    const board = await heldBoard(db);
    let shown = true;
    const asked = vi.fn(() => shown);
    const { given, recorded } = deps(asked);
    const peer = peerOf(board);
    // Both on the board before the watch: Alex's item is then the only change being compared.
    await peer.join(alex, 'Alex');
    await peer.join(kim, 'Kim');
    watchNewFromOthers(board, given);
    peer.add(alex, 'Seen in the panel.');
    // Asked once Alex's change is compared, just before it would be noted: shown, so it is not.
    await vi.waitFor(() => expect(asked).toHaveBeenCalledOnce());
    shown = false;
    peer.add(kim, 'After the panel closed.');
    await vi.waitFor(() => expect(recorded.length).toBeGreaterThan(0));
    await board.close();
    expect(new Set(recorded.flat())).toEqual(new Set(['Kim']));
  });

  it('a sync that brings nothing new notes nothing; the board closing ends the watch', async () => {
    const db = freshDb();
    const board = await heldBoard(db);
    const { given, record } = deps();
    const stop = watchNewFromOthers(board, given);
    const peer = peerOf(board);
    peer.send();
    await peer.join(alex, 'Alex');
    await board.close();
    // After the close nothing is watched (the doc is gone): a late batch notes nothing, and stop is harmless.
    peer.add(alex, 'Too late.');
    stop();
    await new Promise<void>((done) => setTimeout(done, 30));
    expect(record).not.toHaveBeenCalled();
  });
});

describe('the Library: the row keeps the names, and a panel showing the board clears them', () => {
  it('keeps whose changes arrived on the row and has the badge counted; showing the board clears it, and notes none meanwhile', async () => {
    const db = freshDb();
    const remindersChanged = vi.fn();
    const locks = fakeLocks();
    const library = makeLibrary(db, { ...NO_PLATFORM, remindersChanged, locks });
    const board = await heldBoard(db, library);
    const peer = peerOf(board);
    await peer.join(alex, 'Alex');
    await peer.join(kim, 'Kim');
    library.watchNewFromOthers(board);
    remindersChanged.mockClear();

    peer.add(alex, 'Alex made tea.');
    await vi.waitFor(async () => expect((await db.boards.get(board.boardId))?.newFrom).toEqual(['Alex']), { timeout: 5000 });
    expect(remindersChanged).toHaveBeenCalled();

    // A panel opens the board (the panel's library, the same origin's locks: here the same library).
    remindersChanged.mockClear();
    const stopShowing = library.showBoard(board.boardId);
    await vi.waitFor(async () => expect((await db.boards.get(board.boardId))?.newFrom).toBeUndefined());
    expect(remindersChanged).toHaveBeenCalledOnce();
    const asked = vi.spyOn(locks, 'query');
    peer.add(alex, 'Seen in the panel.');
    // The locks are asked just before noting: the board is shown, so nothing is.
    await vi.waitFor(() => expect(asked).toHaveBeenCalled(), { timeout: 5000 });
    stopShowing();
    peer.add(kim, 'After the panel closed.');
    await vi.waitFor(async () => expect((await db.boards.get(board.boardId))?.newFrom).toEqual(['Kim']), { timeout: 5000 });
    await board.close();
  }, 15_000);

  it('showing a board with nothing new on it writes nothing and counts nothing again', async () => {
    const db = freshDb();
    const remindersChanged = vi.fn();
    const library = makeLibrary(db, { ...NO_PLATFORM, remindersChanged });
    const board = await heldBoard(db, library);
    await board.close();
    // Closing saved its reminders (counted then); from here on only showing it could count again.
    remindersChanged.mockClear();
    const before = await db.boards.get(board.boardId);
    library.showBoard(board.boardId)();
    await new Promise<void>((done) => setTimeout(done, 20));
    expect(await db.boards.get(board.boardId)).toEqual(before);
    expect(remindersChanged).not.toHaveBeenCalled();
  });
});
