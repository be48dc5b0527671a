import { describe, expect, it, vi } from 'vitest';
import { ok } from '@/lib/util/result';
import type { BoardRecord } from '@/lib/store/db';
import { encodeOffer, newPairingId } from '@/lib/sync/direct/pairingCode';
import { encodeInvite, newShare } from '@/lib/sync/room/invite';
import { encodeJsonInvite } from '@/lib/sync/room/inviteJson';
import { boardKey } from '@/lib/board/boardKey';
import { makeLibrary } from '@/lib/app/library';
import { freshDb } from '@/tests/support/db';

// Answering a pairing code needs WebRTC; here the answer is made and its
// channel never opens, which is all joining needs (the row is written first).
vi.mock('@/lib/sync/direct/pairing', () => ({
  answerPairing: vi.fn(() => Promise.resolve(ok({ replyCode: 'CGR1-reply', opened: new Promise(() => {}) }))),
}));

const board = { title: 'Sam & Alex', role: 'facilitator' as const, inviter: `k${'a'.repeat(32)}`, uid: `k${'b'.repeat(32)}:1763776000000` };
const share = newShare();
const pairingCode = () =>
  encodeOffer({
    id: newPairingId(),
    expiresAt: Date.now() + 60_000,
    session: {
      iceUfrag: 'abcd',
      icePwd: 'p'.repeat(22),
      fingerprint: new Uint8Array(32),
      candidates: [{ type: 'host', address: '127.0.0.1', port: 5000 }],
    },
    board,
  });

/** A row without what differs by nature between two joins: the id, the times, and the room (a pairing has none). */
const shape = ({ id: _id, createdAt: _created, lastActivityAt: _active, share: _share, ...rest }: BoardRecord) => rest;

async function joinedRow(code: string): Promise<BoardRecord> {
  const db = freshDb();
  const joined = await makeLibrary(db).joinBoard(code);
  if (!joined.ok) expect.fail(joined.error);
  const record = await db.boards.get(joined.value);
  if (!record) expect.fail('no row');
  return record;
}

describe('the row of a board this device joined', () => {
  it('is the same by a first-format invite and by pairing code, the identity included', async () => {
    const byInvite = await joinedRow(
      encodeJsonInvite({ ...share, title: board.title, role: board.role, inviter: board.inviter, board: board.uid }),
    );
    const byPairing = await joinedRow(pairingCode());
    expect(shape(byInvite)).toEqual(shape(byPairing));
    expect(shape(byPairing)).toEqual({
      name: 'Sam & Alex',
      kind: 'partners',
      role: 'facilitator',
      invitedBy: board.inviter,
      uid: board.uid,
      joined: true,
    });
    expect(byInvite.share).toEqual(share);
    expect(byPairing.share).toBeUndefined();
  });

  it('keeps the identity’s short key when the code is a short one', async () => {
    const record = await joinedRow(
      encodeInvite({ ...share, title: board.title, role: board.role, inviter: board.inviter, board: board.uid }),
    );
    expect(shape(record)).toEqual({
      name: 'Sam & Alex',
      kind: 'partners',
      role: 'facilitator',
      invitedBy: board.inviter,
      uidKey: boardKey(board.uid),
      joined: true,
    });
    expect(record.share).toEqual(share);
  });

  it('leaves out what an older invite code does not carry', async () => {
    const record = await joinedRow(encodeInvite({ ...share, title: 'Us', role: 'partner' }));
    expect(shape(record)).toEqual({ name: 'Us', kind: 'partners', role: 'partner', joined: true });
    expect('uid' in record || 'invitedBy' in record).toBe(false);
  });

  it.each([
    ['a first-format', encodeJsonInvite],
    ['a short', encodeInvite],
  ])(
    'lets a pairing code, or a code for a new room, find a board joined by %s invite before its first sync, instead of adding it twice',
    async (_kind, encode) => {
      const db = freshDb();
      const library = makeLibrary(db);
      const invited = await library.joinBoard(
        encode({ ...share, title: board.title, role: 'partner', inviter: board.inviter, board: board.uid }),
      );
      // Nothing of the board has arrived: its identity is known from the code alone.
      expect(await library.joinBoard(pairingCode())).toEqual(invited);
      // After `Reset invite` on the other side: a new room, the same board.
      const reset = newShare();
      expect(
        await library.joinBoard(encode({ ...reset, title: board.title, role: 'partner', inviter: board.inviter, board: board.uid })),
      ).toEqual(invited);
      expect(await db.boards.count()).toBe(1);
      expect((await db.boards.toArray())[0]?.share).toEqual(reset);
    },
  );
});
