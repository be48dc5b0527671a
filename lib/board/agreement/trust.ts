import * as Y from 'yjs';
import { counterKey, SIGNED_MAPS, splitConsentKey, splitRoleVoteKey, type SignedMap } from '@/lib/board/docKeys';
import { isRole, type Role } from '@/lib/board/format';
import { boardUid, readMeta } from '@/lib/board/meta';
import { boardMap, boardMaps } from '@/lib/board/schema';
import { parseConsent, parseRoleVote, type SignedValue } from '@/lib/board/agreement/signedValues';
import { isKeyBoundId, isPublicKey, keyFitsPerson, personIdForKey, verifyStatement } from '@/lib/board/agreement/signing';
import type { Trust } from '@/lib/board/agreement/trustTypes';

/**
 * What on a board is signed by the person it claims to come from. Anyone
 * with the invite code can write anything into the document, so three kinds
 * of entry count only when their signature verifies:
 *
 * - a person's own entry: their public key and the role they joined with;
 * - a consent statement: who agreed to which words of which item, or took it back;
 * - a role vote: which partner agreed that someone takes which role, or took it back.
 *
 * Each signed statement names the board (`boardUid`), so a signature cannot
 * be copied from one board to another. Consent statements and role votes
 * also carry a counter (`n`), one higher for each statement of one person
 * at one key, so an old statement written back over a newer one is told
 * apart: each device remembers the newest counter it saw verified at each
 * key (lib/store/statementCounters.ts) and an older one never counts again.
 * Everything else (names, colours, texts) is ordinary shared editing and is
 * not signed.
 */
export const statements = {
  person: (board: string, personId: string, role: Role, publicKey: string) =>
    JSON.stringify(['cg-person/1', board, personId, role, publicKey]),
  /** Agreeing to words (by their hash) or withdrawing (hash ""), as this person's `n`th statement about this item. */
  consent: (board: string, itemId: string, personId: string, said: ConsentStatement) =>
    JSON.stringify(['cg-consent/2', board, itemId, personId, said.kind, said.kind === 'agree' ? said.textHash : '', said.n, said.at]),
  /** The shape from before counters: still checked (so the panel can ask to agree again), never counted. */
  consentV1: (board: string, itemId: string, personId: string, textHash: string, at: number) =>
    JSON.stringify(['cg-consent/1', board, itemId, personId, textHash, at]),
  roleVote: (board: string, subjectId: string, role: Role, voterId: string, said: RoleVoteStatement) =>
    JSON.stringify(['cg-role-vote/2', board, subjectId, role, voterId, said.kind, said.n, said.at]),
};

export type ConsentStatement = { kind: 'agree'; textHash: string; n: number; at: number } | { kind: 'withdraw'; n: number; at: number };
export interface RoleVoteStatement {
  kind: 'vote' | 'withdraw';
  n: number;
  at: number;
}

/** The board a statement is about; empty until the board's meta has synced. */
export function boardOf(doc: Y.Doc): string {
  const meta = readMeta(doc);
  return meta.ok ? boardUid(meta.value) : '';
}

const NO_COUNTERS: ReadonlyMap<string, number> = new Map();

/** Nothing verified: what the panel assumes before the first check finishes. */
export const TRUST_NOTHING: Trust = {
  person: () => false,
  key: () => undefined,
  fingerprint: () => undefined,
  entry: () => 'unverified',
  counters: () => NO_COUNTERS,
};

/**
 * Every entry taken as written. Only for tests and simulations that are
 * about merging, not about signatures; the panel never uses it.
 */
export const TRUST_AS_WRITTEN: Trust = {
  person: () => true,
  key: () => undefined,
  fingerprint: () => undefined,
  entry: () => 'current',
  counters: () => NO_COUNTERS,
};

// The whole signed value is part of the id, so a record rewritten after a check (same signature,
// other words, time or counter) is not taken as verified by a reader holding the older result.
const entryId = (map: SignedMap, key: string, value: SignedValue) =>
  JSON.stringify([
    map,
    key,
    value.v,
    value.kind,
    'n' in value ? value.n : null,
    value.at,
    'textHash' in value ? value.textHash : null,
    value.sig,
  ]);

