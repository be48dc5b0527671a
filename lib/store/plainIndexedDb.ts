/**
 * The background's reads and writes of the database with plain IndexedDB, not
 * Dexie: Dexie was 87 KB of the background's 95 KB once it no longer loaded
 * boards (docs/architecture.md, "The background"). Used by the badge's rows
 * (reminderRows.ts) and keep in step's (keepInStep.ts). The tables are the
 * ones db.ts declares; reading them needs no schema, and this never changes one.
 */

/**
 * Opens the database as it is, or null when there is none yet. A database
 * that does not exist is not made here: the upgrade that would make it is
 * aborted, which leaves no database behind, so the panel's Dexie later makes
 * it at its own version. Each connection is closed as soon as its one
 * transaction is done, and at once if the panel needs a new version.
 */
function open(indexedDB: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      // The abort above: no database, so nothing to read. Handled, so it is not reported as an error.
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(request.error);
    };
  });
}

/** One request in its own transaction; resolves when the transaction is done (a write is then stored). */
export async function run<T>(
  indexedDB: IDBFactory,
  name: string,
  table: string,
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  const db = await open(indexedDB, name);
  if (!db) return undefined;
  try {
    // A database left by a version that had no such table (none has yet): nothing in it.
    if (!db.objectStoreNames.contains(table)) return undefined;
    const transaction = db.transaction(table, mode);
    const asked = request(transaction.objectStore(table));
    return await new Promise<T>((resolve, reject) => {
      transaction.oncomplete = () => resolve(asked.result);
      const failed = () => reject(transaction.error ?? asked.error);
      transaction.onabort = failed;
      transaction.onerror = failed;
    });
  } finally {
    db.close();
  }
}
