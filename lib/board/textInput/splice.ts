import { diffText, type Splice } from '@/lib/util/textDiff';

/**
 * What one input did to the text the person was looking at, worked out from
 * the input itself: where the selection was when it began, which way it
 * went (its `inputType`), and the box's value after it. Never from the
 * document's current text, which may hold letters the box does not show yet.
 */
export interface InputFacts {
  /** The box's value when the input began: what the person saw. */
  before: string;
  /** The selection when the input began. */
  start: number;
  end: number;
  /** The `inputType` of the `beforeinput`/`input` event (Input Events Level 2). */
  inputType: string;
  /** The box's value after the input. */
  after: string;
  /** Where the caret (or the end of the selection) is after the input. */
  caret: number;
}

export function spliceOfInput(facts: InputFacts): Splice {
  const expected = expectedSplice(facts);
  if (expected && produces(facts.before, expected, facts.after)) return expected;
  // Drops, spelling corrections and IME edits may act away from the
  // selection: take the change that ends at the caret, as they leave it.
  return spliceBefore(facts.before, facts.after, facts.caret);
}

/** The splice the input type describes at the selection the input began with. */
function expectedSplice({ before, start, end, inputType, after }: InputFacts): Splice | null {
  if (inputType.startsWith('insert')) {
    const length = after.length - (before.length - (end - start));
    return length < 0 ? null : { index: start, deleteCount: end - start, insert: after.slice(start, start + length) };
  }
  if (!inputType.startsWith('delete')) return null;
  if (start !== end) return { index: start, deleteCount: end - start, insert: '' };
  const removed = before.length - after.length;
  if (removed <= 0) return null;
  // not-ui: InputEvent.inputType values (deleteContentBackward, …), not words
  if (inputType.endsWith('Backward')) return { index: start - removed, deleteCount: removed, insert: '' };
  // not-ui: as above
  if (inputType.endsWith('Forward')) return { index: start, deleteCount: removed, insert: '' };
  return null;
}

function produces(before: string, { index, deleteCount, insert }: Splice, after: string): boolean {
  if (index < 0 || index + deleteCount > before.length) return false;
  return (
    after.length === before.length - deleteCount + insert.length &&
    after.startsWith(before.slice(0, index)) &&
    after.startsWith(insert, index) &&
    after.endsWith(before.slice(index + deleteCount))
  );
}

/**
 * The smallest splice from `before` to `after`, placed so that it ends at
 * `end` in `after` where more than one place would do (typing "a" into "aa":
 * the caret says which "a" is new).
 */
export function spliceBefore(before: string, after: string, end: number): Splice {
  const minimal = diffText(before, after);
  const tail = Math.max(0, Math.min(after.length - end, before.length, after.length));
  let suffix = 0;
  while (suffix < tail && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const room = Math.min(before.length, after.length) - suffix;
  let prefix = 0;
  while (prefix < room && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const placed = { index: prefix, deleteCount: before.length - suffix - prefix, insert: after.slice(prefix, after.length - suffix) };
  return placed.deleteCount + placed.insert.length <= minimal.deleteCount + minimal.insert.length ? placed : minimal;
}
