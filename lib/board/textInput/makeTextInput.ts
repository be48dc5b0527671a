import type * as Y from 'yjs';
import { itemText } from '@/lib/board/actions';
import type { Splice } from '@/lib/util/textDiff';
import { anchorAt, placesIn, type Side } from '@/lib/board/textInput/anchors';
import { applyEdit, type Applied } from '@/lib/board/textInput/applyEdit';
import { readSeen, runsIn, type Run, type Seen } from '@/lib/board/textInput/seen';
import { spliceOfInput } from '@/lib/board/textInput/splice';
import type { TextBox, TextInput } from '@/lib/board/textInput/textBox';

export interface TextInputOptions {
  now: () => number;
  /** Who is typing (a person id), stamped on the item. */
  by?: string;
}

/** The box's selection as this binding last saw it, in what was seen. */
interface Selection {
  start: number;
  end: number;
  /** The characters selected when the person selected them: a deletion of the selection takes only these. */
  picked: Run[];
}

/** An edit underway: what the box showed and where its selection was when it began. */
interface Began {
  seen: Seen;
  start: number;
  end: number;
  picked: Run[];
  /** Whether `start`/`end` are positions in `seen` (the box showed exactly it). */
  known: boolean;
}

/**
 * Binds a text box to an item's shared text so that typing together never
 * loses or scrambles a letter:
 *
 * - Each local change is worked out from the input and from what this person
 *   saw (`Seen`: the box's words with the id of every character, taken each
 *   time the box is filled), never by diffing the box against the document,
 *   which may hold letters the box does not show yet.
 * - It is applied at Yjs relative positions: an insertion goes right after
 *   the character the person saw before the caret; a deletion removes only
 *   characters they saw (letters typed into the range since survive).
 * - The caret and selection are carried through others' changes by relative
 *   positions: a caret sticks to the character before it, so it stays right
 *   after your own last letter while someone types at the same spot.
 * - While an IME composes, the box is left alone; the composed text is
 *   applied at compositionend, mapped through what was seen when it began,
 *   and only then are the others' changes shown.
 *
 * Every change is one `origins.localEdit` transaction, so undo tracks it;
 * the words never pass `MAX_ITEM_TEXT_LENGTH`.
 */
