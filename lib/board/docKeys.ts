import { isRole, type Role } from '@/lib/board/format';

/**
 * The document's layout by name (docs/board-format.md): its top-level maps,
 * and every key made of parts. Each kind of key is made and read here only,
 * so writer and reader cannot drift apart. Keys come from peers and disks we
 * do not trust, so reading one returns null for anything that is not
 * exactly a key of its kind: a part missing, empty or extra, or an id
 * holding a separator. Ids never hold one (item and check-in ids are random
 * hex, person ids hex or `k` and hex: signing.ts), so refusing them loses
 * nothing and leaves every key one reading.
 */

/** The top-level shared types a board has, all of them Y.Maps. */
export const BOARD_ROOTS = ['meta', 'people', 'items', 'consent', 'roleVotes', 'checkIns', 'reactions'] as const;
export type BoardRoot = (typeof BOARD_ROOTS)[number];

export const isBoardRoot = (name: string): name is BoardRoot => (BOARD_ROOTS as readonly string[]).includes(name);

/** The maps whose entries are signed statements with counters (trust.ts). */
export const SIGNED_MAPS = ['consent', 'roleVotes'] as const satisfies readonly BoardRoot[];
export type SignedMap = (typeof SIGNED_MAPS)[number];

const isSignedMap = (name: string): name is SignedMap => (SIGNED_MAPS as readonly string[]).includes(name);

/** An id as a part of a key: not empty, and no separator of any key kind. */
const isIdPart = (part: string | undefined): part is string => part !== undefined && part !== '' && !/[:|]/.test(part);

/** `a:b` as its two ids, or null. */
function splitPair(key: string): [string, string] | null {
  const parts = key.split(':');
  return parts.length === 2 && isIdPart(parts[0]) && isIdPart(parts[1]) ? [parts[0], parts[1]] : null;
}

/** `consent`: one key per item and person, `<item id>:<person id>`. */
export const consentKey = (itemId: string, personId: string) => `${itemId}:${personId}`;

export function splitConsentKey(key: string): { itemId: string; personId: string } | null {
  const pair = splitPair(key);
  return pair && { itemId: pair[0], personId: pair[1] };
}

/** `reactions`: one key per celebration and person, `<item id>:<person id>`. */
export const reactionKey = (itemId: string, personId: string) => `${itemId}:${personId}`;

export function splitReactionKey(key: string): { itemId: string; personId: string } | null {
  const pair = splitPair(key);
  return pair && { itemId: pair[0], personId: pair[1] };
}

/** `checkIns`: one key per check-in, `<person id>:<check-in id>`, so each person only adds their own. */
export const checkInKey = (personId: string, checkInId: string) => `${personId}:${checkInId}`;

export function splitCheckInKey(key: string): { personId: string; checkInId: string } | null {
  const pair = splitPair(key);
  return pair && { personId: pair[0], checkInId: pair[1] };
}

/** `roleVotes`: one key per person whose role changes, role, and partner who agrees: `<person id>|<role>|<partner id>`. */
export const roleVoteKey = (subjectId: string, role: Role, voterId: string) => `${subjectId}|${role}|${voterId}`;

export function splitRoleVoteKey(key: string): { subjectId: string; role: Role; voterId: string } | null {
  const parts = key.split('|');
  if (parts.length !== 3) return null;
  const [subjectId, role, voterId] = parts;
  return isIdPart(subjectId) && isRole(role) && isIdPart(voterId) ? { subjectId, role, voterId } : null;
}

/**
 * Not in the document: where this device remembers the newest counter seen
 * at one key of a signed map (lib/store/statementCounters.ts), `<map> <key>`.
 */
export const counterKey = (map: SignedMap, key: string) => `${map} ${key}`;

export function splitCounterKey(counter: string): { map: SignedMap; key: string } | null {
  const space = counter.indexOf(' ');
  const map = counter.slice(0, space);
  const key = counter.slice(space + 1);
  if (space < 0 || !isSignedMap(map)) return null;
  const fits = map === 'consent' ? splitConsentKey(key) : splitRoleVoteKey(key);
  return fits && { map, key };
}
