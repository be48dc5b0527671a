import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addItem, agree, setPerson, signPerson } from '@/lib/board/actions';
import { consentState, readAllConsent, readConsentStatements, textHash } from '@/lib/board/agreement/consent';
import { readPeople } from '@/lib/board/read';
import { readRoleVotes } from '@/lib/board/agreement/roles';
import { boardMaps } from '@/lib/board/schema';
import { toBase64Url } from '@/lib/util/base64';
import { makeSigner, verifyStatement } from '@/lib/board/agreement/signing';
import { boardOf, checkTrust, statements } from '@/lib/board/agreement/trust';
import { newBoardDoc } from '@/tests/support/docs';
import { agreeSigned, joinSigned, makeTestPerson, voteSigned } from '@/tests/support/signedPeople';

async function boardWithPartners() {
  const doc = newBoardDoc();
  const [sam, alex, mallory] = [await makeTestPerson(), await makeTestPerson(), await makeTestPerson()];
  await joinSigned(doc, sam, 'Sam', 'partner');
  await joinSigned(doc, alex, 'Alex', 'partner');
  const itemId = addItem(doc, { section: 'boundary', author: sam.id, now: 1, text: 'I need a quiet hour after work.' });
  return { doc, sam, alex, mallory, itemId };
}

async function stateOf(doc: ReturnType<typeof newBoardDoc>, itemId: string) {
  const trust = await checkTrust(doc);
  const partners = readPeople(doc, trust).filter((person) => person.role === 'partner');
  return consentState({ text: 'I need a quiet hour after work.' }, readAllConsent(doc, trust).get(itemId) ?? [], partners);
}

