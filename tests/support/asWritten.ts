import type * as Y from 'yjs';
import { agree, withdraw } from '@/lib/board/actions';
import { readItem } from '@/lib/board/read';
import { voteForRole, withdrawRoleVote } from '@/lib/board/agreement/roles';
import { boardMaps } from '@/lib/board/schema';
import { roleVoteKey } from '@/lib/board/docKeys';
import { type Role } from '@/lib/board/format';
import { parseSigned } from '@/lib/board/agreement/signedValues';

/**
 * Consent and role votes without signatures, for tests of the rules and of
 * merging, read back with `TRUST_AS_WRITTEN`. Signatures have their own
 * tests (trust.test.ts) and the panel never reads a board this way. Each
 * statement takes the counter after the one in the doc, as a person's own
 * device would.
 */
export function agreeAsWritten(doc: Y.Doc, itemId: string, personId: string, at: number): boolean {
  const item = readItem(itemId, boardMaps(doc).items.get(itemId));
  return item ? agree(doc, itemId, personId, { text: item.text, at, sig: 'unsigned' }) : false;
}

export const withdrawAsWritten = (doc: Y.Doc, itemId: string, personId: string, at: number) =>
  withdraw(doc, itemId, personId, { at, sig: 'unsigned' });

const nextVote = (doc: Y.Doc, subjectId: string, role: Role, voterId: string) => {
  const value = parseSigned('roleVotes', doc.getMap<unknown>('roleVotes').get(roleVoteKey(subjectId, role, voterId)));
  return value?.v === 2 ? value.n + 1 : 1;
};

export const voteAsWritten = (doc: Y.Doc, subjectId: string, role: Role, voterId: string, at: number) =>
  voteForRole(doc, subjectId, role, voterId, { at, n: nextVote(doc, subjectId, role, voterId), sig: 'unsigned' });

export const withdrawVoteAsWritten = (doc: Y.Doc, subjectId: string, role: Role, voterId: string, at: number) =>
  withdrawRoleVote(doc, subjectId, role, voterId, { at, n: nextVote(doc, subjectId, role, voterId), sig: 'unsigned' });
