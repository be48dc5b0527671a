import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '@/lib/board/actions';
import { consentState, readConsentStatements, textHash } from '@/lib/board/agreement/consent';
import { consentKey, counterKey, roleVoteKey } from '@/lib/board/docKeys';
import { readPeople } from '@/lib/board/read';
import { readRoleVotes } from '@/lib/board/agreement/roles';
import { boardOf, checkTrust, nextCounter, statements } from '@/lib/board/agreement/trust';
import { keepOwnStatements } from '@/lib/app/selfSigned';
import { newBoardDoc } from '@/tests/support/docs';
import { seeded } from '@/tests/support/random';
import {
  agreeSigned,
  joinSigned,
  makeTestPerson,
  voteSigned,
  withdrawSigned,
  withdrawVoteSigned,
  type TestPerson,
} from '@/tests/support/signedPeople';

const TEXT = 'I need a quiet hour after work.';

/** One device's copy of the board and what it remembers: the newest counter it saw verified at each key. */
interface Device {
  doc: Y.Doc;
  counters: Map<string, number>;
}

/** What the panel does after a change: check signatures against what it remembers, then remember what it saw. */
async function look(device: Device) {
  const trust = await checkTrust(device.doc, new Map(), device.counters);
  for (const [key, n] of trust.counters()) if (n > (device.counters.get(key) ?? 0)) device.counters.set(key, n);
  return trust;
}

async function consentOn(device: Device, itemId: string) {
  const trust = await look(device);
  const partners = readPeople(device.doc, trust).filter((person) => person.role === 'partner');
  const reading = readConsentStatements(device.doc, trust);
  const state = consentState({ text: TEXT }, reading.counted.get(itemId) ?? [], partners);
  return {
    state: state.kind === 'agreed' ? 'agreed' : `waiting for ${state.waitingFor.map((person) => person.name).join(', ')}`,
    notCounted: (reading.notCounted.get(itemId) ?? []).map((record) => record.why),
  };
}

async function agreedBoard() {
  const doc = newBoardDoc();
  const [sam, alex] = [await makeTestPerson(), await makeTestPerson()];
  await joinSigned(doc, sam, 'Sam', 'partner');
  await joinSigned(doc, alex, 'Alex', 'partner');
  const itemId = addItem(doc, { section: 'boundary', author: sam.id, now: 1, text: TEXT });
  await agreeSigned(doc, sam, itemId, 2);
  await agreeSigned(doc, alex, itemId, 3);
  return { device: { doc, counters: new Map<string, number>() }, sam, alex, itemId };
}

/** What a peer that kept a copy of the consent map writes back: a deep copy of one entry. */
const keep = (doc: Y.Doc, key: string) => structuredClone(doc.getMap<unknown>('consent').get(key));
const writeBack = (doc: Y.Doc, key: string, value: unknown) => doc.getMap<unknown>('consent').set(key, value);

