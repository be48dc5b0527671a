import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readItems } from '@/lib/board/read';
import { boardOf } from '@/lib/board/agreement/trust';
import { appendUpdate } from '@/lib/store/updateLog';
import type { BoardConnection } from '@/lib/sync/presence';
import { makeLibrary } from '@/lib/app/library';
import { encodeInvite, parseInvite } from '@/lib/sync/room/invite';
import { freshDb } from '@/tests/support/db';
import { mustOpen, newStoredBoard } from '@/tests/support/session';

describe('sharing and joining (no network: sessions here have no net settings)', () => {
  it('an invite shares the board once, and joining it elsewhere makes a board waiting for its first sync', async () => {
    const inviterDb = freshDb();
    const boardId = await newStoredBoard(inviterDb, 'Sam & Alex');
    const session = await mustOpen(inviterDb, boardId);
    const library = makeLibrary(inviterDb);
    const first = await library.invite(session, 'partner');
    const again = await library.invite(session, 'partner');
    if (!first.ok || !again.ok) expect.fail('no invite');
    expect(again.value).toBe(first.value);
    const invite = parseInvite(first.value);
    expect(invite).toMatchObject({ ok: true, value: { title: 'Sam & Alex' } });
    expect((await inviterDb.boards.get(boardId))?.share).toMatchObject({ room: invite.ok && invite.value.room });
    // Default signaling servers do not travel in the code.
    expect(invite.ok && invite.value.signaling).toBeUndefined();
    await session.close();

    const joinerDb = freshDb();
    const joiner = makeLibrary(joinerDb);
    const joined = await joiner.joinBoard(`  ${first.value}\n`);
    if (!joined.ok) expect.fail(joined.error);
    expect(await joiner.joinBoard(first.value)).toEqual(joined);
    expect(await joinerDb.boards.count()).toBe(1);
    const record = await joinerDb.boards.get(joined.value);
    expect(record).toMatchObject({ name: 'Sam & Alex', share: { room: invite.ok && invite.value.room } });
    const waiting = await mustOpen(joinerDb, joined.value);
    // Edits before the first sync are kept, and the board reopens fine.
    waiting.setText(waiting.addItem('celebration'), 'We are doing this!');
    await waiting.close();
    const reopened = await mustOpen(joinerDb, joined.value);
    expect(readItems(reopened.doc).map((i) => i.text)).toEqual(['We are doing this!']);
    await reopened.close();
  });

  it('carries custom signaling servers in the invite', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    expect(await library.saveNetSettings('ws://127.0.0.1:4444', '')).toMatchObject({ ok: true });
    const session = await mustOpen(db, await newStoredBoard(db));
    const code = await library.invite(session, 'partner');
    expect(code.ok && parseInvite(code.value)).toMatchObject({ ok: true, value: { signaling: ['ws://127.0.0.1:4444'] } });
    await session.close();
  });

  it('a newer code for the same room replaces the secret instead of adding a board', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const share = { room: 'r'.repeat(22), title: 'Us', role: 'partner' as const };
    const first = await library.joinBoard(encodeInvite({ ...share, secret: 'a'.repeat(22) }));
    const second = await library.joinBoard(encodeInvite({ ...share, secret: 'b'.repeat(22) }));
    expect(second).toEqual(first);
    expect(await db.boards.count()).toBe(1);
    expect((await db.boards.toArray())[0]?.share?.secret).toBe('b'.repeat(22));
  });

  it('names the inviter’s key and the board, and a reset code moves the joiner’s board to the new room', async () => {
    const inviterDb = freshDb();
    const library = makeLibrary(inviterDb);
    const session = await mustOpen(inviterDb, await newStoredBoard(inviterDb, 'Sam & Alex'));
    const code = await library.invite(session, 'partner');
    if (!code.ok) expect.fail(code.error);
    const invite = parseInvite(code.value);
    expect(invite).toMatchObject({ ok: true, value: { inviter: session.fingerprint, board: boardOf(session.doc) } });

    const joinerDb = freshDb();
    const joiner = makeLibrary(joinerDb);
    const joined = await joiner.joinBoard(code.value);
    if (!joined.ok) expect.fail(joined.error);
    expect(await joinerDb.boards.get(joined.value)).toMatchObject({ invitedBy: session.fingerprint });
    // The joiner's copy syncs (here: by hand) so it knows which board it is.
    await appendUpdate(joinerDb, joined.value, Y.encodeStateAsUpdate(session.doc), 1);

    expect(await library.resetInvite(session)).toEqual({ ok: true, value: undefined });
    const fresh = await library.invite(session, 'partner');
    if (!fresh.ok) expect.fail(fresh.error);
    const moved = parseInvite(fresh.value);
    if (!moved.ok || !invite.ok) expect.fail('unreadable code');
    expect(moved.value.room).not.toBe(invite.value.room);
    expect(moved.value.secret).not.toBe(invite.value.secret);
    expect((await inviterDb.boards.get(session.boardId))?.share?.room).toBe(moved.value.room);

    expect(await joiner.joinBoard(fresh.value)).toEqual(joined);
    expect(await joinerDb.boards.count()).toBe(1);
    expect((await joinerDb.boards.get(joined.value))?.share).toMatchObject({ room: moved.value.room, secret: moved.value.secret });
    await session.close();
  });

  it('a board joined by pairing (no server) takes an invite for the same board later, as itself', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const uid = `k${'a'.repeat(32)}:1763776000000`;
    // As pairings.join leaves it: the board's identity, no room or secret.
    await db.boards.add({ id: 'paired', name: 'Us', kind: 'partners', createdAt: 1, lastActivityAt: 1, uid, joined: true });
    const code = encodeInvite({ room: 'r'.repeat(22), secret: 's'.repeat(22), title: 'Us', role: 'partner', board: uid });
    expect(await library.joinBoard(code)).toEqual({ ok: true, value: 'paired' });
    expect(await db.boards.count()).toBe(1);
    expect((await db.boards.get('paired'))?.share).toEqual({ room: 'r'.repeat(22), secret: 's'.repeat(22) });
  });

  it('will not make or reset an invite while the board is paired directly (this device is not in its room then)', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const session = await mustOpen(db, await newStoredBoard(db));
    const direct: BoardConnection = {
      kind: 'direct',
      status: () => ({ kind: 'connected', names: ['Alex'], count: 1, visitors: 0 }),
      onStatus: () => () => {},
      others: () => [],
      onOthers: () => () => {},
      visitors: () => 0,
      unreadable: () => 0,
      onUnreadable: () => () => {},
      refusedFrom: () => [],
      setEditing: () => {},
      destroy: () => Promise.resolve(),
    };
    await session.adopt(direct);
    expect(await library.invite(session, 'partner')).toMatchObject({ ok: false, error: expect.stringContaining('connected directly') });
    expect(await library.resetInvite(session)).toMatchObject({ ok: false, error: expect.stringContaining('connected directly') });
    expect((await db.boards.get(session.boardId))?.share).toBeUndefined();
    await session.close();
  });

  it('a bad code changes nothing', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    expect(await library.joinBoard('CG1-not-really')).toMatchObject({ ok: false });
    expect(await db.boards.count()).toBe(0);
  });

  it('refuses wrong network settings and keeps the old ones', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    expect(await library.saveNetSettings('https://nope.example', '')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Signaling servers:'),
    });
    expect(await library.saveNetSettings('', 'turn:t.example')).toMatchObject({
      ok: false,
      error: expect.stringContaining('ICE servers:'),
    });
    expect((await library.loadNetSettings()).signaling).toEqual(['wss://y-webrtc-eu.fly.dev']);
  });
});
