import type * as Y from 'yjs';
import { agree } from '../../lib/board/actions';
import { readItem } from '../../lib/board/read';
import { voteForRole, type Role } from '../../lib/board/roles';
import { boardMaps } from '../../lib/board/schema';

/**
 * Consent and role votes without signatures, for tests of the rules and of
 * merging, read back with `TRUST_AS_WRITTEN`. Signatures have their own
 * tests (trust.test.ts) and the panel never reads a board this way.
 */
export function agreeAsWritten(doc: Y.Doc, itemId: string, personId: string, at: number): boolean {
  const item = readItem(itemId, boardMaps(doc).items.get(itemId));
  return item ? agree(doc, itemId, personId, { text: item.text, at, sig: 'unsigned' }) : false;
}

export const voteAsWritten = (doc: Y.Doc, subjectId: string, role: Role, voterId: string, at: number) =>
  voteForRole(doc, subjectId, role, voterId, at, 'unsigned');
