import { verifyStatement } from '@/lib/board/agreement/signing';

/**
 * A presence names a person only when that person's device proves it, live,
 * to this device. Each device puts a random `nonce` in its awareness state,
 * new for every connection it makes. Every other device answers with a
 * proof for it: its signature of (person, name, its client id, its own peer
 * id, that nonce). This device counts a presence as that person only if
 *
 * - the proof verifies against the key this device knows for them (their
 *   signed entry on the board, or the key it pinned), and
 * - it arrived over the connection to the peer id it names (presenceGuard.ts
 *   remembers who delivered what).
 *
 * A replayed proof fails the nonce (a new one every connection); one relayed
 * by someone else fails the peer id; and when that person's own connection
 * closes, no proof of theirs arrives over it any more, so an absent partner
 * is never shown as here now.
 *
 * A device that only keeps the board in step (lib/app/keepInStep, no person
 * at it) says so with `inStep: true`, and signs that too: its proof then
 * cannot be passed off as its person being here, and a person's proof
 * cannot be passed off as theirs being away.
 */
export const presenceStatement = (personId: string, name: string, clientId: number, peerId: string, nonce: string, inStep = false) =>
  JSON.stringify(['cg-presence/1', personId, name, clientId, peerId, nonce, ...(inStep ? ['in-step'] : [])]);

/** What a device puts in its awareness state beside its name and colour. */
export interface PresenceProofs {
  nonce: string;
  /** Proofs for the other devices here, by their client id. */
  proofs: Record<string, string>;
  /** This device keeps the board in step in the background: its person is not here. */
  inStep?: true;
}

const MAX_REMEMBERED = 1_000;

/** Verifies proofs, remembering results (awareness repeats every state every 15 s). */
export function makeProofChecker(onSettled: () => void) {
  const results = new Map<string, boolean | 'checking'>();
  return {
    /** True once verified; false while checking or when it fails (the check runs once and calls `onSettled`). */
    verified(key: string | undefined, statement: string, proof: unknown): boolean {
      if (key === undefined || typeof proof !== 'string') return false;
      const id = `${key}\n${proof}\n${statement}`;
      const known = results.get(id);
      if (known !== undefined) return known === true;
      if (results.size >= MAX_REMEMBERED) results.clear();
      results.set(id, 'checking');
      void verifyStatement(key, statement, proof).then((valid) => {
        results.set(id, valid);
        if (valid) onSettled();
      });
      return false;
    },
  };
}
