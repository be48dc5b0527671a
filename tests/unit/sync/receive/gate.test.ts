import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '@/lib/board/actions';
import { BOARD_LIMITS } from '@/lib/board/limits';
import { readItems } from '@/lib/board/read';
import { makeGate, type GateOptions } from '@/lib/sync/receive/gate';
import { foreignRoot, itemFlood, missingDependency, pendingDeletes, structClaim } from '@/tests/support/attacks';
import { newBoardDoc } from '@/tests/support/docs';

/** A gate on a fresh board, with what it reported. */
function gated(options: Partial<GateOptions> = {}) {
  const doc = newBoardDoc();
  addItem(doc, { section: 'boundary', author: 'sam', now: 1, text: 'I need a quiet hour after work.' });
  const refused: string[] = [];
  const sentAway: string[] = [];
  const gate = makeGate(doc, {
    origin: 'peer',
    onRefused: (peer, reason) => refused.push(`${peer}: ${reason}`),
    onOverBudget: (peer) => sentAway.push(peer),
    ...options,
  });
  const clean = () => doc.store.pendingStructs === null && doc.store.pendingDs === null;
  return { doc, gate, refused, sentAway, clean };
}

describe('the receive gate (every update from a peer passes it before Yjs)', () => {
  it('refuses a 10-byte update that claims 30 million structs, before Yjs allocates for it', () => {
    const { doc, gate, refused, clean } = gated();
    const before = Y.encodeStateVector(doc);
    expect(structClaim().byteLength).toBeLessThanOrEqual(10);
    expect(gate.receive('mallory', structClaim())).toBe('refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^mallory: a change that could not be read/);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(clean()).toBe(true);
  });

  it('says whose update it is applying while Yjs applies it, so a transport can leave that peer out when passing it on', () => {
    const { doc, gate } = gated();
    const seen: (string | undefined)[] = [];
    doc.on('update', () => seen.push(gate.applyingFrom()));
    const other = newBoardDoc();
    addItem(other, { section: 'celebration', author: 'riley', now: 2, text: 'We kept our Sunday walk.' });
    expect(gate.receive('riley', Y.encodeStateAsUpdate(other))).toBe('applied');
    expect(seen).toEqual(['riley']);
    expect(gate.applyingFrom()).toBeUndefined();
    addItem(doc, { section: 'boundary', author: 'sam', now: 3, text: 'I need a quiet hour.' });
    expect(seen).toEqual(['riley', undefined]);
  });

  it('refuses top-level types a board does not have (the bloat nobody could remove)', () => {
    const { doc, gate, refused } = gated();
    expect(gate.receive('mallory', foreignRoot(5_000))).toBe('refused');
    expect(refused[0]).toContain('a part of the document that boards do not have');
    expect([...doc.share.keys()]).not.toContain('junk');
  });

  it('holds an update whose dependency has not arrived, never leaving it pending in the doc, and applies it once it has', () => {
    const { doc, gate, refused, clean } = gated();
    const { first, second } = missingDependency();
    expect(gate.receive('alex', second)).toBe('held');
    expect(clean()).toBe(true);
    // A backup written now holds the board only.
    const restored = new Y.Doc();
    Y.applyUpdate(restored, Y.encodeStateAsUpdate(doc));
    expect(restored.store.pendingStructs).toBeNull();
    // In a group, the missing part can come from someone else: then both apply.
    expect(gate.receive('riley', first)).toBe('applied');
    expect(doc.getMap('items').get('b')).toBe(2);
    expect(clean()).toBe(true);
    expect(refused).toEqual([]);
  });

  it('never leaves a delete set over content that has not arrived in the doc (it was re-read on every later keystroke)', () => {
    const { gate, clean, refused } = gated();
    // 3.8 MiB of such deletes once cost every later keystroke up to 618 ms: past what may wait, refused.
    const big = pendingDeletes(400_000);
    expect(big.byteLength).toBeGreaterThan(1024 * 1024);
    expect(gate.receive('mallory', big)).toBe('refused');
    expect(refused[0]).toContain('builds on changes this device does not have');
    expect(gate.receive('mallory', pendingDeletes(3))).toBe('held');
    expect(clean()).toBe(true);
  });

  it('drops what a peer had waiting when it leaves, and bounds what may wait', () => {
    const { gate, refused, clean, doc } = gated({ hold: { bytes: 10_000, count: 2 } });
    for (let i = 0; i < 3; i++) gate.receive('mallory', missingDependency().second);
    expect(refused).toEqual(['mallory: a change that waited too long for the changes it builds on']);
    gate.forget('mallory');
    // What was still waiting is left out, and counted.
    expect(refused.slice(1)).toEqual(Array(2).fill('mallory: a change whose earlier changes never arrived'));
    // The dependencies arriving later find nothing held any more.
    const { first } = missingDependency();
    gate.receive('alex', first);
    expect(clean()).toBe(true);
    expect(doc.getMap('items').size).toBeLessThan(4);
  });

  it('refuses more items than a board may hold, and keeps the ones it has', () => {
    const { doc, gate, refused } = gated();
    expect(gate.receive('mallory', itemFlood(BOARD_LIMITS.keys.items))).toBe('refused');
    expect(refused[0]).toContain('more entries in “items” than a board may hold');
    expect(readItems(doc).map((item) => item.text)).toEqual(['I need a quiet hour after work.']);
    // A board's worth arrives whole.
    expect(gate.receive('alex', itemFlood(1_000, 'ok'))).toBe('applied');
    expect(readItems(doc)).toHaveLength(1_001);
  });

  it('cuts a text a peer took past 4,000 characters back to 4,000, and says so', () => {
    const { doc, gate, refused } = gated();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const [item] = readItems(other);
    const text = (other.getMap('items').get(item!.id) as Y.Map<unknown>).get('text') as Y.Text;
    const before = Y.encodeStateVector(other);
    text.insert(text.length, 'x'.repeat(10_000));
    expect(gate.receive('mallory', Y.encodeStateAsUpdate(other, before))).toBe('applied');
    expect(readItems(doc)[0]!.text).toHaveLength(BOARD_LIMITS.itemText);
    expect(refused).toEqual(['mallory: words past 4000 characters']);
  });

  it('cuts back a new item’s text and a replaced text too (only the texts a change touched are measured)', () => {
    const { doc, gate } = gated();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(other);
    const items = other.getMap('items');
    other.transact(() => {
      items.set(
        'huge',
        new Y.Map(
          Object.entries({ section: 'support', text: new Y.Text('y'.repeat(9_000)), order: 'zz', author: 'm', createdAt: 1, updatedAt: 1 }),
        ),
      );
      (items.get(readItems(other)[0]!.id) as Y.Map<unknown>).set('text', new Y.Text('z'.repeat(5_000)));
    });
    expect(gate.receive('mallory', Y.encodeStateAsUpdate(other, before))).toBe('applied');
    expect(readItems(doc).map((item) => item.text.length)).toEqual([4_000, 4_000]);
  });

  it('refuses, before Yjs takes them in, more words than the board’s items could hold (churn: 4 MiB in, 4 MiB out)', () => {
    const { doc, gate, refused } = gated();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const text = (other.getMap('items').get(readItems(other)[0]!.id) as Y.Map<unknown>).get('text') as Y.Text;
    const before = Y.encodeStateVector(other);
    text.insert(0, 'x'.repeat(100_000));
    expect(gate.receive('mallory', Y.encodeStateAsUpdate(other, before))).toBe('refused');
    expect(refused).toEqual(['mallory: more words than the board’s items can hold']);
    expect(readItems(doc)[0]!.text).toBe('I need a quiet hour after work.');
  });

  it('disconnects a peer past its byte or message budget, and keeps it out', () => {
    let now = 0;
    const { gate, sentAway } = gated({ budget: { bytes: 1_000_000, bytesPerSecond: 100_000 }, now: () => now });
    for (let i = 0; i < 9; i++) expect(gate.charge('mallory', 100_000)).toBe(true);
    now += 1_000;
    expect(gate.charge('mallory', 150_000)).toBe(true);
    expect(gate.charge('mallory', 200_000)).toBe(false);
    expect(sentAway).toEqual(['mallory']);
    gate.forget('mallory');
    expect(gate.charge('mallory', 1)).toBe(false);
    expect(gate.overBudget('mallory')).toBe(true);
    // Others keep their own budget.
    expect(gate.charge('alex', 500_000)).toBe(true);
  });

  it('applies honest edits as they come, typing included', () => {
    const { doc, gate, refused } = gated();
    const alex = new Y.Doc();
    Y.applyUpdate(alex, Y.encodeStateAsUpdate(doc));
    alex.on('update', (update: Uint8Array) => expect(gate.receive('alex', update)).toBe('applied'));
    const [item] = readItems(alex);
    const text = (alex.getMap('items').get(item!.id) as Y.Map<unknown>).get('text') as Y.Text;
    for (const letter of ' Thank you.') text.insert(text.length, letter);
    text.delete(0, 2);
    addItem(alex, { section: 'celebration', author: 'alex', now: 3, text: 'We laughed a lot.' });
    expect(
      readItems(doc)
        .map((each) => each.text)
        .sort(),
    ).toEqual(['We laughed a lot.', 'need a quiet hour after work. Thank you.']);
    expect(refused).toEqual([]);
  });
});
