import type { BoardHandle } from '@/lib/app/boardHandle';
import { checkTrust } from '@/lib/board/agreement/trust';
import type { Trust } from '@/lib/board/agreement/trustTypes';
import { readPeople, type PersonView } from '@/lib/board/read';

/**
 * Checks a board's signatures as this device knows them now, and remembers
 * what verified: each verified person's key is pinned (they stay who they
 * are whatever later happens to their entry), and the newest statement
 * counter seen at each key is kept (an older statement written back never
 * counts here again). The panel's consent view does this on every change
 * (lib/solid/createConsent.ts), and so does the background for a board it
 * keeps in step (lib/app/keepInStep/keeper.ts): a person who joined while
 * no panel was open is then known, and proved here, when one opens.
 */
export async function checkAndPin(board: BoardHandle): Promise<{ trust: Trust; everyone: PersonView[] }> {
  const known = board.known();
  const trust = await checkTrust(board.doc, new Map(known.map((person) => [person.id, person.key])), board.counters());
  const everyone = readPeople(board.doc, trust, known);
  if (!board.closed()) {
    board.remember(
      everyone
        .filter((person) => person.verified && trust.key(person.id))
        .map((person) => ({ id: person.id, name: person.name, joinedAs: person.joinedAs, key: trust.key(person.id)! })),
    );
    board.rememberCounters(trust.counters());
  }
  return { trust, everyone };
}