describe('statements that cannot be replayed', () => {
  it('an agreement written back after its withdrawal does not count', async () => {
    const { device, sam, itemId } = await agreedBoard();
    expect(await consentOn(device, itemId)).toEqual({ state: 'agreed', notCounted: [] });
    const old = keep(device.doc, consentKey(itemId, sam.id));

    await withdrawSigned(device.doc, sam, itemId, 4);
    expect(await consentOn(device, itemId)).toEqual({ state: 'waiting for Sam', notCounted: [] });
    // Withdrawal is a statement of its own, never a deletion.
    expect(device.doc.getMap('consent').get(consentKey(itemId, sam.id))).toMatchObject({ v: 2, kind: 'withdraw', n: 2 });

    writeBack(device.doc, consentKey(itemId, sam.id), old);
    expect(await consentOn(device, itemId)).toEqual({ state: 'waiting for Sam', notCounted: ['older'] });
  });

  it('deleting the newest statement and writing back an older one changes nothing on a device that saw the newer', async () => {
    const { device, sam, itemId } = await agreedBoard();
    const key = consentKey(itemId, sam.id);
    const first = keep(device.doc, key);
    await withdrawSigned(device.doc, sam, itemId, 4);
    const withdrawal = keep(device.doc, key);
    await agreeSigned(device.doc, sam, itemId, 5);
    await withdrawSigned(device.doc, sam, itemId, 6);
    expect(await consentOn(device, itemId)).toEqual({ state: 'waiting for Sam', notCounted: [] });
    expect(device.counters.get(counterKey('consent', key))).toBe(4);

    device.doc.getMap('consent').delete(key);
    expect(await consentOn(device, itemId)).toEqual({ state: 'waiting for Sam', notCounted: [] });
    for (const older of [first, withdrawal]) {
      writeBack(device.doc, key, older);
      expect((await consentOn(device, itemId)).state).toBe('waiting for Sam');
    }
    // Sam's next statement goes past everything this device saw, so it counts.
    expect(await nextCounter(device.doc, 'consent', key, sam.signer.publicKey, device.counters.get(counterKey('consent', key))!)).toBe(5);
    await agreeSigned(device.doc, sam, itemId, 7, 5);
    expect(await consentOn(device, itemId)).toEqual({ state: 'agreed', notCounted: [] });
  });

  it('a device that never saw the newer statement counts the older one, so the signer’s device writes the newest back', async () => {
    const { device, sam, itemId } = await agreedBoard();
    const key = consentKey(itemId, sam.id);
    const old = keep(device.doc, key);
    const own = keepOwnStatements(device.doc, sam.id, sam.signer.publicKey, () => 0);
    await withdrawSigned(device.doc, sam, itemId, 4);
    await vi.waitFor(() => expect(device.doc.getMap('consent').get(key)).toMatchObject({ kind: 'withdraw', n: 2 }));
    writeBack(device.doc, key, old);
    // Sam's panel answers at once, with the withdrawal exactly as Sam signed it.
    await vi.waitFor(() => expect(device.doc.getMap('consent').get(key)).toMatchObject({ kind: 'withdraw', n: 2 }));
    const fresh = { doc: new Y.Doc(), counters: new Map<string, number>() };
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(device.doc));
    expect(await consentOn(fresh, itemId)).toEqual({ state: 'waiting for Sam', notCounted: [] });
    // Deleted outright, or overwritten with something Sam's key did not sign: the same answer.
    device.doc.getMap('consent').delete(key);
    await vi.waitFor(() => expect(device.doc.getMap('consent').get(key)).toMatchObject({ kind: 'withdraw', n: 2 }));
    writeBack(device.doc, key, { v: 2, kind: 'agree', textHash: textHash(TEXT), text: TEXT, at: 9, n: 99, sig: 'A'.repeat(86) });
    await vi.waitFor(() => expect(device.doc.getMap('consent').get(key)).toMatchObject({ kind: 'withdraw', n: 2 }));
    own.stop();
  });

  it('agreements of the shape from before counters do not count: the partner is asked to agree again', async () => {
    const { device, alex, itemId } = await agreedBoard();
    const at = 8;
    const sig = await alex.signer.sign(statements.consentV1(boardOf(device.doc), itemId, alex.id, textHash(TEXT), at));
    writeBack(device.doc, consentKey(itemId, alex.id), { textHash: textHash(TEXT), text: TEXT, at, sig });
    expect(await consentOn(device, itemId)).toEqual({ state: 'waiting for Alex', notCounted: ['old-format'] });
    // The old shape with a signature that does not verify is a forgery like any other.
    writeBack(device.doc, consentKey(itemId, alex.id), { textHash: textHash(TEXT), text: TEXT, at, sig: 'A'.repeat(86) });
    expect(await consentOn(device, itemId)).toEqual({ state: 'waiting for Alex', notCounted: ['unverified'] });
    await agreeSigned(device.doc, alex, itemId, 9);
    expect(await consentOn(device, itemId)).toEqual({ state: 'agreed', notCounted: [] });
  });

  it('agreeing again (a revisit) is a new statement with a higher counter and a new time', async () => {
    const { device, sam, alex, itemId } = await agreedBoard();
    await agreeSigned(device.doc, sam, itemId, 100);
    expect(device.doc.getMap('consent').get(consentKey(itemId, sam.id))).toMatchObject({ kind: 'agree', n: 2, at: 100 });
    const trust = await look(device);
    expect(
      readConsentStatements(device.doc, trust)
        .counted.get(itemId)
        ?.map((record) => [record.personId, record.at])
        .sort(),
    ).toEqual(
      [
        [sam.id, 100],
        [alex.id, 3],
      ].sort(),
    );
  });

  it('role votes: a vote written back after it was taken back does not count, nor one of the old shape', async () => {
    const { device, sam, alex } = await agreedBoard();
    const kai = await makeTestPerson();
    await joinSigned(device.doc, kai, 'Kai', 'facilitator');
    const roleOf = async (person: TestPerson) => readPeople(device.doc, await look(device)).find((p) => p.id === person.id)?.role;
    await voteSigned(device.doc, sam, kai.id, 'partner', 10);
    const key = roleVoteKey(kai.id, 'partner', sam.id);
    const old = structuredClone(device.doc.getMap<unknown>('roleVotes').get(key));
    await voteSigned(device.doc, alex, kai.id, 'partner', 11);
    expect(await roleOf(kai)).toBe('partner');

    await withdrawVoteSigned(device.doc, sam, kai.id, 'partner', 12);
    expect(await roleOf(kai)).toBe('facilitator');
    expect(device.doc.getMap('roleVotes').get(key)).toMatchObject({ v: 2, kind: 'withdraw', n: 2 });
    device.doc.getMap<unknown>('roleVotes').set(key, old);
    expect(await roleOf(kai)).toBe('facilitator');
    expect(
      readRoleVotes(device.doc, await look(device))
        .get(kai.id)
        ?.get('partner')
        ?.has(sam.id),
    ).toBe(false);

    // A vote of the old shape, even one Sam's key signed, counts for nothing.
    const sig = await sam.signer.sign(JSON.stringify(['cg-role-vote/1', boardOf(device.doc), kai.id, 'partner', sam.id, 13]));
    device.doc.getMap<unknown>('roleVotes').set(key, { at: 13, sig });
    expect(await roleOf(kai)).toBe('facilitator');
    await voteSigned(device.doc, sam, kai.id, 'partner', 14, 3);
    expect(await roleOf(kai)).toBe('partner');
  });
});

