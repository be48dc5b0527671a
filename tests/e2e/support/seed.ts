import { generateNKeysBetween } from 'fractional-indexing';
import type { Page, Worker } from 'playwright-core';
import * as Y from 'yjs';
import { SECTIONS } from '@/lib/board/format';
import { randomId } from '@/lib/util/ids';
import { boardMaps, initBoard } from '@/lib/board/schema';

/**
 * A board doc with `count` items spread over the sections, in the
 * shape addItem writes, built in one transaction (addItem one by one would
 * re-read the section every time).
 */
export function bigBoard(count: number, title = `Bench ${count}`): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title, kind: 'partners', createdAt: 1, createdBy: 'seed' });
  const keys = generateNKeysBetween(null, null, count);
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const item = new Y.Map<unknown>();
      item.set('section', SECTIONS[i % SECTIONS.length]!);
      item.set('text', new Y.Text(`Item ${i}: I need us to check in about plans before the weekend starts.`));
      item.set('author', 'seed');
      item.set('createdAt', i);
      item.set('updatedAt', i);
      item.set('order', keys[i]!);
      boardMaps(doc).items.set(randomId(), item);
    }
  });
  return doc;
}

/** Replaces a board's stored rows with one update, through raw IndexedDB (the app is not involved). */
export function replaceStoredState(page: Page, boardId: string, update: Uint8Array): Promise<void> {
  // Base64 crosses into the page far faster than a JSON array of numbers.
  return page.evaluate(
    ({ boardId, base64 }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('updates', 'readwrite');
          const store = tx.objectStore('updates');
          const keys = store.index('boardId').getAllKeys(boardId);
          keys.onsuccess = () => {
            for (const key of keys.result) store.delete(key);
            store.add({ boardId, update: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { boardId, base64: Buffer.from(update).toString('base64') },
  );
}

/**
 * Every row of one IndexedDB table of a profile, read without the app (its
 * byte fields come back as base64, so they cross into Node), from any of the
 * extension's pages or its service worker.
 */
export function rawRows(page: Page | Worker, table: string): Promise<Record<string, unknown>[]> {
  // A page's evaluate takes what a worker's does (and more): one signature for both.
  const evaluate: Worker['evaluate'] = page.evaluate.bind(page);
  return evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            const toBase64 = (bytes: Uint8Array) => {
              let binary = '';
              for (const byte of bytes) binary += String.fromCharCode(byte);
              return btoa(binary);
            };
            resolve(
              (request.result as Record<string, unknown>[]).map((row) =>
                Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Uint8Array ? toBase64(value) : value])),
              ),
            );
          };
        };
      }),
    table,
  );
}

/**
 * Everything a profile has stored in its board update rows, merged per board
 * into a Yjs doc and given back as JSON text (to search for words that must,
 * or must not, have been saved).
 */
export async function storedDocsText(page: Page | Worker): Promise<string> {
  const docs = new Map<string, Y.Doc>();
  for (const row of (await rawRows(page, 'updates')) as { boardId: string; update: string }[]) {
    const doc = docs.get(row.boardId) ?? new Y.Doc();
    docs.set(row.boardId, doc);
    Y.applyUpdate(doc, Buffer.from(row.update, 'base64'));
  }
  return [...docs.values()]
    .map((doc) => JSON.stringify(Object.fromEntries([...doc.share.keys()].map((key) => [key, doc.getMap(key).toJSON()]))))
    .join('\n');
}
