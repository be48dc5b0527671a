import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate, type ClientRun, type UpdateSummary } from '@/lib/sync/receive/updateCheck';

const build = (write: (e: encoding.Encoder) => void): Uint8Array => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};
const uints = (...ns: number[]) => build((e) => ns.forEach((n) => encoding.writeVarUint(e, n)));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function summary(update: Uint8Array): UpdateSummary {
  const result = inspectUpdate(update);
  if (!result.ok) throw new Error(`refused a real update: ${result.error}`);
  return result.value;
}

function refusal(update: Uint8Array, limits?: Parameters<typeof inspectUpdate>[1]): string {
  const result = inspectUpdate(update, limits);
  if (result.ok) throw new Error('accepted a hostile update');
  return result.error;
}

/** What Yjs's own (trusting) decoder says the update holds, in the summary's terms. */
function oracle(update: Uint8Array): UpdateSummary {
  const { structs, ds } = Y.decodeUpdate(update);
  const expected: UpdateSummary = {
    clients: new Map(),
    references: new Map(),
    roots: new Set(),
    rootKeys: new Map(),
    deletes: new Map(),
    structs: structs.length,
    deleteRanges: 0,
    stringLength: 0,
    contentRefs: new Set(),
  };
  const reference = (id: Y.ID | null) => {
    if (id) expected.references.set(id.client, Math.max(expected.references.get(id.client) ?? 0, id.clock + 1));
  };
  for (const struct of structs) {
    const { client, clock } = struct.id;
    const end = clock + struct.length;
    const run: ClientRun = expected.clients.get(client) ?? { from: clock, to: clock, skips: [] };
    expected.clients.set(client, run);
    if (struct instanceof Y.Skip) run.skips.push([clock, end]);
    else run.to = end;
    if (!(struct instanceof Y.Item)) continue;
    reference(struct.origin);
    reference(struct.rightOrigin);
    // The lazy reader leaves a root parent as its name.
    const parent = struct.parent as unknown;
    if (parent instanceof Y.ID) reference(parent);
    if (typeof parent === 'string') {
      expected.roots.add(parent);
      if (struct.parentSub !== null) expected.rootKeys.set(parent, (expected.rootKeys.get(parent) ?? 0) + 1);
    }
    expected.contentRefs.add(struct.content.getRef());
    if (struct.content instanceof Y.ContentString) expected.stringLength += struct.content.str.length;
  }
  for (const [client, ranges] of ds.clients) {
    expected.deleteRanges += ranges.length;
    for (const r of ranges) expected.deletes.set(client, Math.max(expected.deletes.get(client) ?? 0, r.clock + r.len));
  }
  return expected;
}

/** A doc that uses every content kind Yjs still writes. */
function richDoc(): Y.Doc {
  const doc = new Y.Doc();
  const m = doc.getMap('m');
  m.set('n', 1);
  m.set('values', { a: [1, -7, 0.5, 0.1, 2 ** 40, 'two', null, true, false], b: { c: new Uint8Array([1]) } });
  m.set('nothing', undefined);
  m.set('bin', new Uint8Array([1, 2, 3]));
  m.set('sub', new Y.Doc());
  const child = new Y.Map();
  m.set('child', child);
  child.set('k', 'v');
  const t = doc.getText('t');
  t.insert(0, 'héllo 🌍 world', { bold: true });
  t.insertEmbed(2, { img: 'x' });
  t.format(0, 3, { italic: true });
  t.delete(4, 3);
  doc.getXmlFragment('x').insert(0, [new Y.XmlElement('p'), new Y.XmlText('hi')]);
  m.set('hook', new Y.XmlHook('h'));
  const a = doc.getArray('a');
  a.insert(0, [1, 2, 3]);
  a.delete(1, 1);
  m.delete('n');
  return doc;
}

