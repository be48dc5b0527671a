import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSON_COLOURS, preferredColour, preferredSlot } from '@/lib/board/people/colours';
import { DISTINCT_LOOKS, assignLooks, lookOfSlot, type Look, type LookRequest } from '@/lib/board/people/looks';
import { MARKER_SHAPES } from '@/lib/board/people/markers';

const colour = (name: string) => PERSON_COLOURS.find((entry) => entry.name === name)!.value;
const pair = (look: Look) => `${look.colour} ${look.marker}`;
const plain = (looks: Map<string, Look>) => Object.fromEntries([...looks].sort(([a], [b]) => (a < b ? -1 : 1)));

// Two person ids, in the shape devices make them (signing.ts), that the old
// rule (the id's hash alone) both drew in Violet: what docs/images/session.png showed.
const SAM = 'k978bafe5d20970fe21d3658a92bb8569';
const ALEX = 'kfa76cc72c3143764645acf09ecd4bd83';

/** A person id as devices make them, or any string (ids from before keys, or from a hostile peer). */
const personId = fc.oneof(fc.stringMatching(/^k[0-9a-f]{32}$/), fc.string({ maxLength: 40 }));
const chosenColour = fc.option(
  fc.oneof(fc.constantFrom(...PERSON_COLOURS.map((entry) => entry.value)), fc.constantFrom('#000000', 'red', 7)),
  {
    nil: undefined,
  },
);
const request = fc.record({ id: personId, joinedAt: fc.integer({ min: 0, max: 20 }), chosen: chosenColour });
/** Up to `max` people with distinct ids, and the same people listed in another order. */
const peopleTwice = (max: number) =>
  fc
    .uniqueArray(request, { selector: (person) => person.id, maxLength: max })
    .chain((people) => fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length, maxLength: people.length })));

