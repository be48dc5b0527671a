import { describe, expect, it } from 'vitest';
import { setPerson } from '@/lib/board/actions';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import { PERSON_COLOURS, preferredSlot } from '@/lib/board/people/colours';
import { readPeople } from '@/lib/board/read';
import { sync, twoDevices } from '@/tests/support/docs';

// Both ids point at Violet under the id's hash (the rule before looks.ts).
const SAM = 'k978bafe5d20970fe21d3658a92bb8569';
const ALEX = 'kfa76cc72c3143764645acf09ecd4bd83';
const looksOf = (people: ReturnType<typeof readPeople>) => people.map(({ id, colour, marker }) => ({ id, colour, marker }));

describe('people on a board, as readPeople gives them', () => {
  it('two people who join at once, each on their own device, are drawn alike on both and apart from each other', () => {
    expect(preferredSlot(SAM)).toBe(preferredSlot(ALEX));
    const [samsDevice, alexsDevice] = twoDevices();
    setPerson(samsDevice, SAM, { name: 'Sam' }, 100);
    setPerson(alexsDevice, ALEX, { name: 'Alex' }, 200);
    // Before they meet, each sees only themselves, in Violet.
    expect(readPeople(samsDevice, TRUST_AS_WRITTEN)[0]?.colour).toBe(PERSON_COLOURS[6].value);
    expect(readPeople(alexsDevice, TRUST_AS_WRITTEN)[0]?.colour).toBe(PERSON_COLOURS[6].value);
    sync(samsDevice, alexsDevice);
    const onSams = looksOf(readPeople(samsDevice, TRUST_AS_WRITTEN));
    expect(looksOf(readPeople(alexsDevice, TRUST_AS_WRITTEN))).toEqual(onSams);
    expect(onSams).toEqual([
      { id: SAM, colour: PERSON_COLOURS[6].value, marker: 'cross' },
      { id: ALEX, colour: PERSON_COLOURS[7].value, marker: 'star' },
    ]);
  });

  it('people known to this device whose entry is gone take part too', () => {
    const [doc] = twoDevices();
    setPerson(doc, ALEX, { name: 'Alex' }, 200);
    const people = readPeople(doc, TRUST_AS_WRITTEN, [{ id: SAM, name: 'Sam', joinedAs: 'partner', key: 'sams key' }]);
    expect(new Set(people.map((person) => person.colour)).size).toBe(2);
  });
});
