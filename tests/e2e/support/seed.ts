import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { addItem } from '../../../lib/board/actions';
import { SECTIONS } from '../../../lib/board/format';
import { initBoard } from '../../../lib/board/schema';

/** A board doc with `count` items spread over the three sections. */
export function bigBoard(count: number, title = `Bench ${count}`): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title, kind: 'partners', createdAt: 1, createdBy: 'seed' });
  for (let i = 0; i < count; i++) {
    addItem(doc, {
      section: SECTIONS[i % SECTIONS.length]!,
      author: 'seed',
      now: i,
      text: `Item ${i}: I need us to check in about plans before the weekend starts.`,
    });
  }
  return doc;
}

/** Replaces a board's stored rows with one update, through raw IndexedDB (the app is not involved). */
export function replaceStoredState(page: Page, boardId: string, update: Uint8Array): Promise<void> {
  return page.evaluate(
    ({ boardId, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('updates', 'readwrite');
          const store = tx.objectStore('updates');
          const keys = store.index('boardId').getAllKeys(boardId);
          keys.onsuccess = () => {
            for (const key of keys.result) store.delete(key);
            store.add({ boardId, update: new Uint8Array(bytes) });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { boardId, bytes: Array.from(update) },
  );
}
