import { afterAll, describe, expect, it } from 'vitest';
import { addItem } from '@/tests/e2e/support/board';
import { createBoard, launchPerson, removeProfile, requireChromium, type Person } from '@/tests/e2e/support/chromium';
import { storedDocsText } from '@/tests/e2e/support/seed';

/**
 * Two windows of the panel, and the other one opens the database with a
 * newer schema version (as a newer Common Ground would): this one saves
 * what it holds, lets go so the upgrade is not blocked, and says to reload.
 */
describe.runIf(requireChromium())('two windows, one upgrading the database (Chromium)', () => {
  let person: Person | undefined;
  afterAll(async () => {
    await person?.close();
    if (person) removeProfile(person.profileDir);
  });

  it('the older window saves its last edit, lets the upgrade through, and asks to be reloaded', async () => {
    person = await launchPerson();
    const older = await person.openPanel();
    await createBoard(older, 'Two windows', 'Sam');
    await addItem(older, 'Boundaries', 'Typed just before the other window upgraded.');

    // The other window: a raw IndexedDB open at a higher version, as a newer schema would.
    const newer = await person.openPanel();
    const upgraded = await newer.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('common-ground', 1000);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const version = open.result.version;
            open.result.close();
            resolve(version);
          };
        }),
    );
    // The upgrade went through (waiting, if at all, only for the older window's last save)...
    expect(upgraded).toBe(1000);
    // ...and the edit typed just before is in storage.
    expect(await storedDocsText(newer)).toContain('Typed just before the other window upgraded.');
    await older.getByRole('heading', { name: 'Common Ground was updated' }).waitFor();
    await expect(older.getByRole('alert').innerText()).resolves.toContain('Everything you did here is saved.');
    await expect(older.getByRole('button', { name: 'Reload panel' }).isVisible()).resolves.toBe(true);
  });
});
