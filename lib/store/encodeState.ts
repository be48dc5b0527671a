import * as Y from 'yjs';

/**
 * The board's integrated state as one update, like `Y.encodeStateAsUpdate`
 * (all of it, or only what `stateVector` lacks) but never with pending data.
 *
 * Why: `Y.encodeStateAsUpdate` also appends `doc.store.pendingStructs` and
 * `pendingDs`, the parts of received updates whose dependencies never
 * arrived. Our own readers (loadBoard.ts, backup.ts, loadSessionDoc) refuse
 * data that leaves Yjs with pending structs, so one 32-byte update with a
 * missing dependency from a hostile peer would make every later snapshot,
 * backup and compaction unreadable (issue 13, case 4). Pending data is not
 * part of the board anyone sees; dropping it from what we write loses
 * nothing a reader could show, and if the missing piece arrives later the
 * live doc still has it and writes it then.
 *
 * How: Yjs does not export its pending-free writer (`writeStateAsUpdate`),
 * so the pending fields are detached for the length of one synchronous
 * encode and put back. Nothing can run in between (no await, no event), the
 * live doc is left exactly as it was, and the cost is that of a plain
 * encode: no scratch doc, no second decode.
 */
export function encodeBoardState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const store = doc.store;
  const { pendingStructs, pendingDs } = store;
  if (pendingStructs === null && pendingDs === null) return Y.encodeStateAsUpdate(doc, stateVector);
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}
