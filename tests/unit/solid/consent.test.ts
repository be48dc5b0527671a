import { createComputed, createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { agree, setPerson } from '@/lib/board/actions';
import { textHash } from '@/lib/board/agreement/consent';
import { consentKey, counterKey, roleVoteKey } from '@/lib/board/docKeys';
import { boardOf, statements } from '@/lib/board/agreement/trust';
import { createConsent } from '@/lib/solid/createConsent';
import { freshDb } from '@/tests/support/db';
import { device, mustOpen, newStoredBoard } from '@/tests/support/session';
import { agreeSigned, joinSigned, makeTestPerson, voteSigned, withdrawSigned } from '@/tests/support/signedPeople';

/** A board opened by Sam (this device), with Alex as the other partner and Kai as facilitator, all signed. */
async function openWithTherapist() {
  const db = freshDb();
  const session = await mustOpen(db, await newStoredBoard(db));
  const [alex, kai] = [await makeTestPerson(), await makeTestPerson()];
  // The board's maker in newStoredBoard is an unsigned entry; it leaves, so only signed people remain.
  session.doc.getMap('people').delete('p');
  await joinSigned(session.doc, alex, 'Alex', 'partner', 2);
  await joinSigned(session.doc, kai, 'Kai', 'facilitator', 5);
  return { db, session, alex, kai };
}

/** What a peer that kept a copy of one entry of the `consent` or `roleVotes` map writes back later. */
const copyOf = (session: { doc: { getMap(name: string): { get(key: string): unknown } } }, map: string, key: string) =>
  structuredClone(session.doc.getMap(map).get(key));

describe('createConsent', () => {
  it('follows role changes: suggested, agreed by every partner, then in force for everyone', async () => {
    const { session, alex, kai } = await openWithTherapist();
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      await vi.waitFor(() =>
        expect(
          consent
            .partners()
            .map((p) => p.name)
            .sort(),
        ).toEqual(['Alex', 'Sam']),
      );
      expect(consent.myRole()).toBe('partner');
      expect(consent.canVoteOnRoles()).toBe(true);

      await session.voteForRole(kai.id, 'partner');
      await vi.waitFor(() =>
        expect(consent.roleChangesFor(kai.id)).toEqual([{ role: 'partner', agreed: [device.personId], waiting: [alex.id] }]),
      );
      await voteSigned(session.doc, alex, kai.id, 'partner', Date.now() + 1);
      await vi.waitFor(() => expect(consent.partners().map((p) => p.name)).toContain('Kai'));
      expect(consent.roleChangesFor(kai.id)).toEqual([]);

      // My own role can change too, by the same rule; the panel follows.
      await session.voteForRole(device.personId, 'observer');
      await voteSigned(session.doc, alex, device.personId, 'observer', Date.now() + 1);
      await vi.waitFor(() => expect(consent.myRole()).toBe('observer'));
      dispose();
    });
    await session.close();
  });

  it('gives an agreement a revisit date once every partner agreed, and none before', async () => {
    const { session, alex } = await openWithTherapist();
    const id = session.addItem('boundary', 'I need a quiet hour after work.');
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      const item = () => ({
        id,
        section: 'boundary' as const,
        text: 'I need a quiet hour after work.',
        author: '',
        createdAt: 0,
        updatedAt: 0,
        order: 'a0',
      });
      await vi.waitFor(() => expect(consent.checked()).toBe(true));
      expect(consent.dueAt(item())).toBeNull();
      await session.agree(id);
      await agreeSigned(session.doc, alex, id, 1_000);
      await vi.waitFor(() => expect(consent.stateOf(id, item().text)).toEqual({ kind: 'agreed' }));
      expect(consent.dueAt(item())).toBe(1_000 + consent.revisitEveryDays() * 24 * 60 * 60 * 1000);
      expect(consent.myAgreementAt(id, item().text)).toBeGreaterThan(1_000);
      session.setRhythm({ revisitEveryDays: 30 });
      expect(consent.revisitEveryDays()).toBe(30);
      dispose();
    });
    await session.close();
  });

  it('never counts an agreement someone else wrote for a partner: it shows as not verified', async () => {
    const { session, alex } = await openWithTherapist();
    const text = 'We talk about money on Sundays.';
    const id = session.addItem('expectation', text);
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      await session.agree(id);
      // Someone with the code writes Alex's agreement: a made-up signature, then Sam's own real one.
      agree(session.doc, id, alex.id, { text, at: 5, sig: 'A'.repeat(86) });
      await vi.waitFor(() =>
        expect(consent.notCountedFor(id, text).map(({ person, why }) => [person.name, why])).toEqual([['Alex', 'unverified']]),
      );
      expect(consent.stateOf(id, text)).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Alex' }] });
      const sig = await device.signer.sign('anything');
      agree(session.doc, id, alex.id, { text, at: 6, sig });
      await vi.waitFor(() => expect(consent.notCountedFor(id, text)).toHaveLength(1));
      expect(consent.stateOf(id, text).kind).toBe('open');
      // Someone who adds themselves without a signed entry counts as a partner: nothing is agreed without them.
      setPerson(session.doc, 'intruder', { name: 'Alex', role: 'observer' }, 9);
      await agreeSigned(session.doc, alex, id, 7);
      await vi.waitFor(() => expect(consent.stateOf(id, text)).toMatchObject({ waitingFor: [{ id: 'intruder' }] }));
      dispose();
    });
    await session.close();
  });

  it('wakes nobody when a re-check finds everything as it was, and names only when a name changes', async () => {
    const { session, alex } = await openWithTherapist();
    const id = session.addItem('boundary', 'I need a quiet hour after work.');
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      // Created before any await, while the root owns them.
      const runs = { people: 0, names: 0, state: 0 };
      createComputed(() => (consent.people(), runs.people++));
      createComputed(() => (consent.names(), runs.names++));
      createComputed(() => (consent.stateOf(id, 'I need a quiet hour after work.'), runs.state++));
      await vi.waitFor(() => expect(consent.checked()).toBe(true));
      const before = { ...runs };
      // A change to the board's people that changes nothing anyone reads: a check runs, finds the same.
      session.doc.getMap('people').set('nobody-real', 'not a person entry');
      await session.agree(id);
      await vi.waitFor(() => expect(consent.agreedByMe(id, 'I need a quiet hour after work.')).toBe(true));
      expect(runs.state).toBeGreaterThan(before.state);
      expect(runs.people).toBe(before.people);
      expect(runs.names).toBe(before.names);
      // Alex renames: people and names both change.
      await joinSigned(session.doc, alex, 'Alex R.', 'partner', 3);
      await vi.waitFor(() => expect(consent.names().map((person) => person.name)).toContain('Alex R.'));
      expect(runs.names).toBe(before.names + 1);
      dispose();
    });
    await session.close();
  });

  it('never counts an older agreement written back, says so, and still knows after the board is reopened', async () => {
    const { db, session, alex } = await openWithTherapist();
    const text = 'I need a quiet hour after work.';
    const id = session.addItem('boundary', text);
    const key = consentKey(id, alex.id);
    let old: unknown;
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      await session.agree(id);
      await agreeSigned(session.doc, alex, id, 2);
      await vi.waitFor(() => expect(consent.stateOf(id, text)).toEqual({ kind: 'agreed' }));
      old = copyOf(session, 'consent', key);
      await withdrawSigned(session.doc, alex, id, 3);
      await vi.waitFor(() => expect(consent.stateOf(id, text)).toMatchObject({ waitingFor: [{ name: 'Alex' }] }));
      // Someone who kept Alex's agreement writes it back: it verifies, and it is older than what this device saw.
      session.doc.getMap('consent').set(key, old);
      await vi.waitFor(() =>
        expect(consent.notCountedFor(id, text).map(({ person, why }) => [person.name, why])).toEqual([['Alex', 'older']]),
      );
      expect(consent.stateOf(id, text)).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Alex' }] });
      dispose();
    });
    await vi.waitFor(async () => expect((await db.boards.get(session.boardId))?.counters?.[counterKey('consent', key)]).toBe(2));
    await session.close();

    // Reopened with the written-back agreement stored: the remembered counter still says it is older.
    const again = await mustOpen(db, session.boardId);
    expect(again.doc.getMap('consent').get(key)).toEqual(old);
    await createRoot(async (dispose) => {
      const consent = createConsent(again);
      await vi.waitFor(() => expect(consent.notCountedFor(id, text).map(({ why }) => why)).toEqual(['older']));
      expect(consent.stateOf(id, text).kind).toBe('open');
      dispose();
    });
    await again.close();
  });

  it('my withdrawal is a signed statement, and my agreement written back over it is answered with it', async () => {
    const { session, alex } = await openWithTherapist();
    const text = 'We talk about money on Sundays.';
    const id = session.addItem('expectation', text);
    const key = consentKey(id, device.personId);
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      await session.agree(id);
      await agreeSigned(session.doc, alex, id, 2);
      await vi.waitFor(() => expect(consent.stateOf(id, text)).toEqual({ kind: 'agreed' }));
      const old = copyOf(session, 'consent', key);
      await session.withdraw(id);
      const withdrawal = session.doc.getMap('consent').get(key);
      expect(withdrawal).toMatchObject({ v: 2, kind: 'withdraw', n: 2 });
      await vi.waitFor(() => expect(consent.agreedByMe(id, text)).toBe(false));
      session.doc.getMap('consent').set(key, old);
      await vi.waitFor(() => expect(session.doc.getMap('consent').get(key)).toEqual(withdrawal));
      expect(consent.stateOf(id, text).kind).toBe('open');
      // Agreeing again goes past both.
      await session.agree(id);
      expect(session.doc.getMap('consent').get(key)).toMatchObject({ kind: 'agree', n: 3 });
      await vi.waitFor(() => expect(consent.stateOf(id, text)).toEqual({ kind: 'agreed' }));
      dispose();
    });
    await session.close();
  });

  it('asks a partner whose agreement is of the shape from before counters to agree again', async () => {
    const { session } = await openWithTherapist();
    const text = 'We keep Friday evenings for us.';
    const id = session.addItem('boundary', text);
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      await vi.waitFor(() => expect(consent.checked()).toBe(true));
      const at = 4;
      const sig = await device.signer.sign(statements.consentV1(boardOf(session.doc), id, device.personId, textHash(text), at));
      session.doc.getMap('consent').set(consentKey(id, device.personId), { textHash: textHash(text), text, at, sig });
      await vi.waitFor(() =>
        expect(consent.notCountedFor(id, text).map(({ person, why }) => [person.name, why])).toEqual([['Sam', 'old-format']]),
      );
      expect(consent.agreedByMe(id, text)).toBe(false);
      await session.agree(id);
      await vi.waitFor(() => expect(consent.agreedByMe(id, text)).toBe(true));
      expect(consent.notCountedFor(id, text)).toEqual([]);
      dispose();
    });
    await session.close();
  });

  it('taking back a role vote is a signed statement, and the vote written back over it does not count', async () => {
    const { session, alex, kai } = await openWithTherapist();
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      await session.voteForRole(kai.id, 'partner');
      await vi.waitFor(() =>
        expect(consent.roleChangesFor(kai.id)).toEqual([{ role: 'partner', agreed: [device.personId], waiting: [alex.id] }]),
      );
      const key = roleVoteKey(kai.id, 'partner', device.personId);
      const old = copyOf(session, 'roleVotes', key);
      await session.withdrawRoleVote(kai.id, 'partner');
      expect(session.doc.getMap('roleVotes').get(key)).toMatchObject({ v: 2, kind: 'withdraw', n: 2 });
      await vi.waitFor(() => expect(consent.roleChangesFor(kai.id)).toEqual([]));
      session.doc.getMap('roleVotes').set(key, old);
      // This panel writes its newest statement back; nothing counts the old vote meanwhile.
      await vi.waitFor(() => expect(session.doc.getMap('roleVotes').get(key)).toMatchObject({ kind: 'withdraw', n: 2 }));
      await voteSigned(session.doc, alex, kai.id, 'partner', Date.now());
      await vi.waitFor(() =>
        expect(consent.roleChangesFor(kai.id)).toEqual([{ role: 'partner', agreed: [alex.id], waiting: [device.personId] }]),
      );
      expect(consent.partners().map((p) => p.name)).not.toContain('Kai');
      dispose();
    });
    await session.close();
  });
});
