import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeGate } from '@/lib/sync/receive/gate';
import { bigBoard } from '@/tests/e2e/support/seed';
import { fmt, median } from '@/bench/support';

/**
 * What the receive gate (lib/sync/receive/gate.ts) adds to an honest peer's
 * changes, in the same run: each keystroke update, and a whole board's
 * first sync, applied straight with Y.applyUpdate and through the gate, on
 * identical docs. The live benchmark (live.measure.ts) measures
 * edit-to-screen end to end; this isolates the gate's share of it.
 */
const KEYSTROKES = 2_000;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

function keystrokes(board: Uint8Array): Uint8Array[] {
  const typist = new Y.Doc();
  Y.applyUpdate(typist, board);
  const updates: Uint8Array[] = [];
  typist.on('update', (update: Uint8Array) => updates.push(update));
  const items = [...typist.getMap('items').values()] as Y.Map<unknown>[];
  for (let i = 0; i < KEYSTROKES; i++) {
    const text = items[i % items.length]!.get('text') as Y.Text;
    text.insert(text.length, 'abcdefghij'[i % 10]!);
  }
  return updates;
}

function timeEach(apply: (update: Uint8Array) => void, updates: Uint8Array[]): number[] {
  return updates.map((update) => {
    const start = performance.now();
    apply(update);
    return (performance.now() - start) * 1000;
  });
}

it('the receive gate’s cost on honest changes (same run, same updates)', () => {
  const rows: string[] = [];
  for (const size of [1_000, 5_000]) {
    const board = Y.encodeStateAsUpdate(bigBoard(size, 'Receive bench'));
    const updates = keystrokes(board);
    const straight = new Y.Doc();
    const gated = new Y.Doc();
    Y.applyUpdate(straight, board);
    Y.applyUpdate(gated, board);
    const gate = makeGate(gated, {
      origin: 'peer',
      onRefused: (_peer, reason) => expect.fail(reason),
      onOverBudget: () => expect.fail('over budget'),
    });
    // Interleaved, so both see the same machine noise.
    const plain: number[] = [];
    const through: number[] = [];
    for (let i = 0; i < updates.length; i += 100) {
      const batch = updates.slice(i, i + 100);
      const a = timeEach((update) => Y.applyUpdate(straight, update, 'peer'), batch);
      const b = timeEach((update) => expect(gate.receive('alex', update)).toBe('applied'), batch);
      // The first batch warms the JIT up; it is applied, not counted.
      if (i === 0) continue;
      plain.push(...a);
      through.push(...b);
    }
    expect(Y.encodeStateVector(gated)).toEqual(Y.encodeStateVector(straight));
    rows.push(
      `| keystroke, ${size.toLocaleString('en')}-item board | ${fmt(median(plain))} / ${fmt(percentile(plain, 95))} | ${fmt(median(through))} / ${fmt(percentile(through, 95))} |`,
    );

    const firstSync: [number[], number[]] = [[], []];
    for (let round = 0; round < 5; round++) {
      const a = new Y.Doc();
      const b = new Y.Doc();
      const gateB = makeGate(b, { origin: 'peer', onRefused: (_peer, reason) => expect.fail(reason), onOverBudget: () => {} });
      let start = performance.now();
      Y.applyUpdate(a, board, 'peer');
      firstSync[0].push((performance.now() - start) * 1000);
      start = performance.now();
      gateB.receive('alex', board);
      firstSync[1].push((performance.now() - start) * 1000);
    }
    rows.push(
      `| first sync, ${size.toLocaleString('en')}-item board (${(board.byteLength / 1e6).toFixed(2)} MB) | ${fmt(median(firstSync[0]) / 1000)} ms | ${fmt(median(firstSync[1]) / 1000)} ms |`,
    );
  }
  console.log(
    [
      '',
      'Receive path: Y.applyUpdate straight vs through the gate (µs, p50 / p95, unless ms)',
      '| what | straight | through the gate |',
      '|---|---|---|',
      ...rows,
    ].join('\n'),
  );
});
