import type * as Y from 'yjs';
import { agree, setPerson, signPerson } from '../../lib/board/actions';
import { textHash } from '../../lib/board/consent';
import { readItem } from '../../lib/board/read';
import { voteForRole, type Role } from '../../lib/board/roles';
import { boardMaps } from '../../lib/board/schema';
import { makeDeviceKeyPair, makeSigner, personIdForKey, type Signer } from '../../lib/board/signing';
import { boardOf, statements } from '../../lib/board/trust';

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

/** The person agrees to the item's current words, signed. */
export async function agreeSigned(doc: Y.Doc, person: TestPerson, itemId: string, at: number): Promise<void> {
  const item = readItem(itemId, boardMaps(doc).items.get(itemId));
  if (!item) throw new Error(`no item ${itemId}`);
  const sig = await person.signer.sign(statements.consent(boardOf(doc), itemId, person.id, textHash(item.text), at));
  agree(doc, itemId, person.id, { text: item.text, at, sig });
}

export async function voteSigned(doc: Y.Doc, person: TestPerson, subjectId: string, role: Role, at: number): Promise<void> {
  const sig = await person.signer.sign(statements.roleVote(boardOf(doc), subjectId, role, person.id, at));
  voteForRole(doc, subjectId, role, person.id, at, sig);
}
