import { describe, expect, it } from 'vitest';
import { steadyConnection } from '@/tests/support/fakeConnection';
import * as Y from 'yjs';
import { readItems } from '@/lib/board/read';
import { boardOf } from '@/lib/board/agreement/trust';
import { appendUpdate } from '@/lib/store/updateLog';
import { makeLibrary } from '@/lib/app/library';
import { encodeInvite, parseInvite } from '@/lib/sync/room/invite';
import { boardKey } from '@/lib/board/boardKey';
import { encodeOffer, newPairingId, type PairingOffer } from '@/lib/sync/direct/pairingCode';
import { answerIceServers } from '@/lib/app/pairings';
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
    expect(invite).toMatchObject({ ok: true, value: { inviter: session.fingerprint, boardKey: boardKey(boardOf(session.doc)) } });
    expect(code.value.length).toBeLessThanOrEqual(100);

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
    const direct = steadyConnection('direct');
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

describe('which signaling servers (Settings), kept working for settings saved before the choice existed', () => {
  it('reads a device that saved the old defaults as the defaults, and one with its own list as that list', async () => {
    const oldDefaults = freshDb();
    await oldDefaults.settings.put({ key: 'signaling', value: ['wss://y-webrtc-eu.fly.dev'] });
    expect(await makeLibrary(oldDefaults).loadNetSettings()).toMatchObject({
      signaling: ['wss://y-webrtc-eu.fly.dev'],
      choice: { mode: 'defaults' },
    });

    const ownList = freshDb();
    await ownList.settings.put({ key: 'signaling', value: ['ws://127.0.0.1:4444', 'wss://b.example'] });
    await ownList.settings.put({ key: 'iceServers', value: [] });
    expect(await makeLibrary(ownList).loadNetSettings()).toEqual({
      signaling: ['ws://127.0.0.1:4444', 'wss://b.example'],
      iceServers: [],
      choice: { mode: 'list', servers: ['ws://127.0.0.1:4444', 'wss://b.example'] },
    });

    const offline = freshDb();
    await offline.settings.put({ key: 'signaling', value: [] });
    expect((await makeLibrary(offline).loadNetSettings()).signaling).toEqual([]);
  });

  it('saves `Only my practice’s server` so that only it is used, and still writes the list older versions read', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const saved = await library.saveNetSettings({
      mode: 'practice',
      signalingText: 'wss://ignored.example',
      practiceText: 'wss://signal.practice.example',
      iceText: '',
    });
    expect(saved).toMatchObject({ ok: true, value: { signaling: ['wss://signal.practice.example'] } });
    expect(await library.loadNetSettings()).toEqual({
      signaling: ['wss://signal.practice.example'],
      iceServers: [],
      choice: { mode: 'practice', server: 'wss://signal.practice.example' },
    });
    expect((await db.settings.get('signaling'))?.value).toEqual(['wss://signal.practice.example']);

    expect(await library.saveNetSettings({ mode: 'practice', signalingText: '', practiceText: '', iceText: '' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Signaling servers:'),
    });
    expect((await library.loadNetSettings()).choice).toEqual({ mode: 'practice', server: 'wss://signal.practice.example' });

    await library.saveNetSettings({ mode: 'defaults', signalingText: 'ws://127.0.0.1:1', practiceText: '', iceText: '' });
    expect(await library.loadNetSettings()).toMatchObject({ signaling: ['wss://y-webrtc-eu.fly.dev'], choice: { mode: 'defaults' } });
  });

  it('the two-text form (a list of one’s own) still works, and a list equal to the defaults is the defaults', async () => {
    const library = makeLibrary(freshDb());
    await library.saveNetSettings('ws://127.0.0.1:4444', '');
    expect((await library.loadNetSettings()).choice).toEqual({ mode: 'list', servers: ['ws://127.0.0.1:4444'] });
    await library.saveNetSettings('wss://y-webrtc-eu.fly.dev', '');
    expect((await library.loadNetSettings()).choice).toEqual({ mode: 'defaults' });
  });
});

describe('the sentence naming who learns this device’s address', () => {
  it('is shown until dismissed, once per device', async () => {
    const db = freshDb();
    expect(await makeLibrary(db).addressNoticeDismissed()).toBe(false);
    await makeLibrary(db).dismissAddressNotice();
    expect(await makeLibrary(db).addressNoticeDismissed()).toBe(true);
  });

  it('names the servers in force: the settings’, or the invite’s own, or a pairing code’s STUN servers only', async () => {
    const db = freshDb();
    const library = makeLibrary(db);
    const session = await mustOpen(db, await newStoredBoard(db));
    expect(await library.whoLearnsAddress({ board: session })).toContain('y-webrtc-eu.fly.dev (to introduce your devices)');
    expect(await library.whoLearnsAddress({ code: '' })).toContain('stun.l.google.com');

    await library.saveNetSettings({ mode: 'practice', signalingText: '', practiceText: 'wss://signal.practice.example', iceText: '' });
    const practice = await library.whoLearnsAddress({ board: session });
    expect(practice).toContain('signal.practice.example');
    expect(practice).not.toContain('fly.dev');
    await session.close();

    // Joining: an invite that carries its servers uses those.
    const carried = encodeInvite({
      room: 'r'.repeat(22),
      secret: 's'.repeat(22),
      title: 'Us',
      role: 'partner',
      signaling: ['wss://other.example'],
    });
    expect(await library.whoLearnsAddress({ code: carried })).toContain('other.example (to introduce your devices)');
    expect(await library.whoLearnsAddress({ code: 'CG1-half-pasted' })).toContain('signal.practice.example');
  });

  it('answers a pairing code made with `Only this network` without asking any STUN server either', async () => {
    const stun = [{ urls: 'stun:stun.example:3478' }];
    const offer = (types: ('host' | 'srflx')[]): PairingOffer => ({
      id: newPairingId(),
      expiresAt: Date.now() + 60_000,
      session: {
        iceUfrag: 'abcd',
        icePwd: 'abcdefghijklmnopqrstuv',
        fingerprint: new Uint8Array(32).fill(7),
        candidates: types.map((type, i) => ({ type, address: `192.168.1.${i + 2}`, port: 50000 + i })),
      },
      board: { title: 'Us', role: 'partner', inviter: `k${'1'.repeat(32)}`, uid: `k${'2'.repeat(32)}:1` },
    });
    expect(answerIceServers(offer(['host']), stun)).toEqual([]);
    expect(answerIceServers(offer(['host', 'srflx']), stun)).toEqual(stun);

    const library = makeLibrary(freshDb());
    await library.saveNetSettings({ mode: 'defaults', signalingText: '', practiceText: '', iceText: 'stun:stun.example:3478' });
    expect(await library.whoLearnsAddress({ code: encodeOffer(offer(['host'])) })).toBe(
      'To connect, no server sees this device’s internet address: only the people you connect with do.',
    );
    expect(await library.whoLearnsAddress({ code: encodeOffer(offer(['host', 'srflx'])) })).toBe(
      'To connect, stun.example (to help your devices reach each other) will see this device’s internet address, but never your board.',
    );
    expect(await library.pairingServersNote(false)).toContain('asks stun.example for its internet address');
    expect(await library.pairingServersNote(true)).toContain('No server is asked anything');
  });
});
