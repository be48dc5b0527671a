import { diffWordsWithSpace } from 'diff';

export type WordChange = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * How a draft differs from the words last agreed, word by word, for showing
 * side by side (jsdiff's word diff: runs of words kept, added, removed).
 */
export function wordDiff(agreed: string, draft: string): WordChange[] {
  return diffWordsWithSpace(agreed, draft).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
