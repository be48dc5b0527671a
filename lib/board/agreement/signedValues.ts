import type { SignedMap } from '@/lib/board/docKeys';
import { MAX_ITEM_TEXT_LENGTH } from '@/lib/board/format';

/**
 * The values of the signed maps as stored (docs/board-format.md), and their
 * parsers. Here, below consent.ts, roles.ts and trust.ts, because all three
 * read them: what a value means is theirs, its shape is this file's. A
 * parser says nothing about a signature; trust.ts checks those.
 */

/** Counters start at 1; a safe integer, so one past it is still exact. */
export const isCounter = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value < Number.MAX_SAFE_INTEGER;

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isWords = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ITEM_TEXT_LENGTH;

/** A consent value (consent.ts). */
export type ConsentValue =
  | { v: 2; kind: 'agree'; textHash: string; text: string; at: number; n: number; sig: unknown }
  | { v: 2; kind: 'withdraw'; at: number; n: number; sig: unknown }
  /** The shape from before counters (`cg-consent/1`): shown as "agree again to confirm", never counted. */
  | { v: 1; kind: 'agree'; textHash: string; text: string; at: number; sig: unknown };

/** A well-formed consent value, or null. */
export function parseConsent(raw: unknown): ConsentValue | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { v, kind, textHash: hash, text, at, n, sig } = raw as Record<string, unknown>;
  if (!isTime(at)) return null;
  if (v === undefined || v === 1)
    return typeof hash === 'string' && isWords(text) ? { v: 1, kind: 'agree', textHash: hash, text, at, sig } : null;
  if (v !== 2 || !isCounter(n)) return null;
  if (kind === 'withdraw') return { v, kind, at, n, sig };
  return kind === 'agree' && typeof hash === 'string' && isWords(text) ? { v, kind, textHash: hash, text, at, n, sig } : null;
}

/** A role vote (roles.ts). Votes from before counters (`cg-role-vote/1`) are not read at all. */
export interface RoleVoteValue {
  v: 2;
  kind: 'vote' | 'withdraw';
  at: number;
  n: number;
  sig: unknown;
}

/** A well-formed role vote, or null. */
export function parseRoleVote(raw: unknown): RoleVoteValue | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { v, kind, at, n, sig } = raw as Record<string, unknown>;
  if (v !== 2 || (kind !== 'vote' && kind !== 'withdraw') || !isTime(at)) return null;
  return isCounter(n) ? { v, kind, at, n, sig } : null;
}

export type SignedValue = ConsentValue | RoleVoteValue;

/** A well-formed value of `map` (its signature not checked), or null. */
export const parseSigned = (map: SignedMap, raw: unknown): SignedValue | null =>
  map === 'consent' ? parseConsent(raw) : parseRoleVote(raw);
