import * as Y from 'yjs';
import { initBoard } from '@/lib/board/schema';

/** A new, initialised board doc, as a second device would hold it after syncing. */
export function newBoardDoc(title = 'Us'): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title, kind: 'partners', createdAt: 1, createdBy: 'creator' });
  return doc;
}

/** Two docs with the same history, like two devices after a sync. */
export function twoDevices(): [Y.Doc, Y.Doc] {
  const a = newBoardDoc();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

/** Exchange everything each doc lacks, both ways (a meeting after time apart). */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
