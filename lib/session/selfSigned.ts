import * as Y from 'yjs';
import { setPerson, signPerson } from '../board/actions';
import { makeBoardObserver } from '../board/observe';
import type { Role } from '../board/roles';
import { boardMaps } from '../board/schema';
import { verifyStatement, type Signer } from '../board/signing';
import { boardOf, statements } from '../board/trust';

/**
 * Keeps this person's own entry on the board signed by this device's key
 * (trust.ts): when the board opens, when its meta first syncs (a joined
 * board learns its identity then), and whenever the entry changes, so a
 * peer who overwrites the key, signature or role, deletes the entry or
 * blanks the name, is answered with the real ones. The role is the one this device joined with (the board list keeps
 * it); later changes are the partners' votes, not this entry.
 * Returns the cleanup that stops watching.
 */
export function keepSelfSigned(
  doc: Y.Doc,
  personId: string,
  signer: Signer,
  joinedAs: Role,
  /** This person's name and colour, to write the entry back if someone deleted it or blanked the name. */
  me?: { name: string; colour: string | null },
): () => void {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const check = async () => {
    const board = boardOf(doc);
    if (board === '') return;
    const written = boardMaps(doc).people.get(personId);
    const name = written instanceof Y.Map ? written.get('name') : undefined;
    if (me && (typeof name !== 'string' || name.trim() === '')) {
      setPerson(doc, personId, { name: me.name, colour: me.colour, role: joinedAs }, Date.now());
    }
    const entry = boardMaps(doc).people.get(personId);
    if (!(entry instanceof Y.Map)) return;
    const statement = statements.person(board, personId, joinedAs, signer.publicKey);
    const current = entry.get('key') === signer.publicKey && entry.get('role') === joinedAs;
    if (current && (await verifyStatement(signer.publicKey, statement, entry.get('sig')))) return;
    const sig = await signer.sign(statement);
    if (!stopped && boardOf(doc) === board) signPerson(doc, personId, signer.publicKey, sig, joinedAs);
  };
  // One check at a time; changes during it ask for one more.
  const schedule = () => {
    if (running) {
      again = true;
      return;
    }
    running = check()
      .catch((error: unknown) => console.error('Common Ground: could not sign this person’s entry', error))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          schedule();
        }
      });
  };
  schedule();
  const stop = makeBoardObserver(doc, (change) => {
    if (change.meta || change.people) schedule();
  });
  return () => {
    stopped = true;
    stop();
  };
}
