import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openBoardHandle } from '@/lib/app/boardHandle';
import { pinWhatVerifies } from '@/lib/app/keepInStep/pinning';
import { freshDb } from '@/tests/support/db';
import { device, newStoredBoard } from '@/tests/support/session';
import { joinSigned, makeTestPerson } from '@/tests/support/signedPeople';

describe('a board held in the background checks who is on it (keep in step)', () => {
  it('pins the key of someone who joined while no panel was open, so their presence can be proved here', async () => {
    const db = freshDb();
    const opened = await openBoardHandle(db, await newStoredBoard(db), { name: 'Us' }, device, { inBackground: true });
    if (!opened.ok) expect.fail('board did not open');
    const board = opened.value;
    const errors: unknown[] = [];
    const stop = pinWhatVerifies(board, (error) => errors.push(error));
    const alex = await makeTestPerson();
    // Alex's signed entry arrives as a peer's change.
    const alexDoc = new Y.Doc();
    Y.applyUpdate(alexDoc, Y.encodeStateAsUpdate(board.doc));
    await joinSigned(alexDoc, alex, 'Alex', 'partner');
    Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(alexDoc), 'peer');
    await expect.poll(() => board.me.identity?.keyOf(alex.id), { timeout: 5000 }).toBe(alex.signer.publicKey);
    expect(board.known().find((person) => person.id === alex.id)?.name).toBe('Alex');
    expect(errors).toEqual([]);
    stop();
    await board.close();
  });
});
