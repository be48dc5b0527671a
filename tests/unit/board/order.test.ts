import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addItem, deleteItem, moveItem } from '@/lib/board/actions';
import { SECTIONS } from '@/lib/board/format';
import { compareOrder, keyForIndex } from '@/lib/board/order';
import { readItems, readSection } from '@/lib/board/read';
import { sync, twoDevices } from '@/tests/support/docs';
import { seeded } from '@/tests/support/random';

const ids = (doc: Y.Doc) => readItems(doc).map((item) => item.id);

describe('order keys', () => {
  it('finds a slot between equal keys left by concurrent inserts', () => {
    const others = [
      { id: 'a', order: 'a0' },
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a1' },
      { id: 'd', order: 'a2' },
    ];
    const key = keyForIndex(others, 2);
    expect(key > 'a1' && key < 'a2').toBe(true);
    expect(keyForIndex([], 0)).toBe('a0');
  });

  it('breaks ties by id so every device sorts identically', () => {
    const sorted = [
      { id: 'z', order: 'a1' },
      { id: 'm', order: 'a1' },
      { id: 'a', order: 'a0' },
    ].sort(compareOrder);
    expect(sorted.map((o) => o.id)).toEqual(['a', 'm', 'z']);
  });

  it('two people moving the same item at once leaves it once, in one agreed place', () => {
    const [a, b] = twoDevices();
    const made = ['1', '2', '3', '4'].map((text, i) => addItem(a, { section: 'boundary', author: 'a', now: i, text }));
    sync(a, b);
    moveItem(a, made[0]!, 3);
    moveItem(b, made[0]!, 1);
    sync(a, b);
    expect(ids(a)).toEqual(ids(b));
    expect(
      readSection(a, 'boundary')
        .map((i) => i.text)
        .sort(),
    ).toEqual(['1', '2', '3', '4']);
  });

  it('converges under random concurrent adds, moves and deletes (seeded, 40 rounds)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rng = seeded(seed);
      const [a, b] = twoDevices();
      for (let round = 0; round < 30; round++) {
        const doc = rng.next() < 0.5 ? a : b;
        const present = readItems(doc);
        const roll = rng.next();
        if (roll < 0.4 || present.length === 0) {
          addItem(doc, { section: rng.pick(SECTIONS), author: 'x', now: round, text: `s${seed}r${round}` });
        } else if (roll < 0.85) {
          const item = rng.pick(present);
          moveItem(doc, item.id, rng.int(present.length + 1));
        } else {
          deleteItem(doc, rng.pick(present).id);
        }
        if (rng.next() < 0.2) sync(a, b);
      }
      sync(a, b);
      const final = readItems(a);
      expect(ids(b), `seed ${seed}`).toEqual(final.map((i) => i.id));
      expect(new Set(final.map((i) => i.id)).size, `seed ${seed} duplicates`).toBe(final.length);
      // Every item is in exactly one section and sections stay sorted.
      for (const section of SECTIONS) {
        const list = readSection(a, section);
        expect([...list].sort(compareOrder)).toEqual(list);
      }
    }
  });
});
