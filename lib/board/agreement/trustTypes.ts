import type { SignedMap } from '@/lib/board/docKeys';
import type { SignedValue } from '@/lib/board/agreement/signedValues';

/**
 * What a reader of the board is told about its signatures: made by
 * `checkTrust` (trust.ts), asked by every read that counts something signed
 * (people, consent, role votes). Apart from trust.ts so that those reads,
 * which trust.ts does not need, sit below it.
 */
export interface Trust {
  /** Whether this person's own entry, with exactly this role and key, verified. */
  person(personId: string, role: unknown, key: unknown): boolean;
  /** The key whose signatures count for this person: their verified entry's, or the one this device pinned. */
  key(personId: string): string | undefined;
  /** The fingerprint of that key (what an invite names). */
  fingerprint(personId: string): string | undefined;
  /** How the entry at `key` of the `consent` or `roleVotes` map, with exactly these values, stands. */
  entry(map: SignedMap, key: string, value: SignedValue): Standing;
  /** The newest counter seen verified at each key (by `counterKey`, docKeys.ts): what this device should remember. */
  counters(): ReadonlyMap<string, number>;
}

/**
 * `current`: signed by the person it names, and no older than the newest
 * statement this device knows of at its key (for a statement of the shape
 * from before counters: simply signed). `older`: signed, but this device
 * saw a newer one there. `unverified`: the signature does not verify.
 */
export type Standing = 'current' | 'older' | 'unverified';
