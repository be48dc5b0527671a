import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { makeKeeper } from '@/lib/app/keepInStep/keeper';
import type { BoardRecord } from '@/lib/store/db';
import { makeEmitter } from '@/lib/util/emitter';
import { device } from '@/tests/support/session';

const row = (id: string, { keep = true, room = `room-${id}` }: { keep?: boolean; room?: string | null } = {}): BoardRecord => ({
  id,
  name: id,
  kind: 'partners',
  createdAt: 1,
  lastActivityAt: 1,
  ...(room ? { share: { room, secret: 's' } } : {}),
  ...(keep ? { keepInStep: true } : {}),
});

/** A library whose rows the test sets, and whose boards only count opens and closes. */
function fakeLibrary() {
  const rows = makeEmitter<BoardRecord[]>();
  const open = new Set<string>();
  const opened: { boardId: string; inBackground?: boolean }[] = [];
  let gate: Promise<void> = Promise.resolve();
  const library = {
    loadDevice: vi.fn(() => Promise.resolve(device)),
    watchBoards: (onChange: (boards: BoardRecord[]) => void) => rows.on(onChange),
    openBoard: vi.fn(async (boardId: string, _device: unknown, options?: { inBackground?: boolean }) => {
      await gate;
      if (boardId === 'broken') return { ok: false as const, error: { kind: 'corrupt' as const, detail: 'bad rows' } };
      open.add(boardId);
      opened.push({ boardId, inBackground: options?.inBackground });
      const close = vi.fn(() => Promise.resolve(void open.delete(boardId)));
      // What the keeper's checking of signatures (pinning.ts) reads of a board: an empty one.
      const board = {
        boardId,
        close,
        doc: new Y.Doc(),
        known: () => [],
        counters: () => new Map(),
        closed: () => false,
        remember() {},
        rememberCounters() {},
      };
      return { ok: true as const, value: board as unknown as BoardHandle };
    }),
  };
  return {
    library,
    rows,
    open,
    opened,
    /** Holds every opening until `release` is called. */
    hold() {
      let release!: () => void;
      gate = new Promise((done) => (release = done));
      return release;
    },
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the keeper (holds the boards kept in step open, with no panel)', () => {
  it('opens each shared board kept in step, in the background, and no other', async () => {
    const fake = fakeLibrary();
    const keeper = makeKeeper(fake.library);
    fake.rows.emit([row('kept'), row('not-kept', { keep: false }), row('never-shared', { room: null })]);
    await settle();
    expect([...fake.open]).toEqual(['kept']);
    expect(fake.opened).toEqual([{ boardId: 'kept', inBackground: true }]);
    expect(fake.library.loadDevice).toHaveBeenCalledOnce();
    await keeper.close();
  });

  it('follows the rows: a board turned off is closed, one re-invited into another room is opened again there', async () => {
    const fake = fakeLibrary();
    const keeper = makeKeeper(fake.library);
    fake.rows.emit([row('a'), row('b')]);
    await settle();
    fake.rows.emit([row('a', { keep: false }), row('b')]);
    await settle();
    expect([...fake.open]).toEqual(['b']);
    fake.rows.emit([row('b', { room: 'a-new-room' })]);
    await settle();
    expect(fake.opened.map((o) => o.boardId)).toEqual(['a', 'b', 'b']);
    expect([...fake.open]).toEqual(['b']);
    expect(keeper.held()).toEqual(['b']);
    // Rows that say the same again change nothing.
    fake.rows.emit([row('b', { room: 'a-new-room' })]);
    await settle();
    expect(fake.library.openBoard).toHaveBeenCalledTimes(3);
    await keeper.close();
  });

  it('a board let go while it is still opening is closed once open', async () => {
    const fake = fakeLibrary();
    const release = fake.hold();
    const keeper = makeKeeper(fake.library);
    fake.rows.emit([row('slow')]);
    fake.rows.emit([]);
    expect(keeper.held()).toEqual([]);
    release();
    await settle();
    await settle();
    expect([...fake.open]).toEqual([]);
    await keeper.close();
  });

  it('close() closes every board held, waits for them, and stops following the rows', async () => {
    const fake = fakeLibrary();
    const keeper = makeKeeper(fake.library);
    fake.rows.emit([row('a'), row('b')]);
    await settle();
    await keeper.close();
    expect([...fake.open]).toEqual([]);
    fake.rows.emit([row('c')]);
    await settle();
    expect(fake.library.openBoard).toHaveBeenCalledTimes(2);
    expect(keeper.held()).toEqual([]);
  });

  it('a board that cannot be opened is reported, and the others are kept all the same', async () => {
    const fake = fakeLibrary();
    const onError = vi.fn();
    const keeper = makeKeeper(fake.library, onError);
    fake.rows.emit([row('broken'), row('fine')]);
    await settle();
    expect([...fake.open]).toEqual(['fine']);
    expect(onError).toHaveBeenCalledWith('could not keep a board in step (corrupt)', { kind: 'corrupt', detail: 'bad rows' });
    await keeper.close();
  });

  it('hands each board it holds to onHeld once open ("new from Alex" watches it); a failure there is reported, the board still held and closed', async () => {
    const fake = fakeLibrary();
    const onError = vi.fn();
    const seen: string[] = [];
    const keeper = makeKeeper(fake.library, onError, (handle) => {
      seen.push(handle.boardId);
      if (handle.boardId === 'b') throw new Error('no watch');
    });
    fake.rows.emit([row('a'), row('b')]);
    await settle();
    expect(seen).toEqual(['a', 'b']);
    expect(onError).toHaveBeenCalledWith('could not watch a board kept in step for news', new Error('no watch'));
    expect([...fake.open]).toEqual(['a', 'b']);
    await keeper.close();
    expect([...fake.open]).toEqual([]);
  });
});
