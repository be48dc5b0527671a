import * as Y from 'yjs';
import { addItem } from '@/lib/board/actions';
import { boardMaps } from '@/lib/board/schema';
import type { TextInputOptions } from '@/lib/board/textInput/makeTextInput';
import type { TextBox, TextInput } from '@/lib/board/textInput/textBox';
import { makeUndoManager } from '@/lib/board/undo';
import { newBoardDoc } from '@/tests/support/docs';
import { charsOf, clientOf, originsOf, showId, type Chars } from '@/tests/unit/board/textInput/typing/ids';
import { MAX_LENGTH, SimBox, type BrowserEdit } from '@/tests/unit/board/textInput/typing/simBox';

/** How a text box is bound to a doc: the real `makeTextInput`, or a stand-in for an older approach. */
export type Bind = (doc: Y.Doc, itemId: string, box: TextBox, options: TextInputOptions) => TextInput;

const REMOTE = Symbol('remote peer');

/** Words for a failure message: the padding of a text near the limit shortened. */
const brief = (words: string) => words.replace(/x{20,}/g, (run) => `x…(${run.length})`);

/** Where a person's caret or selection should stay while others type: the characters it sticks to. */
type Expectation = { caret: number | null } | { first: number; last: number };

export interface Person {
  name: string;
  client: number;
  doc: Y.Doc;
  undo: Y.UndoManager;
  box: SimBox;
  input: TextInput;
  /** When set, the panel fills the box only when the schedule says so. */
  lagging: boolean;
  /** A mouse button is down on the box (a drag): the binding leaves the box alone until it comes up. */
  pressed: boolean;
  due: boolean;
  /** What the box shows, by character id (updated whenever the box is filled). */
  boxIds: number[];
  expect: Expectation;
  /** The characters of a selection the person made, until they do anything else. */
  selected: Set<number> | null;
  /** The keystrokes typed at one spot since the caret last moved, by id. */
  burst: number[] | null;
}

/**
 * Two or three people, each with their own Y.Doc and text box bound to one
 * item, exchanging updates over links with delays the caller schedules. Each
 * step is checked as it happens; `finish` delivers everything and checks
 * the end state. A failed check throws with what went wrong.
 */
export class Together {
  readonly people: Person[];
  readonly itemId: string;
  /** Updates in flight: queues[from][to]. */
  private readonly queues: Uint8Array[][][];
  private readonly bursts: number[][] = [];
  /** Characters someone deleted knowingly (their own undo, or a deletion of what they saw). */
  private readonly meantDeleted = new Set<number>();
  /** Every character a person typed. */
  private readonly typed = new Set<number>();
  private acting = false;
  private stamp = 2;