describe('signed consent', () => {
  it('counts agreements signed by each partner’s own key', async () => {
    const { doc, sam, alex, itemId } = await boardWithPartners();
    await agreeSigned(doc, sam, itemId, 2);
    expect(await stateOf(doc, itemId)).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Alex' }] });
    await agreeSigned(doc, alex, itemId, 3);
    expect(await stateOf(doc, itemId)).toEqual({ kind: 'agreed' });
    expect(readPeople(doc, await checkTrust(doc)).every((person) => person.verified)).toBe(true);
  });

  it('never counts an agreement written for someone else, however it is forged', async () => {
    const { doc, sam, alex, mallory, itemId } = await boardWithPartners();
    await agreeSigned(doc, sam, itemId, 2);
    const text = 'I need a quiet hour after work.';
    const said = { kind: 'agree', textHash: textHash(text), n: 1, at: 3 } as const;
    const forgeries = [
      { text, at: 3, n: 1, sig: 'A'.repeat(86) }, // made up
      { text, at: 3, n: 1, sig: await mallory.signer.sign(statements.consent(boardOf(doc), itemId, alex.id, said)) }, // someone else's key
      { text, at: 3, n: 1, sig: await alex.signer.sign(statements.consent('another board', itemId, alex.id, said)) }, // copied from another board
      { text, at: 4, n: 1, sig: await alex.signer.sign(statements.consent(boardOf(doc), itemId, alex.id, said)) }, // time changed
      { text, at: 3, n: 2, sig: await alex.signer.sign(statements.consent(boardOf(doc), itemId, alex.id, said)) }, // counter changed
      {
        text,
        at: 3,
        n: 1,
        sig: await alex.signer.sign(statements.consent(boardOf(doc), itemId, alex.id, { kind: 'withdraw', n: 1, at: 3 })),
      }, // a withdrawal made an agreement
      { text, at: 3, n: 1, sig: await alex.signer.sign(statements.consent(boardOf(doc), 'other-item', alex.id, said)) }, // other item
    ];
    for (const forged of forgeries) {
      agree(doc, itemId, alex.id, forged);
      expect(await stateOf(doc, itemId)).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Alex' }] });
      const notCounted = readConsentStatements(doc, await checkTrust(doc)).notCounted.get(itemId);
      expect(notCounted?.map((record) => [record.personId, record.why])).toEqual([[alex.id, 'unverified']]);
    }
  });

  it('does not let anyone replace a person’s key: their id is the key’s fingerprint', async () => {
    const { doc, alex, mallory, itemId } = await boardWithPartners();
    const statement = statements.person(boardOf(doc), alex.id, 'partner', mallory.signer.publicKey);
    signPerson(doc, alex.id, mallory.signer.publicKey, await mallory.signer.sign(statement), 'partner');
    const said = { kind: 'agree', textHash: textHash('I need a quiet hour after work.'), n: 1, at: 3 } as const;
    const sig = await mallory.signer.sign(statements.consent(boardOf(doc), itemId, alex.id, said));
    agree(doc, itemId, alex.id, { text: 'I need a quiet hour after work.', at: 3, n: 1, sig });
    const trust = await checkTrust(doc);
    expect(readPeople(doc, trust).find((person) => person.id === alex.id)?.verified).toBe(false);
    expect(
      readAllConsent(doc, trust)
        .get(itemId)
        ?.map((record) => record.personId),
    ).toEqual(undefined);
  });

  it('treats a partner whose role someone else rewrote as a partner still, so nothing is agreed without them', async () => {
    const { doc, sam, alex, itemId } = await boardWithPartners();
    await agreeSigned(doc, sam, itemId, 2);
    (boardMaps(doc).people.get(alex.id) as { set(key: string, value: unknown): void }).set('role', 'observer');
    const trust = await checkTrust(doc);
    expect(readPeople(doc, trust).find((person) => person.id === alex.id)).toMatchObject({ role: 'partner', verified: false });
    expect(await stateOf(doc, itemId)).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Alex' }] });
  });

  it('counts role votes only when signed by the partner who votes', async () => {
    const { doc, sam, alex, mallory } = await boardWithPartners();
    await joinSigned(doc, mallory, 'Kai', 'facilitator');
    await voteSigned(doc, sam, alex.id, 'observer', 5);
    // Mallory writes Alex's vote to make Alex an observer (which would let Sam's agreement stand alone).
    const forged = await mallory.signer.sign(
      statements.roleVote(boardOf(doc), alex.id, 'observer', alex.id, { kind: 'vote', n: 1, at: 6 }),
    );
    doc.getMap('roleVotes').set(`${alex.id}|observer|${alex.id}`, { v: 2, kind: 'vote', at: 6, n: 1, sig: forged });
    const trust = await checkTrust(doc);
    expect([...(readRoleVotes(doc, trust).get(alex.id)?.get('observer')?.keys() ?? [])]).toEqual([sam.id]);
    expect(readPeople(doc, trust).find((person) => person.id === alex.id)?.role).toBe('partner');
    await voteSigned(doc, alex, alex.id, 'observer', 7);
    expect(readPeople(doc, await checkTrust(doc)).find((person) => person.id === alex.id)?.role).toBe('observer');
  });

  it('keeps a partner this device knew, whatever happens to their entry: deleted, blanked, or given another key', async () => {
    const { doc, sam, alex, itemId } = await boardWithPartners();
    await agreeSigned(doc, sam, itemId, 2);
    await agreeSigned(doc, alex, itemId, 3);
    const first = await checkTrust(doc);
    const known = readPeople(doc, first).map((person) => ({
      id: person.id,
      name: person.name,
      joinedAs: person.joinedAs,
      key: first.key(person.id)!,
    }));
    const pins = new Map(known.map((person) => [person.id, person.key]));
    const stateWith = async () => {
      const trust = await checkTrust(doc, pins);
      const partners = readPeople(doc, trust, known).filter((person) => person.role === 'partner');
      return consentState({ text: 'I need a quiet hour after work.' }, readAllConsent(doc, trust).get(itemId) ?? [], partners);
    };
    expect(await stateWith()).toEqual({ kind: 'agreed' });
    // Alex withdraws nothing; Mallory deletes Alex's entry: Alex's own agreement still counts (pinned key)...
    boardMaps(doc).people.delete(alex.id);
    expect(await stateWith()).toEqual({ kind: 'agreed' });
    // ...and with Alex's agreement gone too, the board waits for Alex instead of forgetting Alex.
    doc.getMap('consent').delete(`${itemId}:${alex.id}`);
    expect(await stateWith()).toMatchObject({ kind: 'open', waitingFor: [{ name: 'Alex' }] });
    // Without what this device knew, that deletion would have made it "agreed": the reason to remember.
    expect(await stateOf(doc, itemId)).toEqual({ kind: 'agreed' });
  });

  it('pins the first key seen, so an id from before keys cannot be taken over by signing it anew', async () => {
    const doc = newBoardDoc();
    const legacyId = '0123456789abcdef0123456789abcdef';
    const [alexKey, mallory] = [await makeTestPerson(), await makeTestPerson()];
    const signAs = async (person: Awaited<ReturnType<typeof makeTestPerson>>) => {
      setPerson(doc, legacyId, { name: 'Alex', role: 'partner' }, 1);
      const sig = await person.signer.sign(statements.person(boardOf(doc), legacyId, 'partner', person.signer.publicKey));
      signPerson(doc, legacyId, person.signer.publicKey, sig, 'partner');
    };
    await signAs(alexKey);
    const pins = new Map([[legacyId, alexKey.signer.publicKey]]);
    await signAs(mallory);
    // Unpinned, a legacy id takes whatever key signs it (the documented gap); pinned, it does not.
    expect(readPeople(doc, await checkTrust(doc))[0]?.verified).toBe(true);
    expect(readPeople(doc, await checkTrust(doc, pins))[0]?.verified).toBe(false);
  });

  it('takes the role a person signed when they joined', async () => {
    const doc = newBoardDoc();
    const kai = await makeTestPerson();
    await joinSigned(doc, kai, 'Kai', 'facilitator');
    // Without a signature (someone added them, or a board from before keys), a person counts as a partner.
    setPerson(doc, 'k00000000000000000000000000000000', { name: 'Nobody', role: 'observer' }, 2);
    const people = readPeople(doc, await checkTrust(doc));
    expect(people.map(({ name, role, verified }) => ({ name, role, verified }))).toEqual([
      { name: 'Kai', role: 'facilitator', verified: true },
      { name: 'Nobody', role: 'partner', verified: false },
    ]);
  });

  it('verifies ECDSA P-256 keys too (browsers without Ed25519)', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const signer = makeSigner({ privateKey: pair.privateKey, publicKey: `p256:${toBase64Url(raw)}` });
    const sig = await signer.sign('we agree');
    expect(await verifyStatement(signer.publicKey, 'we agree', sig)).toBe(true);
    expect(await verifyStatement(signer.publicKey, 'we disagree', sig)).toBe(false);
  });

  it('answers garbage keys and signatures with false, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.string(), fc.anything(), async (key, statement, sig) => {
        expect(await verifyStatement(key, statement, sig)).toBe(false);
      }),
      { numRuns: 200 },
    );
    const { signer } = await makeTestPerson();
    expect(await verifyStatement(signer.publicKey, 'x', 'A'.repeat(86))).toBe(false);
    expect(await verifyStatement(signer.publicKey.replace('ed25519', 'p256'), 'x', await signer.sign('x'))).toBe(false);
  });
});