/** One hand-written struct for client 5: a root map key whose value is ContentJSON (Yjs reads it, no longer writes it). */
const jsonUpdate = build((e) => {
  [1, 1, 5, 0].forEach((n) => encoding.writeVarUint(e, n));
  encoding.writeUint8(e, 0x20 | 2);
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, 'm');
  encoding.writeVarString(e, 'k');
  encoding.writeVarUint(e, 2);
  encoding.writeVarString(e, '{"a":1}');
  encoding.writeVarString(e, 'undefined');
  encoding.writeVarUint(e, 0);
});

describe('inspectUpdate on real updates', () => {
  it('passes an empty doc', () => {
    expect(summary(Y.encodeStateAsUpdate(new Y.Doc()))).toEqual(oracle(new Uint8Array([0, 0])));
  });

  it('sees root map keys, nested maps and the references into them', () => {
    const doc = new Y.Doc();
    const root = doc.getMap('items');
    const inner = new Y.Map();
    root.set('x', inner);
    inner.set('k', 'v');
    root.set('y', 2);
    const s = summary(Y.encodeStateAsUpdate(doc));
    expect(s.roots).toEqual(new Set(['items']));
    expect(s.rootKeys).toEqual(new Map([['items', 2]]));
    // inner.set('k') names its parent by the ID of the item holding `inner` (clock 0).
    expect(s.references).toEqual(new Map([[doc.clientID, 1]]));
    expect(s.clients).toEqual(new Map([[doc.clientID, { from: 0, to: 3, skips: [] }]]));
    expect(s.contentRefs).toEqual(new Set([7, 8]));
    expect(s.structs).toBe(3);
  });

  it('sees each keystroke of typing refer to the character before it', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const text = doc.getText('t');
    [...'hello'].forEach((c, i) => text.insert(i, c));
    const last = summary(updates[4]!);
    expect(last.clients).toEqual(new Map([[doc.clientID, { from: 4, to: 5, skips: [] }]]));
    expect(last.references).toEqual(new Map([[doc.clientID, 4]]));
    expect(last.roots.size).toBe(0); // the parent is inherited from the origin
    expect(last.stringLength).toBe(1);
    text.delete(1, 3);
    const deletion = summary(updates[5]!);
    expect(deletion.clients.size).toBe(0);
    expect(deletion.deletes).toEqual(new Map([[doc.clientID, 4]]));
    expect(deletion.deleteRanges).toBe(1);
  });

  it("reads GC'd content left by deletes", () => {
    const doc = new Y.Doc();
    const root = doc.getMap('m');
    const child = new Y.Map();
    root.set('child', child);
    child.set('a', 'x'.repeat(10));
    child.set('b', 2);
    root.delete('child'); // the child's items become GC structs, the child ContentDeleted
    root.set('s', 'one');
    root.set('s', 'two'); // the first value becomes ContentDeleted
    const update = Y.encodeStateAsUpdate(doc);
    expect(Y.decodeUpdate(update).structs.some((s) => s instanceof Y.GC)).toBe(true);
    const s = summary(update);
    expect(s).toEqual(oracle(update));
    expect(s.contentRefs.has(1)).toBe(true);
  });

  it('reports the Skip structs of merged updates with gaps', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const text = doc.getText('t');
    text.insert(0, 'ab');
    text.insert(2, 'cde');
    text.insert(5, 'f');
    const merged = Y.mergeUpdates([updates[0]!, updates[2]!]);
    const s = summary(merged);
    expect(s.clients).toEqual(new Map([[doc.clientID, { from: 0, to: 6, skips: [[2, 5]] }]]));
    expect(s).toEqual(oracle(merged));
  });

  it('reads every content kind, including the legacy ContentJSON', () => {
    const update = Y.encodeStateAsUpdate(richDoc());
    const s = summary(update);
    expect(s).toEqual(oracle(update));
    expect(s.contentRefs).toEqual(new Set([1, 3, 4, 5, 6, 7, 8, 9]));
    expect(summary(jsonUpdate)).toEqual(oracle(jsonUpdate));
    expect(summary(jsonUpdate).contentRefs).toEqual(new Set([2]));
  });

  it('agrees with Yjs on the updates of 200 random docs', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom('a', 'b', 'c'), value: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ kind: fc.constant('nest' as const), key: fc.constantFrom('a', 'b', 'c'), value: fc.string() }),
      fc.record({ kind: fc.constant('del' as const), key: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 8 }) }),
      fc.record({ kind: fc.constant('erase' as const), at: fc.nat(), length: fc.nat(6) }),
      fc.record({ kind: fc.constant('bold' as const), at: fc.nat(), length: fc.nat(6) }),
      fc.record({ kind: fc.constant('sync' as const) }),
    );
    const step = fc.record({ peer: fc.nat(2), op });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), fc.boolean(), (steps, gc) => {
        const docs = [0, 1, 2].map(() => new Y.Doc({ gc }));
        const updates: Uint8Array[] = [];
        docs[0]!.on('update', (u: Uint8Array) => updates.push(u));
        for (const { peer, op } of steps) {
          const doc = docs[peer]!;
          const m = doc.getMap('m');
          const t = doc.getText('t');
          const at = 'at' in op ? op.at % (t.length + 1) : 0;
          if (op.kind === 'set') m.set(op.key, op.value);
          if (op.kind === 'nest') m.set(op.key, new Y.Map([['v', new Y.Text(op.value)]]));
          if (op.kind === 'del') m.delete(op.key);
          if (op.kind === 'type') t.insert(at, op.text);
          if (op.kind === 'erase') t.delete(at, Math.min(op.length, t.length - at));
          if (op.kind === 'bold') t.format(at, Math.min(op.length, t.length - at), { bold: true });
          if (op.kind === 'sync') docs.forEach((other) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(other)));
        }
        const odd = updates.filter((_, i) => i % 2 === 1);
        for (const update of [Y.encodeStateAsUpdate(docs[0]!), ...updates, Y.mergeUpdates(odd)]) {
          expect(summary(update)).toEqual(oracle(update));
        }
      }),
      { numRuns: 200, seed: 1 },
    );
  });
});

