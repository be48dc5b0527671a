import type * as Y from 'yjs';
import { agree, setPerson, signPerson, withdraw } from '@/lib/board/actions';
import { textHash } from '@/lib/board/agreement/consent';
import { readItem } from '@/lib/board/read';
import { voteForRole, withdrawRoleVote } from '@/lib/board/agreement/roles';
import { boardMaps } from '@/lib/board/schema';
import { makeDeviceKeyPair, makeSigner, personIdForKey, type Signer } from '@/lib/board/agreement/signing';
import { boardOf, nextCounter, statements } from '@/lib/board/agreement/trust';
import { consentKey, roleVoteKey } from '@/lib/board/docKeys';
import { type Role } from '@/lib/board/format';

/** A person with a real device key, whose id is the key's fingerprint, as the panel makes them. */
export interface TestPerson {
  id: string;
  signer: Signer;
}

export async function makeTestPerson(): Promise<TestPerson> {
  const signer = makeSigner(await makeDeviceKeyPair());
  return { id: personIdForKey(signer.publicKey), signer };
}

/** Adds the person to the board with their entry signed, as their own panel would. */
export async function joinSigned(doc: Y.Doc, person: TestPerson, name: string, role: Role, now = 1): Promise<void> {
  setPerson(doc, person.id, { name, role }, now);
  const sig = await person.signer.sign(statements.person(boardOf(doc), person.id, role, person.signer.publicKey));
  signPerson(doc, person.id, person.signer.publicKey, sig, role);
}

/** The counter a person's device picks for its next statement at a consent key, from what this doc holds (`n` overrides it). */
const next = (doc: Y.Doc, person: TestPerson, map: 'consent' | 'roleVotes', key: string, n?: number) =>
  n === undefined ? nextCounter(doc, map, key, person.signer.publicKey, 0) : Promise.resolve(n);

/** The person agrees to the item's current words, signed (with the next counter, or `n`). */
export async function agreeSigned(doc: Y.Doc, person: TestPerson, itemId: string, at: number, n?: number): Promise<void> {
  const item = readItem(itemId, boardMaps(doc).items.get(itemId));
  if (!item) throw new Error(`no item ${itemId}`);
  const counter = await next(doc, person, 'consent', consentKey(itemId, person.id), n);
  const sig = await person.signer.sign(
    statements.consent(boardOf(doc), itemId, person.id, { kind: 'agree', textHash: textHash(item.text), n: counter, at }),
  );
  agree(doc, itemId, person.id, { text: item.text, at, n: counter, sig });
}

/** The person withdraws their agreement, signed. */
export async function withdrawSigned(doc: Y.Doc, person: TestPerson, itemId: string, at: number, n?: number): Promise<void> {
  const counter = await next(doc, person, 'consent', consentKey(itemId, person.id), n);
  const sig = await person.signer.sign(statements.consent(boardOf(doc), itemId, person.id, { kind: 'withdraw', n: counter, at }));
  withdraw(doc, itemId, person.id, { at, n: counter, sig });
}

export async function voteSigned(doc: Y.Doc, person: TestPerson, subjectId: string, role: Role, at: number, n?: number): Promise<void> {
  const counter = await next(doc, person, 'roleVotes', roleVoteKey(subjectId, role, person.id), n);
  const sig = await person.signer.sign(statements.roleVote(boardOf(doc), subjectId, role, person.id, { kind: 'vote', n: counter, at }));
  voteForRole(doc, subjectId, role, person.id, { at, n: counter, sig });
}

export async function withdrawVoteSigned(
  doc: Y.Doc,
  person: TestPerson,
  subjectId: string,
  role: Role,
  at: number,
  n?: number,
): Promise<void> {
  const counter = await next(doc, person, 'roleVotes', roleVoteKey(subjectId, role, person.id), n);
  const sig = await person.signer.sign(statements.roleVote(boardOf(doc), subjectId, role, person.id, { kind: 'withdraw', n: counter, at }));
  withdrawRoleVote(doc, subjectId, role, person.id, { at, n: counter, sig });
}
