import fc from 'fast-check';
import { charsOf } from '@/tests/unit/board/textInput/typing/ids';
import { MAX_LENGTH } from '@/tests/unit/board/textInput/typing/simBox';
import { Together, type Bind, type Person } from '@/tests/unit/board/textInput/typing/together';

/** A place in the starting words, near a point every plan shares (so people meet), or either end of the box. */
export type Spot = { near: number } | 'start' | 'end';

export type Move =
  | { kind: 'type'; at: Spot | null; words: string }
  | { kind: 'paste'; at: Spot | null; words: string }
  | { kind: 'enter'; at: Spot | null }
  | { kind: 'delete'; at: Spot | null; key: 'Backspace' | 'Delete' | 'WordBackward' | 'WordForward'; times: number }
  | { kind: 'replace'; from: Spot; to: Spot; words: string }
  | { kind: 'cut'; from: Spot; to: Spot }
  | { kind: 'drag'; from: Spot; to: Spot; drop: Spot }
  | { kind: 'compose'; at: Spot | null; words: string[] }
  | { kind: 'spell'; from: Spot; to: Spot; words: string }
  | { kind: 'undo' }
  | { kind: 'redo' };

export interface Scenario {
  base: string;
  /** How many letters ("x") come before `base`: enough to meet the 4,000-character limit. */
  padding: number;
  /** The point in `base` the plans are near. */
  pivot: number;
  clients: number[];
  /** Whose panel fills the box late (only when the schedule says so). */
  lagging: boolean[];
  plans: Move[][];
  /** Which person acts, which link delivers, whose box is filled: one choice per step. */
  schedule: number[];
}

// Few letters, many repeats: spaces and brackets are where whole-text diffs guess wrong.
const letters = fc.constantFrom(' ', '[', ']', 'a', 'o', 'J', 'R', 'e', '\u00e9');
const words = (max: number) => fc.string({ unit: letters, minLength: 1, maxLength: max });
const spot: fc.Arbitrary<Spot> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2, max: 2 }).map((near) => ({ near })) },
  { weight: 2, arbitrary: fc.constant('end' as const) },
  { weight: 1, arbitrary: fc.constant('start' as const) },
);
const here = fc.option(spot, { freq: 3 });

const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('type' as const), at: here, words: words(6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: here, words: words(8) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('enter' as const), at: here }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: here,
      key: fc.constantFrom('Backspace' as const, 'Delete' as const, 'WordBackward' as const, 'WordForward' as const),
      times: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), from: spot, to: spot, words: words(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), from: spot, to: spot }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('drag' as const), from: spot, to: spot, drop: spot }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('compose' as const),
      at: here,
      words: fc.array(fc.constantFrom('k', 'ka', 'か', 'かな', '仮名'), { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('spell' as const), from: spot, to: spot, words: words(4) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

const base = fc.oneof(
  { weight: 4, arbitrary: fc.constant('We plan weekends together on Thursday') },
  { weight: 4, arbitrary: fc.string({ unit: letters, maxLength: 12 }) },
);

export function scenario(people: number): fc.Arbitrary<Scenario> {
  return base.chain((words) =>
    fc.record({
      base: fc.constant(words),
      // One run in ten starts a few letters short of the 4,000-character limit.
      padding: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(MAX_LENGTH - 6 - words.length) }),
      pivot: fc.integer({ min: 0, max: words.length }),
      clients: fc.uniqueArray(fc.integer({ min: 2, max: 2 ** 31 - 1 }), { minLength: people, maxLength: people }),
      lagging: fc.array(
        fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        { minLength: people, maxLength: people },
      ),
      plans: fc.array(fc.array(move, { minLength: 1, maxLength: 4 }), { minLength: people, maxLength: people }),
      schedule: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    }),
  );
}