export function makeTextInput(doc: Y.Doc, itemId: string, box: TextBox, options: TextInputOptions): TextInput {
  const target = () => itemText(doc, itemId);
  /** What the box shows, while it has focus (null: not tracked, the box just mirrors the words). */
  let seen: Seen | null = null;
  let selection: Selection | null = null;
  let began: Began | null = null;
  let composing: Began | null = null;
  let applying = false;
  let pressed = false;

  const direction = () => box.selectionDirection ?? 'none';

  /**
   * The characters the box's selection holds, as the person chose them: the
   * same selection as last time keeps its characters (letters typed into it
   * since are not among them); a new one is read from what was seen.
   */
  const pickedIn = (shown: Seen): Run[] => {
    const { selectionStart: start, selectionEnd: end } = box;
    if (start === end) return [];
    if (selection && selection.start === start && selection.end === end) return selection.picked;
    return runsIn(shown, start, end);
  };

  /** Fills the box with `now` and puts the selection at [start, end) of it. */
  const write = (now: Seen, start: number, end: number, picked?: Run[]) => {
    const length = now.text.length;
    const from = Math.min(Math.max(start, 0), length);
    const to = Math.min(Math.max(end, from), length);
    const way = direction();
    if (box.value !== now.text) box.value = now.text;
    box.setSelectionRange(from, to, way);
    seen = now;
    selection = { start: from, end: to, picked: picked ?? runsIn(now, from, to) };
  };

  /**
   * Makes sure `seen` is what the box shows: if the box shows something else
   * (it was never filled while tracked), what the document holds now.
   */
  const track = (text: Y.Text): Seen => {
    if (!seen || seen.text !== box.value) {
      seen = readSeen(text);
      selection = null;
    }
    return seen;
  };

  const begin = (): Began | null => {
    const found = target();
    if (!found) return null;
    const shown = track(found.text);
    const known = shown.text === box.value;
    return { seen: shown, start: box.selectionStart, end: box.selectionEnd, picked: known ? pickedIn(shown) : [], known };
  };

  /** An input with no beforeinput before it: the box has changed already, so only what it showed is known. */
  const missed = (): Began | null => {
    const found = target();
    if (!found) return null;
    return { seen: seen ?? readSeen(found.text), start: 0, end: 0, picked: [], known: false };
  };

  /** Applies `splice` of what was seen, then shows the document with the caret where the input left it. */
  const apply = (from: Began, splice: Splice) => {
    const found = target();
    if (!found) return;
    const { text } = found;
    const { seen: was } = from;
    // The selection as the person made it: its characters go, and any of
    // their own letters in it now (an undo or redo of theirs), but not what
    // someone else typed into it since. Otherwise the seen characters in the range.
    const range = splice.deleteCount === 0 ? [] : runsIn(was, splice.index, splice.index + splice.deleteCount);
    const whole = from.picked.length > 0 && splice.index === from.start && splice.deleteCount === from.end - from.start;
    const doomed = whole ? [...from.picked, ...range.filter((run) => run.client === doc.clientID)] : range;
    applying = true;
    let done: Applied;
    try {
      done = applyEdit(found, was, splice, doomed, options);
    } finally {
      applying = false;
    }
    const { insertedAt, inserted, run } = done;
    if (pressed && inserted === splice.insert.length) {
      // Mid-drag (the words were taken out, and are dropped next): the box
      // is left as the browser made it, since rewriting it now would lose
      // where the drop goes. What it shows is what was seen, spliced.
      seen = {
        text: box.value,
        runs: [...runsIn(was, 0, splice.index), ...(run ? [run] : []), ...runsIn(was, splice.index + splice.deleteCount, was.text.length)],
      };
      selection = null;
      return;
    }
    // Where the box's caret (or selection) is after the input, in the document now.
    const now = readSeen(text);
    const places = placesIn(text, now.text.length);
    const insertEnd = splice.index + splice.insert.length;
    const place = (position: number, side: Side) => {
      if (position >= splice.index && position <= insertEnd) return insertedAt + Math.min(position - splice.index, inserted);
      const inWas = position < splice.index ? position : position - splice.insert.length + splice.deleteCount;
      return places.resolve(anchorAt(text, was, Math.min(inWas, was.text.length), side)) ?? insertedAt;
    };
    const { selectionStart, selectionEnd } = box;
    const start = place(selectionStart, selectionStart === selectionEnd ? 'before' : 'after');
    write(now, start, selectionStart === selectionEnd ? start : place(selectionEnd, 'before'));
  };

  /** Applies an input that began at `from`, the box now showing its result. */
  const applyInput = (from: Began, inputType: string) =>
    apply(
      from,
      spliceOfInput({
        before: from.seen.text,
        start: from.start,
        end: from.end,
        // Without a known selection, the caret after the input places the change.
        inputType: from.known ? inputType : '',
        after: box.value,
        caret: box.selectionEnd,
      }),
    );

  /**
   * An IME begins composing: what the box shows now is what the composition
   * is applied to. Also reached from a composing input event if
   * compositionstart was missed (the box may already show composed text
   * then, so the change is found by its caret).
   */
  const startComposing = () => {
    if (composing) return;
    const found = target();
    if (!found) return;
    composing = seen && seen.text !== box.value ? missed() : begin();
  };

  /** Applies what an IME composed, from what was seen when it began; then shows everyone's changes. */
  const endComposition = () => {
    const from = composing;
    composing = null;
    if (from) applyInput(from, 'insertCompositionText');
  };

  const show = () => {
    // An input being applied shows the result itself; a composition shows
    // it at its end, a press when the button comes up.
    if (applying || composing || pressed) return;
    const found = target();
    if (!found) return;
    const { text } = found;
    if (!seen) {
      const words = text.toString();
      if (box.value !== words) box.value = words;
      return;
    }
    const now = readSeen(text);
    if (seen.text !== box.value) return write(now, box.selectionStart, box.selectionEnd);
    // Relative positions taken from what the box showed until now: a caret
    // sticks to the character before it, a selection to its own first and
    // last characters. Taken afresh at every change, so a position whose
    // character someone deleted sticks to what is beside it now.
    const { selectionStart, selectionEnd } = box;
    const picked = pickedIn(seen);
    const places = placesIn(text, now.text.length);
    const collapsed = selectionStart === selectionEnd;
    const start = places.resolve(anchorAt(text, seen, selectionStart, collapsed ? 'before' : 'after')) ?? selectionStart;
    const end = collapsed ? start : (places.resolve(anchorAt(text, seen, selectionEnd, 'before')) ?? start);
    write(now, start, end, picked);
  };

  return {
    show,
    focus() {
      const found = target();
      if (found && !composing) track(found.text);
    },
    moving() {
      selection = null;
    },
    press() {
      pressed = true;
    },
    release() {
      if (!pressed) return;
      pressed = false;
      show();
    },
    blur() {
      // Leaving the box commits a composition; its compositionend may come after focus has gone.
      endComposition();
      pressed = false;
      seen = null;
      selection = null;
      began = null;
      // Whatever arrived during a press the box has not shown yet.
      show();
    },
    beforeInput(event) {
      if (event.isComposing) return startComposing();
      if (!composing) began = begin();
    },
    input(event) {
      if (event.isComposing) return startComposing();
      // A composition whose end we did not hear is over: apply it with this input.
      if (composing) return endComposition();
      const from = began ?? missed();
      began = null;
      if (from) applyInput(from, event.inputType);
    },
    compositionStart: startComposing,
    compositionEnd: endComposition,
  };
}
