export type WordChange = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * Tokens as jsdiff's diffWordsWithSpace cut them (which this replaced: its
 * engine was 1.4 KB gzipped of the panel for this one use): a word, a run of
 * spaces, one line break, or one other character. Words are letters, marks
 * and digits of any script (jsdiff's were Latin only, so Cyrillic or Greek
 * text was compared letter by letter).
 */
const TOKENS = /\r?\n|[\p{L}\p{M}\p{N}_]+|[^\S\r\n]+|[^\p{L}\p{M}\p{N}_]/gu;

/**
 * Above this many comparisons (tokens before times tokens after, once the
 * common start and end are set aside), the middle is shown as removed then
 * added, instead of compared word by word: the table would take too long
 * and too much memory. Two items' texts (4,000 characters at most) are far
 * below it unless nearly every word changed, when word by word shows little.
 */
const MAX_CELLS = 4_000_000;

/**
 * How a draft differs from the words last agreed, word by word, for showing
 * side by side: runs of words kept, removed and added. The kept words are a
 * longest common run of tokens; between two kept runs, what was removed
 * comes first, then what was added.
 */
export function wordDiff(agreed: string, draft: string): WordChange[] {
  const a = agreed.match(TOKENS) ?? [];
  const b = draft.match(TOKENS) ?? [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const changes: WordChange[] = [];
  const push = (kind: WordChange['kind'], text: string) => {
    if (text === '') return;
    const last = changes[changes.length - 1];
    if (last?.kind === kind) last.text += text;
    else changes.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));

  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    push('removed', a.slice(start, endA).join(''));
    push('added', b.slice(start, endB).join(''));
  } else {
    // common[i * (m + 1) + j]: the longest common run of a's middle from i and b's from j.
    const width = m + 1;
    const common = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        common[i * width + j] =
          a[start + i] === b[start + j]
            ? common[(i + 1) * width + j + 1]! + 1
            : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
      }
    }
    let removed = '';
    let added = '';
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        push('removed', removed);
        push('added', added);
        removed = added = '';
        push('same', a[start + i]!);
        i++;
        j++;
      } else if (j >= m || (i < n && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
        removed += a[start + i++]!;
      } else {
        added += b[start + j++]!;
      }
    }
    push('removed', removed);
    push('added', added);
  }
  push('same', a.slice(endA).join(''));
  return changes;
}
