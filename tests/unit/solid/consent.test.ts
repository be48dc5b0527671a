import { createComputed, createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { agree, setPerson } from '../../../lib/board/actions';
import { createConsent } from '../../../lib/solid/createConsent';
import { freshDb } from '../../support/db';
import { device, mustOpen, newStoredBoard } from '../../support/session';
import { agreeSigned, joinSigned, makeTestPerson, voteSigned } from '../../support/signedPeople';

/** A board opened by Sam (this device), with Alex as the other partner and Kai as facilitator, all signed. */
async function openWithTherapist() {
  const db = freshDb();
  const session = await mustOpen(db, await newStoredBoard(db));
  const [alex, kai] = [await makeTestPerson(), await makeTestPerson()];
  // The board's maker in newStoredBoard is an unsigned entry; it leaves, so only signed people remain.
  session.doc.getMap('people').delete('p');
  await joinSigned(session.doc, alex, 'Alex', 'partner', 2);
  await joinSigned(session.doc, kai, 'Kai', 'facilitator', 5);
  return { session, alex, kai };
}

describe('createConsent', () => {
  it('follows role changes: suggested, agreed by every partner, then in force for everyone', async () => {
    const { session, alex, kai } = await openWithTherapist();
    await createRoot(async (dispose) => {
      const consent = createConsent(session);
      await vi.waitFor(() => expect(consent.partners().map((p) => p.name).sort()).toEqual(['Alex', 'Sam']));
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
      const item = () => ({ id, section: 'boundary' as const, text: 'I need a quiet hour after work.', author: '', createdAt: 0, updatedAt: 0, order: 'a0' });
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
      await vi.waitFor(() => expect(consent.unverifiedFor(id, text).map((p) => p.name)).toEqual(['Alex']));
      expect(consent.stateOf(id, text)).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Alex' }] });
      const sig = await device.signer.sign('anything');
      agree(session.doc, id, alex.id, { text, at: 6, sig });
      await vi.waitFor(() => expect(consent.unverifiedFor(id, text)).toHaveLength(1));
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
});
