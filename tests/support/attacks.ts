import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { addItem } from '@/lib/board/actions';
import { boardMaps } from '@/lib/board/schema';

/**
 * Updates a hostile peer sends (issue 13), built byte by byte or from real
 * docs. Used by the unit tests of the receive path, the hostile Node peer in
 * the end-to-end tests, and the attack benchmark.
 */

/** ~10 bytes claiming 30 million structs for one client: Yjs allocates for the claim before it notices the bytes are missing. */
export function structClaim(structs = 30_000_000): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, structs);
  encoding.writeVarUint(encoder, 424242);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/** Entries in a top-level map the board never reads (one 15 MiB update held 1.3 million). */
export function foreignRoot(entries: number, name = 'junk'): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap<number>(name);
  doc.transact(() => {
    for (let i = 0; i < entries; i++) map.set(`k${i}`, i);
  });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * An update whose dependency never arrives: the second of two edits by one
 * client, without the first. Yjs keeps it "pending" in the doc forever.
 */
export function missingDependency(): { first: Uint8Array; second: Uint8Array } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.getMap('items').set('a', 1);
  doc.getMap('items').set('b', 2);
  doc.destroy();
  return { first: updates[0]!, second: updates[1]! };
}

/** A delete set over content that was never sent: Yjs keeps it pending and re-reads it on every later update. */
export function pendingDeletes(ranges = 1, client = 777_777): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(encoder, i * 2);
    encoding.writeVarUint(encoder, 1);
  }
  return encoding.toUint8Array(encoder);
}

/** An update that puts `count` new items on a board (each a Y.Map with a section and text). */
export function itemFlood(count: number, prefix = 'flood'): Uint8Array {
  const doc = new Y.Doc();
  const items = doc.getMap('items');
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      items.set(
        `${prefix}-${i}`,
        new Y.Map(Object.entries({ section: 'celebration', text: new Y.Text(`${prefix} ${i}`), order: `a${i}` })),
      );
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Honest-looking churn: one new item, then `rounds` times `chars` characters
 * inserted into its text and deleted again, each a well-formed update that
 * builds on the one before, as a real doc's edits do (issue 13, case 3: 4 MiB
 * twenty times left 80 MiB stored for an empty board). The item is in a doc
 * of its own, so the updates apply to any board. Returns them in order.
 */
export function textChurn(rounds: number, chars: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const id = addItem(doc, { section: 'support', author: 'mallory', now: 1, text: 'Notes' });
  const text = boardMaps(doc).items.get(id)!.get('text') as Y.Text;
  const filler = 'We keep Sunday walks for the two of us. '.repeat(Math.ceil(chars / 40)).slice(0, chars);
  for (let round = 0; round < rounds; round++) {
    text.insert(text.length, filler);
    text.delete(text.length - chars, chars);
  }
  doc.destroy();
  return updates;
}
