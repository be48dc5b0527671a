import type { Reminders } from '@/lib/board/reminderTimes';
import type { SettingRecord } from '@/lib/store/db';
import { DATABASE_NAME } from '@/lib/store/dbName';
import { storedReminders } from '@/lib/store/reminders';

/**
 * What the background reads and writes of the database to count the toolbar
 * badge: every board row's reminders, and two settings of its own. Plain
 * IndexedDB, not Dexie: Dexie was 87 KB of the background's 95 KB once it
 * no longer loaded boards, for two reads and a write (docs/architecture.md,
 * "The background"). The tables are the ones db.ts declares; reading them
 * needs no schema, and this never changes one.
 */
export interface ReminderRows {
  /** The reminders of every board whose row holds current ones; a row without them is left for the panel to work out. */
  loadAll(): Promise<Reminders[]>;
  loadSetting(key: string): Promise<unknown>;
  saveSetting(key: string, value: unknown): Promise<void>;
}

const BOARDS = 'boards';
const SETTINGS = 'settings';

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
      // The abort above: no database, so nothing is due. Handled, so it is not reported as an error.
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(request.error);
    };
  });
}

/** One request in its own transaction; resolves when the transaction is done (a write is then stored). */
async function run<T>(
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

/** `indexedDB`: the browser's (Node tests pass fake-indexeddb's); `name`: tests use a database of their own. */
export function openReminderRows(indexedDB: IDBFactory, name = DATABASE_NAME): ReminderRows {
  return {
    async loadAll() {
      const rows = (await run(indexedDB, name, BOARDS, 'readonly', (store) => store.getAll())) ?? [];
      return rows.flatMap((row) => storedReminders(row) ?? []);
    },
    async loadSetting(key) {
      const record = await run(indexedDB, name, SETTINGS, 'readonly', (store) => store.get(key) as IDBRequest<SettingRecord | undefined>);
      return record?.value;
    },
    async saveSetting(key, value) {
      const record: SettingRecord = { key, value };
      await run(indexedDB, name, SETTINGS, 'readwrite', (store) => store.put(record));
    },
  };
}
