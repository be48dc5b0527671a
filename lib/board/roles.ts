import type * as Y from 'yjs';
import { origins } from './origins';
import type { Trust } from './trust';

/**
 * Who someone is on a board. Partners are the parties to its agreements;
 * a therapist or facilitator guides and may edit but never consents; an
 * observer only reads.
 */
export const ROLES = ['partner', 'facilitator', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const ROLE_NAMES: Record<Role, string> = {
  partner: 'Partner',
  facilitator: 'Therapist or facilitator',
  observer: 'Observer',
};

/** What each role means, in the words the invite and the join form use. */
export const ROLE_MEANING: Record<Role, string> = {
  partner: 'Partners are the parties to the agreements: they add and edit items, and agree to them.',
  facilitator:
    'A therapist or facilitator guides the conversation and may add and edit items, but does not agree to them.',
  observer: 'An observer can read the board, but not change it.',
};

export const canConsent = (role: Role) => role === 'partner';
export const canEdit = (role: Role) => role !== 'observer';

/**
 * A role changes by agreement of the partners. The top-level `roleVotes`
 * map holds one key per (person whose role changes, role, partner who
 * agrees), set to the time they agreed; each partner writes only their own
 * keys, so concurrent votes never conflict. A role is in force once every
 * partner (by the role they joined with) has voted for it; of several such,
 * the one completed last wins, so a later change can replace an earlier one.
 */
export const roleVoteKey = (subjectId: string, role: Role, voterId: string) => `${subjectId}|${role}|${voterId}`;

/** subject → role → voter → when. Malformed keys and values, and votes whose signature does not verify, are ignored. */
export type RoleVotes = Map<string, Map<Role, Map<string, number>>>;

export function readRoleVotes(doc: Y.Doc, trust: Trust): RoleVotes {
  const votes: RoleVotes = new Map();
  doc.getMap<unknown>('roleVotes').forEach((value, key) => {
    const [subject, role, voter, extra] = key.split('|');
    if (!subject || !voter || extra !== undefined || !isRole(role)) return;
    if (typeof value !== 'object' || value === null) return;
    const { at, sig } = value as Record<string, unknown>;
    if (typeof at !== 'number' || !Number.isFinite(at) || !trust.entry('roleVotes', key, { at, sig })) return;
    const byRole = votes.get(subject) ?? new Map<Role, Map<string, number>>();
    const byVoter = byRole.get(role) ?? new Map<string, number>();
    byVoter.set(voter, at);
    byRole.set(role, byVoter);
    votes.set(subject, byRole);
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
export function pendingRoleChanges(
  subjectId: string,
  settled: SettledRole,
  votes: RoleVotes,
  partnerIds: readonly string[],
): RoleChange[] {
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

/**
 * This partner agrees that `subjectId` takes `role` (suggesting it, if
 * nobody has yet). `sig` is their signature of `statements.roleVote` for
 * the same values (trust.ts).
 */
export function voteForRole(doc: Y.Doc, subjectId: string, role: Role, voterId: string, at: number, sig: string): void {
  doc.transact(() => doc.getMap<unknown>('roleVotes').set(roleVoteKey(subjectId, role, voterId), { at, sig }), origins.roles);
}

export function withdrawRoleVote(doc: Y.Doc, subjectId: string, role: Role, voterId: string): void {
  doc.transact(() => doc.getMap<unknown>('roleVotes').delete(roleVoteKey(subjectId, role, voterId)), origins.roles);
}
