import * as Y from 'yjs';
import { boardUid, readMeta } from './read';
import { isRole, type Role } from './roles';
import { boardMaps } from './schema';
import { isKeyBoundId, isPublicKey, keyFitsPerson, personIdForKey, verifyStatement } from './signing';

/**
 * What on a board is signed by the person it claims to come from. Anyone
 * with the invite code can write anything into the document, so three kinds
 * of entry count only when their signature verifies:
 *
 * - a person's own entry: their public key and the role they joined with;
 * - a consent record: who agreed to which words of which item, and when;
 * - a role vote: which partner agreed that someone takes which role.
 *
 * Each signed statement names the board (`boardUid`), so a signature cannot
 * be copied from one board to another. Everything else (names, colours,
 * texts) is ordinary shared editing and is not signed.
 */
export interface Trust {
  /** Whether this person's own entry, with exactly this role and key, verified. */
  person(personId: string, role: unknown, key: unknown): boolean;
  /** The key whose signatures count for this person: their verified entry's, or the one this device pinned. */
  key(personId: string): string | undefined;
  /** The fingerprint of that key (what an invite names). */
  fingerprint(personId: string): string | undefined;
  /** Whether the entry at `key` of the `consent` or `roleVotes` map, with exactly these values, verified. */
  entry(map: SignedMap, key: string, value: SignedValue): boolean;
}

/** The signed part of a consent record (`textHash`) or role vote (without). */
export interface SignedValue {
  at: unknown;
  sig: unknown;
  textHash?: unknown;
}

export type SignedMap = 'consent' | 'roleVotes';

export const statements = {
  person: (board: string, personId: string, role: Role, publicKey: string) =>
    JSON.stringify(['cg-person/1', board, personId, role, publicKey]),
  consent: (board: string, itemId: string, personId: string, textHash: string, at: number) =>
    JSON.stringify(['cg-consent/1', board, itemId, personId, textHash, at]),
  roleVote: (board: string, subjectId: string, role: Role, voterId: string, at: number) =>
    JSON.stringify(['cg-role-vote/1', board, subjectId, role, voterId, at]),
};

/** The board a statement is about; empty until the board's meta has synced. */
export function boardOf(doc: Y.Doc): string {
  const meta = readMeta(doc);
  return meta.ok ? boardUid(meta.value) : '';
}

/** Nothing verified: what the panel assumes before the first check finishes. */
export const TRUST_NOTHING: Trust = { person: () => false, key: () => undefined, fingerprint: () => undefined, entry: () => false };

/**
 * Every entry taken as written. Only for tests and simulations that are
 * about merging, not about signatures; the panel never uses it.
 */
export const TRUST_AS_WRITTEN: Trust = { person: () => true, key: () => undefined, fingerprint: () => undefined, entry: () => true };

// The whole signed value is part of the id, so a record rewritten after a check (same signature,
// other words or time) is not taken as verified by a reader holding the older result.
const entryId = (map: SignedMap, key: string, { at, sig, textHash }: SignedValue) =>
  JSON.stringify([map, key, at, textHash ?? null, sig]);

/**
 * Checks every signature on the board. Signatures already checked are
 * remembered (signing.ts), so re-checking after each change costs only the
 * new ones.
 *
 * `pins` are the keys this device saw verified for people before (trust on
 * first use, kept per board in IndexedDB): an entry with another key does
 * not verify, even for ids from before keys; and a pinned person's
 * agreements keep counting if someone deletes or garbles their entry.
 */
export async function checkTrust(doc: Y.Doc, pins: ReadonlyMap<string, string> = new Map()): Promise<Trust> {
  const board = boardOf(doc);
  const people = new Map<string, { role: string; key: string }>();
  const checks: Promise<void>[] = [];
  if (board !== '') {
    boardMaps(doc).people.forEach((person, personId) => {
      if (!(person instanceof Y.Map)) return;
      const key = person.get('key');
      const role = person.get('role');
      if (!isPublicKey(key) || !keyFitsPerson(personId, key) || !isRole(role)) return;
      const pinned = pins.get(personId);
      if (pinned !== undefined && pinned !== key) return;
      checks.push(
        verifyStatement(key, statements.person(board, personId, role, key), person.get('sig')).then((valid) => {
          if (valid) people.set(personId, { role, key });
        }),
      );
    });
  }
  await Promise.all(checks);
  const keys = new Map([...pins].filter(([, key]) => isPublicKey(key)));
  for (const [personId, { key }] of people) keys.set(personId, key);

  const verified = new Set<string>();
  const entryChecks: Promise<void>[] = [];
  const check = (map: SignedMap, key: string, signer: string, statement: () => string, value: SignedValue) => {
    const publicKey = keys.get(signer);
    if (!publicKey) return;
    entryChecks.push(
      verifyStatement(publicKey, statement(), value.sig).then((valid) => {
        if (valid) verified.add(entryId(map, key, value));
      }),
    );
  };
  doc.getMap<unknown>('consent').forEach((value, key) => {
    const split = key.lastIndexOf(':');
    if (split <= 0 || typeof value !== 'object' || value === null) return;
    const { textHash, at, sig } = value as Record<string, unknown>;
    if (typeof textHash !== 'string' || typeof at !== 'number') return;
    const itemId = key.slice(0, split);
    const personId = key.slice(split + 1);
    check('consent', key, personId, () => statements.consent(board, itemId, personId, textHash, at), { at, sig, textHash });
  });
  doc.getMap<unknown>('roleVotes').forEach((value, key) => {
    const [subject, role, voter] = key.split('|');
    if (!subject || !voter || !isRole(role) || typeof value !== 'object' || value === null) return;
    const { at, sig } = value as Record<string, unknown>;
    if (typeof at !== 'number') return;
    check('roleVotes', key, voter, () => statements.roleVote(board, subject, role, voter, at), { at, sig });
  });
  await Promise.all(entryChecks);

  return {
    person(personId, role, key) {
      const signed = people.get(personId);
      return signed !== undefined && signed.role === role && signed.key === key;
    },
    key: (personId) => keys.get(personId),
    fingerprint(personId) {
      const key = keys.get(personId);
      return key === undefined ? undefined : isKeyBoundId(personId) ? personId : personIdForKey(key);
    },
    entry: (map, key, value) => verified.has(entryId(map, key, value)),
  };
}
