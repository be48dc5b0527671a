import * as Y from 'yjs';
import { listItems } from '@/bench/floorList';

/**
 * The floor for opening a board, as a page of its own: from navigation, read
 * the board's stored rows from IndexedDB, apply them to a fresh Y.Doc and
 * insert one plain DOM node per item, then set the mark `floor-done` (and
 * `floor-start`, `floor-read` on the way, to compare with the board's phases).
 * bench/openBoard.measure.ts bundles this into a copy of the built extension
 * (never into the extension itself) and opens `floor.html#<board id>`.
 */
performance.mark('floor-start');

function readAndRender(boardId: string): Promise<HTMLElement> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('common-ground');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const rows = open.result.transaction('updates').objectStore('updates').index('boardId').getAll(boardId);
      rows.onerror = () => reject(rows.error);
      rows.onsuccess = () => {
        performance.mark('floor-read');
        const doc = new Y.Doc();
        for (const row of rows.result as { update: Uint8Array }[]) Y.applyUpdate(doc, row.update);
        const list = listItems(doc);
        open.result.close();
        resolve(list);
      };
    };
  });
}

void readAndRender(location.hash.slice(1)).then(() => performance.mark('floor-done'));

/** The same work again inside the loaded page: the floor without page start-up. */
Object.assign(globalThis, {
  floorInPage: async (boardId: string): Promise<number> => {
    const start = performance.now();
    const list = await readAndRender(boardId);
    const elapsed = performance.now() - start;
    list.remove();
    return elapsed;
  },
});
