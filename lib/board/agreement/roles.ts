import type * as Y from 'yjs';
import { roleVoteKey, splitRoleVoteKey } from '@/lib/board/docKeys';
import { ROLES, type Role } from '@/lib/board/format';
import { origins } from '@/lib/board/origins';
import { parseRoleVote, type RoleVoteValue } from '@/lib/board/agreement/signedValues';
import { boardMaps } from '@/lib/board/schema';
import type { Trust } from '@/lib/board/agreement/trustTypes';
import { t, wordsByKey } from '@/lib/i18n/messages';

/**
 * Who someone is on a board. Partners are the parties to its agreements;
 * a therapist or facilitator guides and may edit but never consents; an
 * observer only reads. The roles themselves are the document's vocabulary
 * (format.ts) and the vote keys its layout (docKeys.ts): both sit below
 * this file, and are still found here by the panel and by boardHandle.ts.
 */

/**
 * Each role's name in the panel's language. The words are read when a role
 * is looked up, not when this module loads: the language is set after.
 */
export const ROLE_NAMES = wordsByKey(ROLES, (role) => t.model.roles[role]);

/** What each role means, in the words the invite and the join form use (read when looked up, as above). */
export const ROLE_MEANING = wordsByKey(ROLES, (role) => t.model.roleMeanings[role]);

export const canConsent = (role: Role) => role === 'partner';
export const canEdit = (role: Role) => role !== 'observer';

/**
 * A role changes by agreement of the partners. The top-level `roleVotes`
 * map holds one key per (person whose role changes, role, partner who
 * agrees): that partner's newest signed statement there, a vote or its
 * withdrawal, with a counter inside the signature (trust.ts), so an older
 * vote written back over a withdrawal never counts again on a device that
 * saw the withdrawal. Each partner writes only their own keys, so
 * concurrent votes never conflict. A role is in force once every partner
 * (by the role they joined with) has voted for it; of several such, the one
 * completed last wins, so a later change can replace an earlier one.
 */

/** subject → role → voter → when. Malformed keys and values, withdrawn votes, and votes that do not count (trust.ts) are left out. */
export type RoleVotes = Map<string, Map<Role, Map<string, number>>>;

export function readRoleVotes(doc: Y.Doc, trust: Trust): RoleVotes {
  const votes: RoleVotes = new Map();
  boardMaps(doc).roleVotes.forEach((raw, key) => {
    const at = splitRoleVoteKey(key);
    const value = parseRoleVote(raw);
    if (!at || value?.kind !== 'vote' || trust.entry('roleVotes', key, value) !== 'current') return;
    const byRole = votes.get(at.subjectId) ?? new Map<Role, Map<string, number>>();
    const byVoter = byRole.get(at.role) ?? new Map<string, number>();
    byVoter.set(at.voterId, value.at);
    byRole.set(at.role, byVoter);
    votes.set(at.subjectId, byRole);
  });
  return votes;
}

export interface SettledRole {
  role: Role;
  /** When the last partner agreed to it; 0 for the role the person joined with. */
  since: number;
}

/** The role in force for one person, given the role they joined with and the partners' votes. */
export function settledRole(subjectId: string, declared: Role, votes: RoleVotes, partnerIds: readonly string[]): SettledRole {
  let settled: SettledRole = { role: declared, since: 0 };
  if (partnerIds.length === 0) return settled;
  for (const [role, voters] of votes.get(subjectId) ?? []) {
    if (!partnerIds.every((id) => voters.has(id))) continue;
    const since = Math.max(...partnerIds.map((id) => voters.get(id)!));
    if (since > settled.since) settled = { role, since };
  }
  return settled;
}

export interface RoleChange {
  role: Role;
  agreed: string[];
  waiting: string[];
}

/**
 * Changes suggested for a person and not yet agreed by every partner,
 * newest first. Votes older than the role in force are history, not
 * suggestions.
 */
export function pendingRoleChanges(subjectId: string, settled: SettledRole, votes: RoleVotes, partnerIds: readonly string[]): RoleChange[] {
  const changes: (RoleChange & { latest: number })[] = [];
  for (const [role, voters] of votes.get(subjectId) ?? []) {
    if (role === settled.role) continue;
    const fresh = [...voters].filter(([id, at]) => at > settled.since && partnerIds.includes(id));
    if (fresh.length === 0) continue;
    const agreed = fresh.map(([id]) => id);
    changes.push({
      role,
      agreed,
      waiting: partnerIds.filter((id) => !agreed.includes(id)),
      latest: Math.max(...fresh.map(([, at]) => at)),
    });
  }
  return changes.sort((a, b) => b.latest - a.latest).map(({ role, agreed, waiting }) => ({ role, agreed, waiting }));
}

/** What a partner signed for one vote or withdrawal: `statements.roleVote` (trust.ts) with the same values. */
export interface SignedRoleVote {
  at: number;
  n: number;
  sig: string;
}

/** This partner agrees that `subjectId` takes `role` (suggesting it, if nobody has yet). */
export function voteForRole(doc: Y.Doc, subjectId: string, role: Role, voterId: string, signed: SignedRoleVote): void {
  const value: RoleVoteValue = { v: 2, kind: 'vote', ...signed };
  doc.transact(() => boardMaps(doc).roleVotes.set(roleVoteKey(subjectId, role, voterId), value), origins.roles);
}

/** This partner takes their vote back: a signed statement too, never a deletion, so the vote cannot be written back. */
export function withdrawRoleVote(doc: Y.Doc, subjectId: string, role: Role, voterId: string, signed: SignedRoleVote): void {
  const value: RoleVoteValue = { v: 2, kind: 'withdraw', ...signed };
  doc.transact(() => boardMaps(doc).roleVotes.set(roleVoteKey(subjectId, role, voterId), value), origins.roles);
}
