import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { addItem } from '@/tests/e2e/support/board';
import { createBoard, launchPerson, removeProfile, requireChromium, type Person } from '@/tests/e2e/support/chromium';
import { screenshotPath, takeFullPage } from '@/tests/e2e/support/screenshots';

const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Relative luminance of the body's background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

describe.runIf(requireChromium())('fits the panel, in the dark theme too (Chromium)', () => {
  let person: Person | undefined;
  afterAll(async () => {
    await person?.close();
    if (person) removeProfile(person.profileDir);
  });

  it('at 320 and 500 px wide, dark theme: nothing overflows and contrast passes', async () => {
    person = await launchPerson(undefined, { colorScheme: 'dark', width: 320 });
    const page = await person.openPanel();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
    await createBoard(page, 'A rather long board name for the two of us, this spring', 'Alexandra-Marie');
    await addItem(page, 'Boundaries', 'I need to be asked before plans are shared with family, every time, without exception.');
    await addItem(page, 'Celebrations', 'Supercalifragilisticexpialidocious-level teamwork on moving day!');
    for (const width of [320, 500]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await overflowsSideways(page), `board at ${width}px`).toBe(false);
    }
    expect(await seriousViolations(page)).toEqual([]);
    const picture = screenshotPath('board-dark-320.png');
    if (picture) await takeFullPage(page, picture);
    // The pairing view, with its long code, at the narrowest width.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('button', { name: 'Pair without a server' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Pairing code' }).inputValue(), { timeout: 20_000 }).toMatch(/^CGP1-/);
    expect(await overflowsSideways(page), 'pairing view at 320px').toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('section.pairing').getByRole('button', { name: 'Close' }).click();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    expect(await overflowsSideways(page), 'board list at 320px').toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
