import { afterEach, describe, expect, it, vi } from 'vitest';
import { steadyConnection } from '@/tests/support/fakeConnection';
import { readItems } from '@/lib/board/read';
import { makeLibrary } from '@/lib/app/library';
import { CHECKPOINT_MS, PART_GRACE_MS } from '@/lib/app/sessionTracker';
import { FULL_SNAPSHOT_EVERY } from '@/lib/store/sessions';
import { deleteBoard } from '@/lib/store/boards';
import { gunzip, gzip } from '@/lib/store/compress';
import { freshDb } from '@/tests/support/db';
import { device, mustOpen, newStoredBoard } from '@/tests/support/session';
import { openBoardHandle } from '@/lib/app/boardHandle';

afterEach(() => vi.useRealTimers());

describe('sessions', () => {
  it('begin when someone else is here, end when all have gone (after a grace), and store the board as it was', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const session = await mustOpen(db, await newStoredBoard(db));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    session.addItem('boundary', 'I need quiet mornings.');
    expect(session.sessions.current()).toBeNull();

    session.sessions.setOthers([{ personId: 'alex', name: 'Alex' }]);
    expect(session.sessions.current()?.manual).toBe(false);
    session.addItem('expectation', 'We talk on Sundays.');
    // A dropped connection that comes back within the grace keeps the same session.
    session.sessions.setOthers([]);
    vi.advanceTimersByTime(PART_GRACE_MS - 1);
    session.sessions.setOthers([
      { personId: 'alex', name: 'Alex' },
      { personId: 'kai', name: 'Kai' },
    ]);
    vi.advanceTimersByTime(PART_GRACE_MS * 2);
    expect(session.sessions.current()).not.toBeNull();
    session.sessions.setOthers([]);
    vi.advanceTimersByTime(PART_GRACE_MS);
    expect(session.sessions.current()).toBeNull();
    vi.useRealTimers();
    await session.sessions.end(); // waits for the save in flight

    const [past] = await library.listSessions(session.boardId);
    expect(past?.people.map((p) => p.name)).toEqual(['Sam', 'Alex', 'Kai']);
    session.addItem('celebration', 'After the session.');
    const opened = await library.openPastSession(past!.id);
    expect(opened.ok && opened.value.items.map((i) => i.text).sort()).toEqual(['I need quiet mornings.', 'We talk on Sundays.']);
    await session.close();
  });

  it('are stored as they go: a panel that goes away mid-session (closed as the call ends) leaves it, one row however often', async () => {
    // A page cannot finish a write as it closes: before, a session still live
    // when both people closed their panels was never stored at all.
    const db = freshDb();
    const library = makeLibrary(db);
    const boardId = await newStoredBoard(db);
    const session = await mustOpen(db, boardId);
    // Fake timeouts throughout, moved on as the test waits (with real ones,
    // the board's own signing could schedule a store between the steps).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stored = async () => {
      const rows = await library.listSessions(boardId);
      const opened = rows.length === 1 ? await library.openPastSession(rows[0]!.id) : null;
      return { rows: rows.length, items: opened?.ok ? opened.value.items.map((item) => item.text).sort() : [] };
    };
    const waitStored = (items: string[]) =>
      vi.waitFor(
        async () => {
          vi.advanceTimersByTime(CHECKPOINT_MS);
          expect(await stored()).toEqual({ rows: 1, items });
        },
        { timeout: 4000, interval: 20 },
      );
    session.sessions.setOthers([{ personId: 'alex', name: 'Alex' }]);
    session.addItem('boundary', 'I need quiet mornings.');
    await waitStored(['I need quiet mornings.']);
    expect((await library.listSessions(boardId))[0]!.people.map((person) => person.name)).toEqual(['Sam', 'Alex']);

    session.addItem('expectation', 'We talk on Sundays.');
    await waitStored(['I need quiet mornings.', 'We talk on Sundays.']);
    vi.useRealTimers();

    // The background keeping the board in step ends it for the panel that went (attend.ts): the same row.
    const keeper = await mustOpen(db, boardId);
    await keeper.sessions.endFor(session.sessions.current()!);
    expect((await stored()).rows).toBe(1);
    await keeper.close();
    // And the panel ending it itself: the same row again, ended now.
    session.addItem('celebration', 'We laughed.');
    await session.sessions.end();
    expect(await stored()).toEqual({ rows: 1, items: ['I need quiet mornings.', 'We laughed.', 'We talk on Sundays.'] });
    await session.close();
  });

  it('one row even when the session ends while a store made as it went is still being written', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const boardId = await newStoredBoard(db);
    const session = await mustOpen(db, boardId);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    session.sessions.setOthers([{ personId: 'alex', name: 'Alex' }]);
    session.addItem('boundary', 'I need quiet mornings.');
    vi.advanceTimersByTime(CHECKPOINT_MS); // a store begins
    vi.useRealTimers();
    await session.sessions.end(); // before that store is written
    expect(await library.listSessions(boardId)).toHaveLength(1);
    await session.close();
  });

  it('never begin on a board held open in the background (keep in step): two browsers open at once are not a meeting', async () => {
    const db = freshDb();
    const opened = await openBoardHandle(db, await newStoredBoard(db), { name: 'Us' }, device, { inBackground: true });
    if (!opened.ok) expect.fail('board did not open');
    const board = opened.value;
    const alex = { personId: 'alex', name: 'Alex', colour: '#4f6fb5', editing: null };
    const connection = steadyConnection('room', [alex]);
    await board.adopt(connection);
    expect(board.sessions.current()).toBeNull();
    await board.close();
    expect(await db.sessions.count()).toBe(0);
  });

  it('start and end by hand, and end with the board when it closes', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const boardId = await newStoredBoard(db);
    const session = await mustOpen(db, boardId);
    session.sessions.start();
    expect(session.sessions.current()?.manual).toBe(true);
    session.sessions.setOthers([]); // a manual session does not end when nobody else is here
    await session.sessions.end();
    session.sessions.start();
    session.addItem('support', 'Ask me about the move.');
    await session.close();
    const sessions = await library.listSessions(boardId);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]!.endedAt).toBeGreaterThanOrEqual(sessions[1]!.endedAt);

    // What changed since the last session compares with sessions ended before the board was opened.
    const reopened = await mustOpen(db, boardId);
    const last = await library.lastSessionBefore(boardId, reopened.openedAt);
    expect(last?.session.id).toBe(sessions[0]!.id);
    expect(last && readItems(last.doc).map((i) => i.text)).toEqual(['Ask me about the move.']);
    await reopened.close();
  });

  it('stay small: snapshots are compressed, and deleting a board deletes its sessions and notes', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const boardId = await newStoredBoard(db);
    const session = await mustOpen(db, boardId);
    for (let i = 0; i < 50; i++) session.addItem('boundary', `Item ${i}: I need us to check in about plans before the weekend.`);
    session.sessions.start();
    await session.sessions.end();
    await library.saveNotes(boardId, 'Mine.');
    const [past] = await library.listSessions(boardId);
    const raw = (await db.updates.where('boardId').equals(boardId).toArray()).reduce((n, row) => n + row.update.byteLength, 0);
    expect(past!.bytes).toBeLessThan(raw / 2);
    expect(new TextDecoder().decode(await gunzip(await gzip(new TextEncoder().encode('round trip'))))).toBe('round trip');
    expect((await library.storageUse()).get(boardId)).toBeGreaterThan(raw);
    await session.close();

    await deleteBoard(db, boardId);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });

  it('store whole boards now and then and only changes between, and every session reads back exactly', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const boardId = await newStoredBoard(db);
    const session = await mustOpen(db, boardId);
    const id = session.addItem('boundary', 'Session 0');
    const expected: string[][] = [];
    for (let n = 1; n <= FULL_SNAPSHOT_EVERY + 5; n++) {
      session.setText(id, `Session ${n}`);
      if (n % 3 === 0) session.addItem('support', `Added in ${n}`);
      if (n % 7 === 0) session.deleteItem(readItems(session.doc).find((i) => i.section === 'support')!.id);
      session.sessions.start();
      await session.sessions.end();
      expected.push(
        readItems(session.doc)
          .map((i) => i.text)
          .sort(),
      );
    }
    const rows = await db.sessions.where('boardId').equals(boardId).sortBy('id');
    expect(rows.map((row) => row.full)).toEqual(rows.map((_, i) => i % FULL_SNAPSHOT_EVERY === 0));
    for (const [i, row] of rows.entries()) {
      const opened = await library.openPastSession(row.id!);
      expect(opened.ok && opened.value.items.map((item) => item.text).sort(), `session ${i + 1}`).toEqual(expected[i]);
    }
    // A damaged change row costs the sessions after it up to the next whole one, never the board.
    await db.sessions.update(rows[3]!.id!, { snapshot: new Uint8Array([1, 2, 3]) });
    expect((await library.openPastSession(rows[2]!.id!)).ok).toBe(true);
    expect((await library.openPastSession(rows[5]!.id!)).ok).toBe(false);
    expect((await library.openPastSession(rows[FULL_SNAPSHOT_EVERY]!.id!)).ok).toBe(true);
    await session.close();
  });

  it('a damaged snapshot says so and leaves the board alone', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const boardId = await newStoredBoard(db);
    const id = await db.sessions.add({
      boardId,
      startedAt: 1,
      endedAt: 2,
      people: [],
      snapshot: new Uint8Array([1, 2, 3]),
      full: true,
      stateVector: new Uint8Array([0]),
    });
    const opened = await library.openPastSession(id as number);
    expect(opened).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(await library.lastSessionBefore(boardId, Date.now())).toBeNull();
  });
});

describe('the database upgrade to version 2', () => {
  it('keeps every board of a version 1 database and adds the new tables', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ boards: 'id, lastActivityAt', updates: '++seq, boardId', settings: 'key' });
    await v1.table('boards').add({ id: 'b1', name: 'Us', kind: 'partners', createdAt: 1, lastActivityAt: 1 });
    await v1.table('updates').add({ boardId: 'b1', update: new Uint8Array([0, 0]) });
    v1.close();
    const { openDatabase } = await import('@/lib/store/db');
    const db = openDatabase(name);
    expect((await db.boards.get('b1'))?.name).toBe('Us');
    expect(await db.updates.count()).toBe(1);
    expect(await db.sessions.count()).toBe(0);
    db.close();
  });
});