describe('a third device that was offline', () => {
  /**
   * Sam's device (a, running the panel's write-back of its own statements),
   * Alex's (b) and a third (c) that kept Sam's first agreement while offline
   * and, concurrently with Sam's withdrawal, wrote it back. Updates then
   * arrive in a seeded random order; each device checks after each one, as
   * the panel does. Whichever write Yjs keeps, everyone ends on Sam's newest
   * statement and nobody counts the older one.
   */
  async function scenario(seed: number, thirdWins: boolean) {
    const rng = seeded(seed);
    const origin = newBoardDoc();
    const [sam, alex] = [await makeTestPerson(), await makeTestPerson()];
    await joinSigned(origin, sam, 'Sam', 'partner');
    await joinSigned(origin, alex, 'Alex', 'partner');
    const itemId = addItem(origin, { section: 'boundary', author: sam.id, now: 1, text: TEXT });
    await agreeSigned(origin, sam, itemId, 2);
    await agreeSigned(origin, alex, itemId, 3);
    // Concurrent writes to one map key are settled by client id: try both ways round.
    const ids = thirdWins ? { a: 10, b: 20, c: 30 } : { a: 30, b: 20, c: 10 };
    const devices = Object.fromEntries(
      (['a', 'b', 'c'] as const).map((name) => {
        const doc = new Y.Doc();
        doc.clientID = ids[name];
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
        return [name, { doc, counters: new Map<string, number>() }];
      }),
    ) as Record<'a' | 'b' | 'c', Device>;
    for (const device of Object.values(devices)) expect((await consentOn(device, itemId)).state).toBe('agreed');
    const key = consentKey(itemId, sam.id);
    const own = keepOwnStatements(
      devices.a.doc,
      sam.id,
      sam.signer.publicKey,
      (map, at) => devices.a.counters.get(counterKey(map, at)) ?? 0,
    );

    // Offline, c writes back the agreement it kept; meanwhile Sam withdraws on a.
    writeBack(devices.c.doc, key, keep(devices.c.doc, key));
    await withdrawSigned(devices.a.doc, sam, itemId, 4);
    // Sam's panel remembers its own statement as it makes it.
    expect((await consentOn(devices.a, itemId)).state).toBe('waiting for Sam');

    const names = ['a', 'b', 'c'] as const;
    const deliver = async (from: Device, to: Device) => {
      Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'remote');
      const { state } = await consentOn(to, itemId);
      expect(state).toMatch(/waiting for Sam|agreed/);
      return state;
    };
    const seen: string[] = [];
    for (let step = 0; step < 8; step++) {
      const from = rng.pick(names);
      const to = rng.pick(names.filter((name) => name !== from));
      seen.push(`${from}>${to}:${await deliver(devices[from], devices[to])}`);
    }
    // Everyone meets; Sam's device answers any write-back it received; everyone meets again.
    const everyone = async () => {
      for (const from of names) for (const to of names) if (from !== to) await deliver(devices[from], devices[to]);
    };
    await everyone();
    await vi.waitFor(() => expect(devices.a.doc.getMap('consent').get(key)).toMatchObject({ kind: 'withdraw', n: 2 }));
    await everyone();
    own.stop();
    const results = await Promise.all(names.map(async (name) => [name, await consentOn(devices[name], itemId)] as const));
    return { results, seen };
  }

  it('converges on the newest statement, whatever order the updates arrive in', async () => {
    for (const thirdWins of [false, true]) {
      for (let seed = 1; seed <= 12; seed++) {
        const { results, seen } = await scenario(seed, thirdWins);
        for (const [name, result] of results) {
          expect(result.state, `${name} after ${seen.join(' ')}`).toBe('waiting for Sam');
        }
        // A device that saw the withdrawal never counted the agreement written back, even before the answer came.
        for (const step of seen) expect(step).not.toMatch(/>a:agreed/);
      }
    }
  });
});
