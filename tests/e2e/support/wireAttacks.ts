import type * as Y from 'yjs';
import { BOARD_LIMITS } from '@/lib/board/limits';
import { foreignRoot, itemFlood, missingDependency, pendingDeletes, structClaim, textChurn } from '@/tests/support/attacks';

/**
 * Updates a modified client sends as if they were its own (y-webrtc relays
 * whatever its doc emits), for tests/e2e/wireAttacks.test.ts. Each returns
 * how many messages it sent.
 */
export const WIRE_ATTACKS = {
  /** ~10 bytes claiming 30 million structs: froze the panel for ~1.2 s and grew its heap by ~150 MiB, each. */
  freeze: () => [structClaim(), structClaim(60_000_000)],
  /** 300,000 entries in a top-level map the board never reads (one such update, stored, made every reopen slow). */
  bloat: () => [foreignRoot(300_000)],
  /** An update whose dependency never arrives, and deletes of content that was never sent: "pending" forever, before. */
  pending: () => [missingDependency().second, pendingDeletes(2_000)],
  /** 4 MiB inserted into an item's text and deleted again, 20 times (80 MiB): the budget cuts the peer off after a few rounds. */
  churn: () => textChurn(20, 4 * 1024 * 1024),
  /** One more item than a board may hold, in one update: refused whole. */
  flood: () => [itemFlood(BOARD_LIMITS.keys.items + 1)],
  /**
   * Not an attack: 33 entries in "meta", which every board refuses the same
   * way, so nothing is stored or drawn. Data channels deliver in order, so its
   * refusal shows the panel has read everything sent before it (the attack
   * benchmark waits for it).
   */
  marker: () => [foreignRoot(BOARD_LIMITS.keys.meta + 1, 'meta')],
} satisfies Record<string, () => Uint8Array[]>;

export type WireAttack = keyof typeof WIRE_ATTACKS;

export function sendWireAttack(doc: Y.Doc, attack: string): number {
  const make = WIRE_ATTACKS[attack as WireAttack];
  if (!make) throw new Error(`no such attack: ${attack}`);
  const updates = make();
  for (const update of updates) doc.emit('update', [update, 'hostile', doc, null as never]);
  return updates.length;
}