  constructor(bind: Bind, base: string, clients: number[], lagging: boolean[] = []) {
    const setup = newBoardDoc();
    setup.clientID = 1;
    this.itemId = addItem(setup, { section: 'expectation', author: 'setup', now: 1, text: base });
    const state = Y.encodeStateAsUpdate(setup);
    this.people = clients.map((client, index) => {
      const doc = new Y.Doc();
      doc.clientID = client;
      Y.applyUpdate(doc, state, REMOTE);
      // The box reaches its binding only when the person edits, after both exist.
      const box = new SimBox(() => person.input);
      const input = bind(doc, this.itemId, box, { now: () => this.stamp++, by: `person-${index}` });
      const person: Person = {
        name: ['Jo', 'Riley', 'Sam'][index] ?? `P${index}`,
        client,
        doc,
        undo: makeUndoManager(doc),
        box,
        input,
        lagging: lagging[index] ?? false,
        pressed: false,
        due: false,
        boxIds: [],
        expect: { caret: null },
        selected: null,
        burst: null,
      };
      // The panel: createBoardState's observer, and ItemText's effect on the item's revision.
      boardMaps(doc).items.observeDeep(() => this.itemChanged(person));
      return person;
    });
    this.queues = this.people.map(() => this.people.map(() => []));
    this.people.forEach((person, from) =>
      person.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return;
        this.people.forEach((_, to) => to !== from && this.queues[from]![to]!.push(update));
      }),
    );
    for (const person of this.people) {
      person.input.show();
      person.input.focus();
      person.boxIds = this.chars(person).ids;
      person.expect = this.expectationOf(person);
    }
  }

  text(person: Person): Y.Text {
    const text = boardMaps(person.doc).items.get(this.itemId)?.get('text');
    if (!(text instanceof Y.Text)) throw new Error('the item has no text');
    return text;
  }

  chars(person: Person): Chars {
    return charsOf(this.text(person));
  }

  /** Any change to the item: the panel's `revision` goes up and ItemText's effect fills the box (or, lagging, will). */
  private itemChanged(person: Person): void {
    if (person.lagging) person.due = true;
    // During a local action the box is the binding's business until it returns.
    else if (this.acting) person.input.show();
    else this.fill(person);
  }

  /** The panel fills the box from the doc; then the box must show the doc, the caret on its characters. */
  fill(person: Person): void {
    person.due = false;
    person.input.show();
    if (person.box.composition || person.pressed) return;
    this.expectShowsDoc(person, 'after the box was filled');
    this.checkCaret(person, 'after others’ changes');
  }

  // -- the network ---------------------------------------------------------

  /** Links with updates waiting, as [from, to]. */
  busyLinks(): [number, number][] {
    const busy: [number, number][] = [];
    this.queues.forEach((row, from) => row.forEach((queue, to) => queue.length > 0 && busy.push([from, to])));
    return busy;
  }

  /**
   * Delivers the oldest waiting update on a link. Links keep order, as a
   * WebRTC data channel does. (Delivering one sender's updates out of order
   * can leave Yjs 13.6.33 holding pending updates it never applies, though
   * the same updates merged apply: not what this test is about.)
   */
  deliver(from: number, to: number): void {
    const update = this.queues[from]![to]!.shift();
    if (update) Y.applyUpdate(this.people[to]!.doc, update, REMOTE);
  }

  /** Everything in flight arrives. */
  deliverAll(): void {
    for (let busy = this.busyLinks(); busy.length > 0; busy = this.busyLinks()) {
      for (const [from, to] of busy) while (this.queues[from]![to]!.length > 0) this.deliver(from, to);
    }
  }

  /** Everything in flight arrives, every lagging box is filled, and the end state is checked. */
  finish(): void {
    this.deliverAll();
    for (const person of this.people) {
      if (person.box.composition) this.local(person, () => person.box.compositionEnd(), 'insert');
      if (person.due) this.fill(person);
    }
    this.checkEnd();
  }

  // -- what people do ------------------------------------------------------

  /** Puts the caret (or a selection) somewhere: no input, and a new undo step begins (as a click does). */
  place(person: Person, start: number, end = start): void {
    person.input.moving();
    person.box.setSelectionRange(start, end, 'forward');
    person.undo.stopCapturing();
    person.burst = null;
    person.selected = start === end ? null : new Set(person.boxIds.slice(start, end));
    person.expect = this.expectationOf(person);
  }

  /** A mouse button goes down on the box (to drag its words). */
  press(person: Person): void {
    person.input.moving();
    person.input.press();
    person.pressed = true;
    // A press can start a new selection or drag this one: what is selected now is what it holds.
    const { selectionStart: start, selectionEnd: end } = person.box;
    person.selected = start === end ? null : new Set(person.boxIds.slice(start, end));
  }

  /** The button comes up: the box shows what arrived meanwhile, the caret on its characters. */
  release(person: Person): void {
    // The caret (or the dropped words' selection) sticks to what the box showed while the button was down.
    person.expect = this.expectationOf(person);
    person.pressed = false;
    person.input.release();
    this.expectShowsDoc(person, `after ${person.name}'s button came up`);
    this.checkCaret(person, `after ${person.name}'s button came up`);
  }

  /**
   * One input by a person, checked as it happens:
   * - it deletes only characters the person meant: those the box showed in
   *   the range the browser removed, or for their selection, the characters
   *   it held when they made it (letters typed into it since stay);
   * - the box's words as the browser left them are in the doc in that order,
   *   so the new letters are where the person put them;
   * - then the box shows the doc, the caret or selection where the browser left it.
   * `kind` says whether it continues the person's run of keystrokes.
   */
  local(person: Person, act: () => BrowserEdit | null, kind: 'insert' | 'other'): void {
    const before = this.chars(person);
    const shownBefore = person.boxIds;
    const selected = person.selected;
    const lengthBefore = this.text(person).length;
    this.acting = true;
    let edit: BrowserEdit | null;
    try {
      edit = act();
    } finally {
      this.acting = false;
    }
    if (!edit) return;
    const after = this.chars(person);
    const visibleAfter = new Set(after.ids);
    const visibleBefore = new Set(before.ids);
    const deleted = before.ids.filter((id) => !visibleAfter.has(id));
    const inserted = after.ids.filter((id) => !visibleBefore.has(id));
    const where = `${person.name}'s ${edit.insert ? JSON.stringify(edit.insert) : 'deletion'} at ${edit.from}-${edit.to} of ${JSON.stringify(brief(edit.before))}`;

    const removed = shownBefore.slice(edit.from, edit.to);
    const [selectionStart, selectionEnd] = edit.selection;
    const onSelection = selected !== null && selectionStart !== selectionEnd && edit.from === selectionStart && edit.to === selectionEnd;
    // A selection takes what it held when made, and the person's own letters in it now (their undo or redo).
    const meant = onSelection ? new Set([...selected, ...removed.filter((id) => clientOf(id) === person.client)]) : new Set(removed);
    const unmeant = deleted.filter((id) => !meant.has(id));
    if (unmeant.length > 0) throw new Error(`${where} deleted letters the person did not mean: ${unmeant.map(showId).join(', ')}`);
    deleted.forEach((id) => this.meantDeleted.add(id));
    if (inserted.some((id) => clientOf(id) !== person.client)) throw new Error(`${where} inserted someone else's letters`);
    inserted.forEach((id) => this.typed.add(id));

    const length = this.text(person).length;
    if (length > Math.max(MAX_LENGTH, lengthBefore)) throw new Error(`${where} took the words past ${MAX_LENGTH}`);
    // The box as the browser left it, found in the doc: what it showed, less
    // what the edit deleted, plus the new letters (in the doc's order), less
    // the letters someone typed into the person's selection since they made
    // it (the browser took them out of the box, the doc keeps them)...
    // An edit found by diffing (a drop, a spelling fix) may keep a letter the
    // browser replaced by the same letter: it must only read the same.
    const out = new Set([...deleted, ...removed.filter((id) => !meant.has(id))]);
    const keep = new Set([...shownBefore.filter((id) => !out.has(id)), ...inserted]);
    const ids = after.ids.filter((id) => keep.has(id));
    const asDoc = after.ids.map((id, i) => (keep.has(id) ? after.text[i] : '')).join('');
    // ...must read as the browser's value less the letters others deleted before it arrived here.
    const browser = [...shownBefore.slice(0, edit.from), ...Array<null>(edit.insert.length).fill(null), ...shownBefore.slice(edit.to)];
    const alive = browser.map((slot) => slot === null || visibleBefore.has(slot));
    const asBrowser = alive.map((live, i) => (live ? edit.value[i] : '')).join('');
    const inDoc = (position: number) => alive.slice(0, position).filter(Boolean).length;
    // At the limit the binding keeps fewer letters than the browser showed.
    const full = length >= MAX_LENGTH;
    // A change found by diffing may keep a letter the box showed in place of
    // an equal one the browser typed; if someone deleted that letter before
    // the edit arrived, only the deletions can be checked.
    const guessed = !edit.exact && shownBefore.some((id) => !visibleBefore.has(id));
    if (!full && !guessed && asBrowser !== asDoc) {
      throw new Error(
        `${where}: the browser showed ${JSON.stringify(brief(asBrowser))} but the doc holds ${JSON.stringify(brief(asDoc))} (${JSON.stringify(brief(after.text))})`,
      );
    }

    if (kind === 'insert' && inserted.length > 0) {
      if (person.burst) person.burst.push(...inserted);
      else this.bursts.push((person.burst = [...inserted]));
    } else person.burst = null;

    if (person.pressed && inserted.length === edit.insert.length) {
      // Mid-drag the binding leaves the box as the browser made it (others' letters wait for the button to come up;
      // only if the limit cut the dropped words does it show what the words could take).
      if (person.box.value !== edit.value) throw new Error(`${where}: the box was rewritten during a drag`);
      person.boxIds = [...shownBefore.slice(0, edit.from), ...inserted, ...shownBefore.slice(edit.to)];
      person.selected = null;
      return;
    }
    this.expectShowsDoc(person, `after ${where}`);
    // A selection the browser leaves (dropped words) holds what it holds now.
    const { selectionStart: start, selectionEnd: end } = person.box;
    person.selected = start === end ? null : new Set(person.boxIds.slice(start, end));
    // Where the browser left the caret next to a letter someone deleted before this edit arrived, it sticks to where that letter was.
    const dead = (position: number) => position >= 0 && position < browser.length && !alive[position];
    const unsure = edit.start === edit.end ? dead(edit.start - 1) : dead(edit.start) || dead(edit.end - 1);
    if (full || unsure || guessed) person.expect = this.expectationOf(person);
    else {
      const [from, to] = [inDoc(edit.start), inDoc(edit.end)];
      person.expect = from === to ? { caret: from === 0 ? null : ids[from - 1]! } : { first: ids[from]!, last: ids[to - 1]! };
      this.checkCaret(person, `after ${where}`);
    }
  }

  /** Undo or redo through the board's undo manager (Ctrl+Z / Ctrl+Shift+Z, handled by the board). */
  history(person: Person, which: 'undo' | 'redo'): void {
    const before = this.chars(person);
    this.acting = true;
    try {
      if (which === 'undo') person.undo.undo();
      else person.undo.redo();
    } finally {
      this.acting = false;
    }
    const after = new Set(this.chars(person).ids);
    const lost = before.ids.filter((id) => !after.has(id));
    const others = lost.filter((id) => clientOf(id) !== person.client);
    if (others.length > 0) throw new Error(`${person.name}'s ${which} deleted someone else's letters: ${others.map(showId).join(', ')}`);
    lost.forEach((id) => this.meantDeleted.add(id));
    // A new undo step, but the selection is still the one the person made.
    person.burst = null;
    if (person.due || person.box.composition) return;
    this.expectShowsDoc(person, `after ${person.name}'s ${which}`);
    person.expect = this.expectationOf(person);
  }

  // -- checks ----------------------------------------------------------------

  private expectShowsDoc(person: Person, when: string): void {
    const words = this.text(person).toString();
    if (person.box.value !== words)
      throw new Error(
        `${person.name}'s box shows ${JSON.stringify(brief(person.box.value))}, the doc ${JSON.stringify(brief(words))} (${when})`,
      );
    person.boxIds = this.chars(person).ids;
  }

  /** What the caret (or selection) sticks to now, read from the box. */
  private expectationOf(person: Person): Expectation {
    const { selectionStart: start, selectionEnd: end } = person.box;
    if (start === end) return { caret: start === 0 ? null : person.boxIds[start - 1]! };
    return { first: person.boxIds[start]!, last: person.boxIds[end - 1]! };
  }

  /**
   * Nobody's caret jumps: it stays right after the character it was after
   * (for a caret, your own last letter while you type), and a selection
   * keeps its first and last characters, while those are there. A position
   * whose character was deleted sticks to what is beside it from then on.
   */
  private checkCaret(person: Person, when: string): void {
    const { selectionStart: start, selectionEnd: end } = person.box;
    const { boxIds } = person;
    const visible = new Set(boxIds);
    const expect = person.expect;
    const wrong = (what: string) => {
      throw new Error(`${person.name}'s ${what} (${when}) in "${brief(person.box.value)}" at ${start}-${end}`);
    };
    if ('caret' in expect) {
      if (start !== end) wrong('caret became a selection');
      if (expect.caret === null && start !== 0) wrong('caret left the start');
      if (expect.caret !== null && visible.has(expect.caret) && boxIds[start - 1] !== expect.caret) {
        wrong(`caret left ${showId(expect.caret)} (it is after ${showId(boxIds[start - 1])})`);
      }
    } else {
      if (visible.has(expect.first) && boxIds[start] !== expect.first) wrong(`selection no longer starts at ${showId(expect.first)}`);
      if (visible.has(expect.last) && boxIds[end - 1] !== expect.last) wrong(`selection no longer ends at ${showId(expect.last)}`);
    }
    person.expect = this.expectationOf(person);
  }

  /**
   * The end: every panel shows the same words; every letter typed is there
   * unless someone deleted it knowingly; each run of keystrokes at one spot
   * is still together, unless someone chose to type inside it.
   */
  private checkEnd(): void {
    const [first, ...rest] = this.people.map((person) => this.text(person).toString());
    rest.forEach((words, i) => {
      if (words !== first)
        throw new Error(`${this.people[i + 1]!.name} ends with "${brief(words)}", ${this.people[0]!.name} with "${brief(first!)}"`);
    });
    for (const person of this.people) this.expectShowsDoc(person, 'at the end');
    const text = this.text(this.people[0]!);
    const { ids } = charsOf(text);
    const position = new Map(ids.map((id, i) => [id, i]));
    const lost = [...this.typed].filter((id) => !position.has(id) && !this.meantDeleted.has(id));
    if (lost.length > 0) throw new Error(`letters lost: ${lost.map(showId).join(', ')} in "${brief(first!)}"`);
    const items = originsOf(text);
    for (const burst of this.bursts) {
      const mine = new Set(burst);
      // Where someone else (or another run) typed right after one of this run's letters.
      const typedAfter = new Set(items.filter((item) => !mine.has(item.first) && item.origin).map((item) => item.origin!));
      let last = -1;
      for (let i = 0; i < burst.length; i++) {
        const at = position.get(burst[i]!);
        if (at === undefined) continue;
        if (last >= 0 && at !== position.get(burst[last]!)! + 1) {
          const chosen = burst.slice(last, i).some((id) => typedAfter.has(id));
          if (!chosen) {
            const run = burst.map((id) => (position.has(id) ? first![position.get(id)!] : '·')).join('');
            throw new Error(`the run "${run}" was split in "${brief(first!)}"`);
          }
        }
        last = i;
      }
    }
  }
}