/** Plays a scenario: every step is checked as it happens, and the end state once all has arrived. */
export function play(bind: Bind, s: Scenario): void {
  const together = new Together(bind, 'x'.repeat(Math.max(0, s.padding)) + s.base, s.clients, s.lagging);
  const baseIds = charsOf(together.text(together.people[0]!)).ids.slice(Math.max(0, s.padding));
  const queues = together.people.map((person, index) => s.plans[index]!.flatMap((m) => steps(together, person, m, s, baseIds)));
  for (let turn = 0; ; turn++) {
    const choice = s.schedule[turn % s.schedule.length]! + turn;
    const acting = queues.map((queue, index) => (queue.length > 0 ? index : -1)).filter((index) => index >= 0);
    const links = together.busyLinks();
    const late = together.people.filter((person) => person.due && !person.box.composition);
    const options = acting.length + links.length + late.length;
    if (options === 0) break;
    const pick = choice % options;
    if (pick < acting.length) queues[acting[pick]!]!.shift()!();
    else if (pick < acting.length + links.length) {
      // In order on each link, as a data channel delivers; links race each
      // other, so with three people an update can arrive before one it
      // depends on (from the third person), which Yjs holds until it can apply it.
      const [from, to] = links[pick - acting.length]!;
      together.deliver(from, to);
    } else together.fill(late[pick - acting.length - links.length]!);
  }
  together.finish();
}

/** The box position of a spot: right after the starting letter it names (or the nearest one before it still there). */
function spotIn(person: Person, spot: Spot, s: Scenario, baseIds: number[]): number {
  if (spot === 'start') return 0;
  if (spot === 'end') return person.box.value.length;
  for (let b = Math.min(Math.max(s.pivot + spot.near, 0), s.base.length); b > 0; b--) {
    const at = person.boxIds.indexOf(baseIds[b - 1]!);
    if (at >= 0) return at + 1;
  }
  return s.padding > 0 ? Math.min(s.padding, person.box.value.length) : 0;
}

/** A move as the separate steps others' edits and the network can come between. */
function steps(t: Together, p: Person, m: Move, s: Scenario, baseIds: number[]): (() => void)[] {
  const at = (spot: Spot) => spotIn(p, spot, s, baseIds);
  const placeAt = (spot: Spot | null) => (spot ? [() => t.place(p, at(spot))] : []);
  const select = (from: Spot, to: Spot) => () => {
    const [a, b] = [at(from), at(to)].sort((x, y) => x - y);
    t.place(p, a!, b!);
  };
  switch (m.kind) {
    case 'type':
      return [...placeAt(m.at), ...[...m.words].map((letter) => () => t.local(p, () => p.box.insert('insertText', letter), 'insert'))];
    case 'paste':
      return [...placeAt(m.at), () => t.local(p, () => p.box.insert('insertFromPaste', m.words), 'insert')];
    case 'enter':
      return [...placeAt(m.at), () => t.local(p, () => p.box.insert('insertLineBreak', '\n'), 'insert')];
    case 'delete':
      return [...placeAt(m.at), ...Array.from({ length: m.times }, () => () => t.local(p, () => p.box.deleteKey(m.key), 'other'))];
    case 'replace':
      return [select(m.from, m.to), ...[...m.words].map((letter) => () => t.local(p, () => p.box.insert('insertText', letter), 'insert'))];
    case 'cut':
      return [select(m.from, m.to), () => t.local(p, () => p.box.cut(), 'other')];
    case 'drag':
      return [
        select(m.from, m.to),
        // The button goes down on the selection; others' letters may arrive before the drag ends.
        () => t.press(p),
        () => {
          const { selectionStart: start, selectionEnd: end } = p.box;
          const words = p.box.value.slice(start, end);
          const drop = at(m.drop);
          if (start === end || (drop >= start && drop <= end)) return;
          // The browser takes the words out, then drops them where the mouse is
          // (Chromium puts the caret there before insertFromDrop).
          t.local(p, () => p.box.edit('deleteByDrag', start, end, ''), 'other');
          const to = at(m.drop);
          t.local(
            p,
            () => p.box.edit('insertFromDrop', to, to, words, { selectAfter: 'inserted', selectionAtBeforeInput: [to, to] }),
            'other',
          );
        },
        () => t.release(p),
      ];
    case 'compose':
      return [
        ...placeAt(m.at),
        () => p.box.compositionStart(),
        ...m.words.map((shown) => () => p.box.compositionUpdate(shown)),
        () => t.local(p, () => p.box.compositionEnd(), 'insert'),
      ];
    case 'spell':
      return [
        () => {
          const [a, b] = [at(m.from), at(m.to)].sort((x, y) => x - y);
          t.local(p, () => p.box.replaceWord(a!, b!, m.words), 'other');
        },
      ];
    case 'undo':
    case 'redo':
      return [() => t.history(p, m.kind)];
  }
}
