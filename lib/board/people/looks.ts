import { PERSON_COLOURS, colourIndex, preferredSlot } from '@/lib/board/people/colours';
import { MARKER_SHAPES, type MarkerShape } from '@/lib/board/people/markers';

/** How a person is drawn on a board: a colour from the palette and a marker shape. */
export interface Look {
  colour: string;
  marker: MarkerShape;
}

/** Someone to give a look to. */
export interface LookRequest {
  id: string;
  /** When they joined the board: earlier joiners choose first. */
  joinedAt: number;
  /** The colour they chose, if any; anything not in the palette counts as no choice. */
  chosen?: unknown;
}

const COLOURS = PERSON_COLOURS.length;
/** Distinct (colour, marker) pairs: 64 with 8 of each, far above the 8 people a session is built for. */
export const DISTINCT_LOOKS = COLOURS * MARKER_SHAPES.length;

/**
 * Slot k is colour k mod 8 and, in its first round, the marker with the
 * colour's own index (Teal is always circles, Plum squares): one look per
 * colour that follows a person from board to board. Past 8 people colours
 * repeat, each round with the markers shifted by one, so pairs stay distinct
 * up to DISTINCT_LOOKS.
 */
export function lookOfSlot(slot: number): Look {
  const colour = slot % COLOURS;
  const round = Math.floor(slot / COLOURS) % MARKER_SHAPES.length;
  return { colour: PERSON_COLOURS[colour]!.value, marker: MARKER_SHAPES[(colour + round) % MARKER_SHAPES.length]! };
}

const slotOfLook = (look: Look) => {
  const colour = colourIndex(look.colour);
  const marker = MARKER_SHAPES.indexOf(look.marker);
  if (colour < 0 || marker < 0) return -1;
  return ((marker - colour + MARKER_SHAPES.length) % MARKER_SHAPES.length) * COLOURS + colour;
};

const joinedOrder = (a: LookRequest, b: LookRequest) => {
  // A joinedAt that is not a finite number (never from readPeople) goes last, still in a total order.
  const at = (request: LookRequest) => (Number.isFinite(request.joinedAt) ? request.joinedAt : Infinity);
  if (at(a) !== at(b)) return at(a) < at(b) ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  // The same id twice (a person on two devices, both here): the first by choice wins, whatever the order.
  const chosen = (request: LookRequest) => String(request.chosen ?? '');
  return chosen(a) < chosen(b) ? -1 : chosen(a) > chosen(b) ? 1 : 0;
};

/**
 * Gives each person on a board a look no one else there has, the same on
 * every device: it depends only on the set of people (their ids, when they
 * joined, the colours they chose), never on the order they are listed in.
 *
 * People choose in the order they joined (then by id): each takes the
 * colour they chose, or the one their id points at, or else the next free
 * colour after it. So someone new never takes the colour of someone already
 * there, and people keep their colours as others join. Ordering by id alone
 * would let a newcomer whose id sorts first take a partner's colour.
 *
 * `taken` are looks already given (people drawn before these), which no one
 * here takes. Repeated ids get one look. Beyond DISTINCT_LOOKS people, looks
 * repeat: the board allows 200 people, and a board of 65 is not a chart
 * anyone reads by colour.
 */
export function assignLooks(people: readonly LookRequest[], taken: readonly Look[] = []): Map<string, Look> {
  const used = new Set(taken.map(slotOfLook));
  const looks = new Map<string, Look>();
  for (const person of [...people].sort(joinedOrder)) {
    if (looks.has(person.id)) continue;
    const chosen = colourIndex(person.chosen);
    const first = chosen >= 0 ? chosen : preferredSlot(person.id);
    let slot = first;
    for (let step = 0; step < DISTINCT_LOOKS; step++) {
      // The next free colour in this round of markers, then the next round.
      const candidate = Math.floor(step / COLOURS) * COLOURS + ((first + step) % COLOURS);
      if (!used.has(candidate)) {
        slot = candidate;
        break;
      }
    }
    used.add(slot);
    looks.set(person.id, lookOfSlot(slot));
  }
  return looks;
}
