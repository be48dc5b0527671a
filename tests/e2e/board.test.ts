import { afterAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { addItem, boardTexts, sectionTexts, itemAction } from '@/tests/e2e/support/board';
import {
  createBoard,
  launchPerson,
  newProfile,
  removeProfile,
  requireChromium,
  waitSaved,
  type Person,
} from '@/tests/e2e/support/chromium';
import { screenshotPath, takeFullPage } from '@/tests/e2e/support/screenshots';

describe.runIf(requireChromium())('a board kept on this device (Chromium, built extension)', () => {
  const profile = newProfile();
  let person: Person | undefined;
  afterAll(async () => {
    await person?.close();
    removeProfile(profile);
  });

  it('creates a board, fills, reorders and undoes, and keeps everything across reload and relaunch', async () => {
    person = await launchPerson(profile);
    const page = await person.openPanel();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    await expect(page.getByText('A board is a shared, living record').isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await createBoard(page, 'Sam & Alex', 'Sam');
    await addItem(page, 'Boundaries', 'I need an hour to myself after work before we make plans.');
    await addItem(page, 'Boundaries', 'I feel respected when we talk about money together, not apart.');
    await addItem(page, 'Expectations', 'If I text during the day, a reply by the evening is enough.');
    await addItem(page, 'Expectations', 'We each keep one evening a week for our own friends.');
    await addItem(page, 'Expectations', 'When we disagree, we take a break and come back within a day.');
    await addItem(page, 'Celebrations', 'You started the new job and handled the first week so well!');

    // Reorder by keyboard: the last expectation moves up one, keeping focus.
    const expectationBoxes = page.getByRole('region', { name: 'Expectations' }).getByRole('textbox');
    await expectationBoxes.nth(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => expectationBoxes.nth(1).inputValue()).toMatch(/^When we disagree/);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value))
      .toMatch(/^When we disagree/);
    // Reorder by button.
    const boundaries = page.getByRole('region', { name: 'Boundaries' });
    await itemAction(boundaries.getByRole('listitem').first(), 'Move down');
    // Reorder by drag: the first expectation's handle onto the bottom half of the last one.
    const expectations = page.getByRole('region', { name: 'Expectations' }).getByRole('listitem');
    await expectations
      .nth(0)
      .locator('.drag-handle')
      .dragTo(expectations.nth(2), {
        targetPosition: { x: 20, y: (await expectations.nth(2).boundingBox())!.height - 5 },
      });
    await expect
      .poll(() => sectionTexts(page, 'Expectations'))
      .toEqual([
        'When we disagree, we take a break and come back within a day.',
        'We each keep one evening a week for our own friends.',
        'If I text during the day, a reply by the evening is enough.',
      ]);
    await expect
      .poll(() => sectionTexts(page, 'Boundaries'))
      .toEqual([
        'I feel respected when we talk about money together, not apart.',
        'I need an hour to myself after work before we make plans.',
      ]);

    // Undo by keyboard: typing is undone as one step, in the box being typed in.
    const celebration = page.getByRole('region', { name: 'Celebrations' }).getByRole('textbox', { name: 'Celebration' });
    await celebration.click();
    await page.keyboard.press('Control+End'); // the end of the text, not of a wrapped line
    await page.keyboard.type(' So proud of you.');
    await expect.poll(() => celebration.inputValue()).toContain('So proud of you.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => celebration.inputValue()).toBe('You started the new job and handled the first week so well!');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => celebration.inputValue()).toContain('So proud of you.');

    // Delete is undoable with the Undo button; focus moves on instead of getting lost.
    await itemAction(expectations.nth(1), 'Delete');
    await expect.poll(() => sectionTexts(page, 'Expectations')).toHaveLength(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => sectionTexts(page, 'Expectations')).toHaveLength(3);
    await expect(page.getByText(/^Added /).isVisible()).resolves.toBe(true);

    await waitSaved(page);
    const filled = await boardTexts(page);
    expect(filled.Celebrations).toEqual(['You started the new job and handled the first week so well! So proud of you.']);
    expect(await seriousViolations(page)).toEqual([]);
    const picture = screenshotPath('board.png');
    if (picture) await takeFullPage(page, picture);

    await page.reload();
    await page.getByRole('heading', { name: 'Sam & Alex' }).waitFor();
    await expect.poll(() => boardTexts(page)).toEqual(filled);

    // Close the whole browser and start it again on the same profile.
    await person.close();
    person = await launchPerson(profile);
    const again = await person.openPanel();
    const saved = again.getByRole('list', { name: 'Saved boards' });
    await saved.getByRole('listitem').getByRole('button', { name: 'Sam & Alex' }).click();
    await again.getByRole('heading', { name: 'Sam & Alex' }).waitFor();
    await expect.poll(() => boardTexts(again)).toEqual(filled);
    expect(await seriousViolations(again)).toEqual([]);
  });
});