/** A well-formed value at `key` of `map`, with the person who must have signed it and the statement they signed. */
function signedEntry(
  board: string,
  map: SignedMap,
  key: string,
  raw: unknown,
): { signer: string; value: SignedValue; statement: string } | null {
  if (map === 'consent') {
    const at = splitConsentKey(key);
    const value = parseConsent(raw);
    if (!at || !value) return null;
    const { itemId, personId } = at;
    const statement =
      value.v === 1
        ? statements.consentV1(board, itemId, personId, value.textHash, value.at)
        : statements.consent(board, itemId, personId, value);
    return { signer: personId, value, statement };
  }
  const at = splitRoleVoteKey(key);
  const value = parseRoleVote(raw);
  if (!at || !value) return null;
  return { signer: at.voterId, value, statement: statements.roleVote(board, at.subjectId, at.role, at.voterId, value) };
}

/**
 * The statement (of the shape with a counter) at `key` of `map`, if
 * `publicKey` signed it; otherwise null.
 */
export async function statementSignedBy(doc: Y.Doc, map: SignedMap, key: string, publicKey: string): Promise<SignedValue | null> {
  const entry = signedEntry(boardOf(doc), map, key, boardMap(doc, map).get(key));
  if (entry?.value.v !== 2) return null;
  return (await verifyStatement(publicKey, entry.statement, entry.value.sig)) ? entry.value : null;
}

/**
 * The counter for this person's next statement at `key` of `map`: one past
 * the newest they made that this device knows of, remembered or (signed by
 * `publicKey`, so a forged huge counter cannot push it out of range) in the doc.
 */
export async function nextCounter(doc: Y.Doc, map: SignedMap, key: string, publicKey: string, remembered: number): Promise<number> {
  const inDoc = await statementSignedBy(doc, map, key, publicKey);
  return Math.max(remembered, inDoc?.v === 2 ? inDoc.n : 0) + 1;
}

/**
 * Checks every signature on the board. Signatures already checked are
 * remembered (signing.ts), so re-checking after each change costs only the
 * new ones.
 *
 * `pins` are the keys this device saw verified for people before (trust on
 * first use, kept per board in IndexedDB): an entry with another key does
 * not verify, even for ids from before keys; and a pinned person's
 * agreements keep counting if someone deletes or garbles their entry.
 * `counters` are the newest statement counters this device saw verified
 * (by `counterKey`, docKeys.ts; also kept per board): a statement below one is `older`.
 */
export async function checkTrust(
  doc: Y.Doc,
  pins: ReadonlyMap<string, string> = new Map(),
  counters: ReadonlyMap<string, number> = NO_COUNTERS,
): Promise<Trust> {
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
  const seen = new Map<string, number>();
  const entryChecks: Promise<void>[] = [];
  for (const map of SIGNED_MAPS) {
    boardMap(doc, map).forEach((raw, key) => {
      const entry = signedEntry(board, map, key, raw);
      const publicKey = entry && keys.get(entry.signer);
      if (!entry || !publicKey) return;
      entryChecks.push(
        verifyStatement(publicKey, entry.statement, entry.value.sig).then((valid) => {
          if (!valid) return;
          verified.add(entryId(map, key, entry.value));
          if (entry.value.v === 2) seen.set(counterKey(map, key), Math.max(seen.get(counterKey(map, key)) ?? 0, entry.value.n));
        }),
      );
    });
  }
  await Promise.all(entryChecks);
  const newest = (map: SignedMap, key: string) => Math.max(counters.get(counterKey(map, key)) ?? 0, seen.get(counterKey(map, key)) ?? 0);

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
    entry(map, key, value) {
      if (!verified.has(entryId(map, key, value))) return 'unverified';
      return value.v === 2 && value.n < newest(map, key) ? 'older' : 'current';
    },
    counters: () => seen,
  };
}
