import { agreeAsWritten, voteAsWritten, withdrawVoteAsWritten } from '@/tests/support/asWritten';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import { describe, expect, it } from 'vitest';
import { addItem, setPerson } from '@/lib/board/actions';
import { consentState, readConsent } from '@/lib/board/agreement/consent';
import { readItems, readPeople } from '@/lib/board/read';
import { pendingRoleChanges, readRoleVotes, settledRole } from '@/lib/board/agreement/roles';
import { sync, twoDevices } from '@/tests/support/docs';

const roles = (doc: Parameters<typeof readPeople>[0]) =>
  Object.fromEntries(readPeople(doc, TRUST_AS_WRITTEN).map((person) => [person.name, person.role]));

/** Sam and Alex are partners; Kai joined as a facilitator. Every doc synced. */
function couplePlusTherapist() {
  const [sam, alex] = twoDevices();
  setPerson(sam, 'sam', { name: 'Sam', role: 'partner' }, 1);
  setPerson(alex, 'alex', { name: 'Alex', role: 'partner' }, 2);
  setPerson(alex, 'kai', { name: 'Kai', role: 'facilitator' }, 3);
  sync(sam, alex);
  return { sam, alex };
}

describe('roles', () => {
  it('are written once, by the person, with the role they joined as', () => {
    const { sam } = couplePlusTherapist();
    expect(roles(sam)).toEqual({ Sam: 'partner', Alex: 'partner', Kai: 'facilitator' });
    // Renaming later does not touch the role.
    setPerson(sam, 'kai', { name: 'Kai R.', role: 'partner' }, 9);
    expect(roles(sam)).toMatchObject({ 'Kai R.': 'facilitator' });
  });

  it('change only once every partner has agreed, and the facilitator has no vote', () => {
    const { sam, alex } = couplePlusTherapist();
    voteAsWritten(sam, 'kai', 'observer', 'sam', 10);
    voteAsWritten(sam, 'kai', 'observer', 'kai', 10); // not a partner: does not count
    sync(sam, alex);
    expect(roles(alex)).toMatchObject({ Kai: 'facilitator' });
    const votes = readRoleVotes(alex, TRUST_AS_WRITTEN);
    expect(pendingRoleChanges('kai', { role: 'facilitator', since: 0 }, votes, ['sam', 'alex'])).toEqual([
      { role: 'observer', agreed: ['sam'], waiting: ['alex'] },
    ]);

    voteAsWritten(alex, 'kai', 'observer', 'alex', 11);
    sync(sam, alex);
    for (const doc of [sam, alex]) expect(roles(doc)).toMatchObject({ Kai: 'observer' });
  });

  it('a later agreed change replaces an earlier one; a withdrawn vote stops a change', () => {
    const { sam, alex } = couplePlusTherapist();
    for (const [doc, id] of [
      [sam, 'sam'],
      [alex, 'alex'],
    ] as const)
      voteAsWritten(doc, 'kai', 'partner', id, 10);
    sync(sam, alex);
    expect(roles(sam)).toMatchObject({ Kai: 'partner' });

    voteAsWritten(sam, 'kai', 'facilitator', 'sam', 20);
    sync(sam, alex);
    // Half agreed: the role in force stays.
    expect(roles(sam)).toMatchObject({ Kai: 'partner' });
    withdrawVoteAsWritten(sam, 'kai', 'facilitator', 'sam', 20);
    voteAsWritten(alex, 'kai', 'facilitator', 'alex', 21);
    sync(sam, alex);
    expect(roles(sam)).toMatchObject({ Kai: 'partner' });
    voteAsWritten(sam, 'kai', 'facilitator', 'sam', 22);
    sync(sam, alex);
    expect(roles(alex)).toMatchObject({ Kai: 'facilitator' });
    const settled = settledRole('kai', 'facilitator', readRoleVotes(alex, TRUST_AS_WRITTEN), ['sam', 'alex']);
    // The partner votes from time 10 are history now, not a pending suggestion.
    expect(pendingRoleChanges('kai', settled, readRoleVotes(alex, TRUST_AS_WRITTEN), ['sam', 'alex'])).toEqual([]);
  });

  it('decide who consents: a therapist made a partner is then waited for', () => {
    const { sam, alex } = couplePlusTherapist();
    const id = addItem(sam, { section: 'expectation', author: 'sam', now: 5, text: 'We meet every other Tuesday.' });
    agreeAsWritten(sam, id, 'sam', 6);
    sync(sam, alex);
    agreeAsWritten(alex, id, 'alex', 7);
    sync(sam, alex);
    const state = () => {
      const item = readItems(sam).find((i) => i.id === id)!;
      return consentState(
        item,
        readConsent(sam, id, TRUST_AS_WRITTEN),
        readPeople(sam, TRUST_AS_WRITTEN).filter((p) => p.role === 'partner'),
      );
    };
    expect(state()).toEqual({ kind: 'agreed' });
    voteAsWritten(sam, 'kai', 'partner', 'sam', 8);
    voteAsWritten(alex, 'kai', 'partner', 'alex', 8);
    sync(sam, alex);
    expect(state()).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Kai' }] });
  });

  it('ignore malformed votes', () => {
    const { sam } = couplePlusTherapist();
    const map = sam.getMap<unknown>('roleVotes');
    map.set('kai|boss|sam', 1);
    map.set('kai|observer|sam', 'yesterday');
    map.set('kai|observer', 1);
    map.set('kai|observer|sam|extra', 1);
    expect(readRoleVotes(sam, TRUST_AS_WRITTEN).size).toBe(0);
    expect(roles(sam)).toMatchObject({ Kai: 'facilitator' });
  });
});
