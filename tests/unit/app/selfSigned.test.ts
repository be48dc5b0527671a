import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { readPeople } from '@/lib/board/read';
import { boardMaps } from '@/lib/board/schema';
import { checkTrust } from '@/lib/board/agreement/trust';
import { freshDb } from '@/tests/support/db';
import { device, mustOpen, newStoredBoard } from '@/tests/support/session';
import { makeTestPerson } from '@/tests/support/signedPeople';

const me = async (doc: Y.Doc) => readPeople(doc, await checkTrust(doc)).find((person) => person.id === device.personId);

describe('this person’s own entry on a board', () => {
  it('is signed when the board opens, and put back when someone rewrites its key or role, deletes it or blanks the name', async () => {
    const db = freshDb();
    const session = await mustOpen(db, await newStoredBoard(db));
    await vi.waitFor(async () => expect(await me(session.doc)).toMatchObject({ verified: true, role: 'partner' }));

    const mallory = await makeTestPerson();
    const entry = boardMaps(session.doc).people.get(device.personId) as Y.Map<unknown>;
    entry.set('key', mallory.signer.publicKey);
    await vi.waitFor(() => expect(entry.get('key')).toBe(device.signer.publicKey));
    entry.set('role', 'observer');
    await vi.waitFor(async () => expect(await me(session.doc)).toMatchObject({ verified: true, role: 'partner' }));
    // Deleted, or the name blanked: written back and signed again.
    boardMaps(session.doc).people.delete(device.personId);
    await vi.waitFor(async () => expect(await me(session.doc)).toMatchObject({ verified: true, name: 'Sam' }));
    (boardMaps(session.doc).people.get(device.personId) as Y.Map<unknown>).set('name', ' ');
    await vi.waitFor(async () => expect(await me(session.doc)).toMatchObject({ verified: true, name: 'Sam' }));
    await session.close();
  });
});