describe('assignLooks', () => {
  it('gives two people whose ids point at the same colour different colours and markers', () => {
    expect(preferredSlot(SAM)).toBe(preferredSlot(ALEX));
    expect(preferredColour(SAM)).toBe(colour('Violet'));
    const looks = assignLooks([
      { id: ALEX, joinedAt: 20 },
      { id: SAM, joinedAt: 10 },
    ]);
    // Sam joined first and keeps Violet; Alex takes the next free colour.
    expect(plain(looks)).toEqual({
      [SAM]: { colour: colour('Violet'), marker: 'cross' },
      [ALEX]: { colour: colour('Olive'), marker: 'star' },
    });
  });

  it('honours a chosen colour, unless someone who joined earlier has it', () => {
    const looks = assignLooks([
      { id: 'p1', joinedAt: 1, chosen: colour('Red') },
      { id: 'p2', joinedAt: 2, chosen: colour('Red') },
      { id: 'p3', joinedAt: 3, chosen: 'red; background: url(x)' },
    ]);
    expect(looks.get('p1')).toEqual({ colour: colour('Red'), marker: 'plus' });
    expect(looks.get('p2')).toEqual({ colour: colour('Violet'), marker: 'cross' });
    // Not one of ours: as if they had chosen nothing (p3's id points at Blue).
    expect(preferredSlot('p3')).toBe(3);
    expect(looks.get('p3')).toEqual({ colour: colour('Blue'), marker: 'diamond' });
  });

  it('wraps round the palette for the next free colour', () => {
    const looks = assignLooks([
      { id: 'a', joinedAt: 1, chosen: colour('Olive') },
      { id: 'b', joinedAt: 2, chosen: colour('Olive') },
    ]);
    expect(looks.get('b')).toEqual({ colour: colour('Teal'), marker: 'circle' });
  });

  it('orders people who joined at the same moment by id', () => {
    const looks = assignLooks([
      { id: 'p9', joinedAt: 0 },
      { id: 'p1', joinedAt: 0 },
    ]);
    // Both ids point at Plum; p1 sorts first.
    expect(preferredSlot('p1')).toBe(preferredSlot('p9'));
    expect(looks.get('p1')?.colour).toBe(colour('Plum'));
    expect(looks.get('p9')?.colour).toBe(colour('Amber'));
  });

  it('gives a newcomer a look no one already drawn has', () => {
    const drawn = [lookOfSlot(preferredSlot(SAM))];
    expect(assignLooks([{ id: ALEX, joinedAt: 0 }], drawn).get(ALEX)).toEqual({ colour: colour('Olive'), marker: 'star' });
  });

  it('gives a person listed twice one look, whichever entry comes first', () => {
    const twice: LookRequest[] = [
      { id: 'p1', joinedAt: 1, chosen: colour('Green') },
      { id: 'p1', joinedAt: 1, chosen: colour('Blue') },
      { id: 'p2', joinedAt: 2, chosen: colour('Blue') },
    ];
    const looks = assignLooks(twice);
    expect(looks.size).toBe(2);
    expect(plain(assignLooks([...twice].reverse()))).toEqual(plain(looks));
  });

  it('pairs each colour with its own marker first, then shifts the markers a round at a time', () => {
    expect(PERSON_COLOURS.map((_, slot) => lookOfSlot(slot).marker)).toEqual([...MARKER_SHAPES]);
    expect(lookOfSlot(PERSON_COLOURS.length)).toEqual({ colour: colour('Teal'), marker: 'square' });
    const pairs = Array.from({ length: DISTINCT_LOOKS }, (_, slot) => pair(lookOfSlot(slot)));
    expect(new Set(pairs).size).toBe(DISTINCT_LOOKS);
  });

  it('still gives everyone a look past the distinct ones', () => {
    const many = Array.from({ length: DISTINCT_LOOKS + 5 }, (_, i) => ({ id: `p${i}`, joinedAt: i }));
    const looks = assignLooks(many);
    expect(looks.size).toBe(many.length);
    expect(new Set([...looks.values()].slice(0, DISTINCT_LOOKS).map(pair)).size).toBe(DISTINCT_LOOKS);
  });

  it('property: any ids, up to as many as there are colours, in any order, never share a colour', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(personId, { maxLength: PERSON_COLOURS.length })
          .chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }))),
        ([ids, shuffled]) => {
          const looks = assignLooks(ids.map((id) => ({ id, joinedAt: 0 })));
          expect(looks.size).toBe(ids.length);
          expect(new Set([...looks.values()].map((look) => look.colour)).size).toBe(ids.length);
          expect(new Set([...looks.values()].map((look) => look.marker)).size).toBe(ids.length);
          expect(plain(assignLooks(shuffled.map((id) => ({ id, joinedAt: 0 }))))).toEqual(plain(looks));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: with join times and chosen colours, up to 8 people never share a colour, whatever the order', () => {
    fc.assert(
      fc.property(peopleTwice(PERSON_COLOURS.length), ([people, shuffled]) => {
        const looks = assignLooks(people);
        expect(new Set([...looks.values()].map((look) => look.colour)).size).toBe(people.length);
        expect(plain(assignLooks(shuffled))).toEqual(plain(looks));
      }),
      { numRuns: 500 },
    );
  });

  it('property: up to 64 people never share both colour and marker, whatever the order', () => {
    fc.assert(
      fc.property(peopleTwice(DISTINCT_LOOKS), ([people, shuffled]) => {
        const looks = assignLooks(people);
        expect(new Set([...looks.values()].map(pair)).size).toBe(people.length);
        expect(plain(assignLooks(shuffled))).toEqual(plain(looks));
      }),
      { numRuns: 200 },
    );
  });

  it('property: someone joining later never changes the look of anyone already there', () => {
    fc.assert(
      fc.property(peopleTwice(PERSON_COLOURS.length - 1), request, ([people], newcomer) => {
        fc.pre(!people.some((person) => person.id === newcomer.id));
        const before = assignLooks(people);
        const after = assignLooks([...people, { ...newcomer, joinedAt: 21 }]);
        for (const person of people) expect(after.get(person.id)).toEqual(before.get(person.id));
      }),
      { numRuns: 300 },
    );
  });
});
