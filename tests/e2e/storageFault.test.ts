import { afterAll, describe, expect, it } from 'vitest';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { createBoard, launchPerson, removeProfile, requireChromium, waitSaved, type Person } from '@/tests/e2e/support/chromium';

describe.runIf(requireChromium())('a full disk in the real browser (Chromium)', () => {
  let person: Person | undefined;
  afterAll(async () => {
    await person?.close();
    if (person) removeProfile(person.profileDir);
  });

  it('says so, keeps the edit, asks before leaving, and saves once space is back', async () => {
    person = await launchPerson();
    const page = await person.openPanel();
    await createBoard(page, 'Full disk', 'Sam');
    await waitSaved(page);

    // Every IndexedDB add now fails the way a full disk does.
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.add;
      (window as unknown as { restoreAdd: () => void }).restoreAdd = () => {
        IDBObjectStore.prototype.add = original;
      };
      IDBObjectStore.prototype.add = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await addItem(page, 'Boundaries', 'I need a day to think before big decisions.');
    const alert = page.getByRole('alert').filter({ hasText: 'out of storage space' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('They are safe in this window');

    // Leaving would drop the unsaved edit: the panel asks first.
    await page.getByRole('button', { name: 'All boards' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByRole('button', { name: 'Stay on this board' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => sectionTexts(page, 'Boundaries')).toEqual(['I need a day to think before big decisions.']);

    // Trying again while the disk is still full keeps the message and the edit.
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await alert.waitFor();

    // Space is back: the automatic retry saves it without anyone doing anything.
    await page.evaluate(() => (window as unknown as { restoreAdd: () => void }).restoreAdd());
    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Full disk' }).waitFor();
    await expect.poll(() => sectionTexts(page, 'Boundaries')).toEqual(['I need a day to think before big decisions.']);
  });
});
