import type { Reminders } from '@/lib/board/reminderTimes';
import type { SettingRecord } from '@/lib/store/db';
import { DATABASE_NAME } from '@/lib/store/dbName';
import { storedReminders } from '@/lib/store/reminders';
import { storedNews, type BoardNews } from '@/lib/store/newFrom';
import { run } from '@/lib/store/plainIndexedDb';

/** What the badge shows, from every board row read at once. */
export interface BadgeRows {
  /** The reminders of every board whose row holds current ones; a row without them is left for the panel to work out. */
  reminders: Reminders[];
  /** The boards with news from others (`newFrom`, lib/store/newFrom.ts); a malformed field is none. */
  news: BoardNews[];
}

/**
 * What the background reads and writes of the database to count the toolbar
 * badge: every board row's reminders and news, and two settings of its own. Plain
 * IndexedDB, not Dexie: Dexie was 87 KB of the background's 95 KB once it
 * no longer loaded boards, for two reads and a write (docs/architecture.md,
 * "The background"). The tables are the ones db.ts declares; reading them
 * needs no schema, and this never changes one.
 */
export interface ReminderRows {
  /** Every board row, read in one transaction. */
  loadAll(): Promise<BadgeRows>;
  loadSetting(key: string): Promise<unknown>;
  saveSetting(key: string, value: unknown): Promise<void>;
}

const BOARDS = 'boards';
const SETTINGS = 'settings';

/** `indexedDB`: the browser's (Node tests pass fake-indexeddb's); `name`: tests use a database of their own. */
export function openReminderRows(indexedDB: IDBFactory, name = DATABASE_NAME): ReminderRows {
  return {
    async loadAll() {
      const rows = (await run(indexedDB, name, BOARDS, 'readonly', (store) => store.getAll())) ?? [];
      return { reminders: rows.flatMap((row) => storedReminders(row) ?? []), news: rows.flatMap((row) => storedNews(row) ?? []) };
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
