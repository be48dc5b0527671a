import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { createBoard, launchPerson, removeProfile, requireChromium, waitSaved, type Person } from '@/tests/e2e/support/chromium';

/** Adds a raw row to the board's stored updates, as a damaged disk might. */
async function corruptBoard(page: Page, boardId: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('updates', 'readwrite');
          tx.objectStore('updates').add({ boardId: id, update: new Uint8Array([0xff, 0x13, 0x37, 0x00, 0x42, 0x99]) });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    boardId,
  );
}

/** How many rows of a board are in IndexedDB (raw, not through the app). */
function storedRows(page: Page, boardId: string): Promise<{ boards: number; updates: number }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['boards', 'updates']);
          const boards = tx.objectStore('boards').count(id);
          const updates = tx.objectStore('updates').index('boardId').count(id);
          tx.oncomplete = () => {
            open.result.close();
            resolve({ boards: boards.result, updates: updates.result });
          };
        };
      }),
    boardId,
  );
}

const savedBoards = (page: Page) => page.getByRole('list', { name: 'Saved boards' });
const boardNames = (page: Page) => savedBoards(page).getByRole('listitem').locator('.board-open').allTextContents();

describe.runIf(requireChromium())('the board list (Chromium, built extension)', () => {
  let person: Person;
  beforeAll(async () => {
    person = await launchPerson();
  });
  afterAll(async () => {
    await person.close();
    removeProfile(person.profileDir);
  });

  it('works by keyboard alone: create a board and add an item', async () => {
    const page = await person.openPanel();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    await page.keyboard.press('Tab'); // Settings
    await page.keyboard.press('Tab'); // New board
    await page.keyboard.press('Enter');
    await page.keyboard.type('Keyboard board'); // the name field has focus
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Relationship: open relationship
    await page.keyboard.press('Tab'); // Your role: partner
    await page.keyboard.press('Tab');
    await page.keyboard.type('Robin'); // Your name
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Keyboard board' }).waitFor();
    await page.getByRole('button', { name: 'Add expectation' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('We say when we need time apart.');
    await expect.poll(() => sectionTexts(page, 'Expectations')).toEqual(['We say when we need time apart.']);
    await waitSaved(page);
    await page.close();
  });

  it('refuses a blank board name, then renames, sorts by activity and deletes after asking', async () => {
    const page = await person.openPanel();
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('textbox', { name: 'Board name' }).fill('    ');
    // The creator picks their own role; partner unless they choose otherwise.
    expect(await page.getByRole('combobox', { name: 'Your role' }).inputValue()).toBe('partner');
    await page.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: 'Client and therapist' });
    await page.getByRole('button', { name: 'Create board' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please give it a name.' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await createBoard(page, 'Older board');
    await page.getByRole('button', { name: 'All boards' }).click();
    const newerId = await createBoard(page, 'Newer board');
    await page.getByRole('button', { name: 'All boards' }).click();
    await expect.poll(() => boardNames(page)).toEqual(['Newer board', 'Older board', 'Keyboard board']);

    // Activity on the older board moves it to the top.
    await savedBoards(page).getByRole('button', { name: 'Older board', exact: true }).click();
    await addItem(page, 'Celebrations', 'We finished the first session.');
    await waitSaved(page);
    await page.getByRole('button', { name: 'All boards' }).click();
    await expect.poll(() => boardNames(page)).toEqual(['Older board', 'Newer board', 'Keyboard board']);

    const row = savedBoards(page).getByRole('listitem').filter({ hasText: 'Newer board' });
    await row.getByRole('button', { name: 'Rename' }).click();
    // While renaming, the row shows a text box instead of the name.
    await savedBoards(page).getByRole('textbox', { name: 'New name' }).fill('Our agreements');
    await savedBoards(page).getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => boardNames(page)).toContain('Our agreements');
    await savedBoards(page).getByRole('button', { name: 'Our agreements' }).click();
    await page.getByRole('heading', { name: 'Our agreements' }).waitFor();
    await page.getByRole('button', { name: 'All boards' }).click();

    const renamed = savedBoards(page).getByRole('listitem').filter({ hasText: 'Our agreements' });
    await renamed.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Our agreements”?' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => boardNames(page)).toContain('Our agreements');
    await renamed.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete board' }).click();
    await expect.poll(() => boardNames(page)).toEqual(['Older board', 'Keyboard board']);
    // Not a byte of it is left in IndexedDB.
    expect(await storedRows(page, newerId)).toEqual({ boards: 0, updates: 0 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a damaged board as such, lets its data be exported or deleted, and opens the others', async () => {
    const page = await person.openPanel();
    const damagedId = await createBoard(page, 'Damaged board');
    await waitSaved(page);
    await page.getByRole('button', { name: 'All boards' }).click();
    await corruptBoard(page, damagedId);

    await savedBoards(page).getByRole('button', { name: 'Damaged board' }).click();
    await page.getByText('This board could not be opened').waitFor();
    await page.getByRole('heading', { name: 'Damaged board' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export raw data' }).click()]);
    expect(download.suggestedFilename()).toBe('Damaged board (raw data).json');
    const raw = JSON.parse(await streamText(await download.createReadStream())) as { updates: string[] };
    expect(raw.updates.length).toBeGreaterThanOrEqual(2);

    // Every other board still opens.
    await page.getByRole('button', { name: 'All boards' }).click();
    await savedBoards(page).getByRole('button', { name: 'Older board' }).click();
    await expect.poll(() => sectionTexts(page, 'Celebrations')).toEqual(['We finished the first session.']);
    await page.getByRole('button', { name: 'All boards' }).click();

    await savedBoards(page).getByRole('button', { name: 'Damaged board' }).click();
    await page.getByRole('button', { name: 'Delete board' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete board' }).click();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    await expect.poll(() => boardNames(page)).not.toContain('Damaged board');
    await page.close();
  });

  it('asks for the name once per device and keeps it in settings', async () => {
    const page = await person.openPanel();
    await page.getByRole('button', { name: 'New board' }).click();
    // The name was given when the first board was made.
    expect(await page.getByRole('textbox', { name: 'Your name' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Robin');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Robin K.');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Robin K.');
    await page.close();
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