describe('inspectUpdate on hostile updates', () => {
  it('refuses a claim of 30 million structs in 7 bytes before allocating for it', () => {
    const update = uints(1, 30_000_000, 7, 0);
    expect(update.byteLength).toBeLessThan(10);
    expect(refusal(update)).toBe('structs count exceeds the bytes left');
    // Under the absolute cap, the bytes-left rule alone still refuses.
    expect(refusal(uints(1, 1_500_000, 7, 0))).toBe('structs count exceeds the bytes left');
  });

  it('refuses more clients, structs or delete ranges than the caps or the bytes allow', () => {
    expect(refusal(uints(2 ** 40))).toBe('clients count exceeds the bytes left');
    expect(refusal(concat(uints(1_001), new Uint8Array(4000)), { maxClients: 1_000 })).toBe('too many clients');
    expect(refusal(uints(0, 1, 7, 2 ** 32))).toBe('delete ranges count exceeds the bytes left');
    expect(refusal(concat(uints(0, 1, 7, 5), new Uint8Array(10)), { maxDeleteRanges: 4 })).toBe('too many delete ranges');
    expect(refusal(concat(uints(0, 2000), new Uint8Array(4000)), { maxClients: 1_000 })).toBe('too many delete-set clients');
    const twoClients = Y.mergeUpdates([Y.encodeStateAsUpdate(richDoc()), Y.encodeStateAsUpdate(richDoc())]);
    expect(refusal(twoClients, { maxClients: 1 })).toBe('too many clients');
    expect(refusal(twoClients, { maxStructs: 3 })).toBe('too many structs');
  });

  it('refuses lengths and clocks past the caps', () => {
    expect(refusal(uints(0, 1, 7, 1, 0, 2 ** 40))).toBe('length too large');
    expect(refusal(uints(1, 1, 7, 0, 0, 2 ** 40, 0))).toBe('length too large'); // GC
    expect(refusal(uints(1, 1, 7, 2 ** 53 - 10, 0, 100, 0))).toBe('clock out of range');
    expect(refusal(uints(0, 1, 7, 1, 2 ** 53 - 10, 100))).toBe('clock out of range');
    expect(refusal(concat(uints(0, 1, 7, 1, 0), new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])))).toMatch(
      /out of range/i,
    );
  });

  it('refuses values nested deeper than Yjs can safely apply, and accepts shallow ones', () => {
    const nested = (depth: number) =>
      concat(
        uints(1, 1, 7, 0),
        new Uint8Array([0x20 | 8]),
        uints(1),
        build((e) => encoding.writeVarString(e, 'm')),
        build((e) => encoding.writeVarString(e, 'k')),
        uints(1),
        new Uint8Array(depth).fill(117).map((b, i) => (i % 2 ? 1 : b)),
        new Uint8Array([126]),
        uints(0),
      );
    expect(inspectUpdate(nested(2 * 50)).ok).toBe(true);
    expect(refusal(nested(2 * 100_000))).toBe('value nested too deeply');
  });

  it('refuses what Yjs never writes: duplicate or empty clients, empty or flagged structs, unknown kinds', () => {
    const gc = uints(0, 3);
    expect(refusal(concat(uints(2, 1, 7, 0), gc, uints(1, 7, 10), gc, uints(0)))).toBe('client listed twice');
    expect(refusal(uints(1, 0, 7, 0, 0))).toBe('client without structs');
    expect(refusal(uints(1, 1, 7, 0, 0, 0, 0))).toBe('empty struct');
    expect(refusal(concat(uints(1, 1, 7, 0), new Uint8Array([0x4a]), uints(3, 0)))).toBe('flags on a GC or Skip struct');
    expect(
      refusal(
        concat(
          uints(1, 1, 7, 0),
          new Uint8Array([11]),
          uints(1),
          build((e) => encoding.writeVarString(e, 'm')),
          uints(0),
        ),
      ),
    ).toBe('unknown content');
    expect(refusal(concat(uints(1, 1, 7, 0), new Uint8Array([4]), uints(2, 0, 0, 1, 0x61, 0)))).toBe('unknown parent kind');
    expect(refusal(concat(uints(1, 1, 7, 0), new Uint8Array([7]), uints(0, 3, 9, 9, 0)))).toBe('unknown type');
    // Yjs throws mid-apply on an item whose origin is its own ID or a later one of its client.
    const typed = (origin: number) => concat(uints(1, 1, 7, 4), new Uint8Array([0x84]), uints(7, origin, 1, 0x61, 0));
    expect(refusal(typed(4))).toBe('struct refers to itself or later');
    expect(inspectUpdate(typed(3)).ok).toBe(true);
  });

  it('refuses every cut-off prefix of a real update, and trailing garbage', () => {
    for (const update of [Y.encodeStateAsUpdate(richDoc()), jsonUpdate]) {
      for (let end = 0; end < update.byteLength; end++) {
        expect(inspectUpdate(update.subarray(0, end)).ok).toBe(false);
      }
      expect(refusal(concat(update, new Uint8Array([0])))).toBe('bytes after the delete set');
    }
  });

  it('never throws on 2,000 random buffers nor on 2,000 corrupted real updates, and passes nothing Yjs cannot apply', () => {
    const real = Y.encodeStateAsUpdate(richDoc());
    const check = (bytes: Uint8Array) => {
      const result = inspectUpdate(bytes);
      if (!result.ok) return;
      expect(() => Y.decodeUpdate(bytes)).not.toThrow();
      expect(() => Y.applyUpdate(new Y.Doc(), bytes)).not.toThrow();
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), check), { numRuns: 2000, seed: 2 });
    const corrupt = fc.array(fc.tuple(fc.nat(real.byteLength - 1), fc.nat(255)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(corrupt, (edits) => {
        const bytes = real.slice();
        for (const [at, value] of edits) bytes[at] = value;
        check(bytes);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});
