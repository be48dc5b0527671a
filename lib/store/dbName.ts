/**
 * The database's name, in a file of its own: the background opens the
 * database with plain IndexedDB (lib/store/reminderRows.ts) and must not
 * import Dexie with db.ts to learn it.
 */
export const DATABASE_NAME = 'common-ground';
