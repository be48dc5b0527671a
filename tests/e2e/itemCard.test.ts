import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toDateInput } from '@/lib/board/agreement/revisit';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { addItem, itemAction, type SectionTitle } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { inviteCode, join, type Named, withPeople } from '@/tests/e2e/support/people';
import { screenshotPath } from '@/tests/e2e/support/screenshots';

const DAY = 24 * 60 * 60 * 1000;
const item = (page: Page, section: SectionTitle, index: number) =>
  page.getByRole('region', { name: section }).getByRole('listitem').nth(index);
const statusOf = (page: Page, section: SectionTitle, index: number) => item(page, section, index).getByRole('status').innerText();
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
const menuOf = (card: Locator) => card.getByRole('menu', { name: 'Item actions' });
const actionsButton = (card: Locator) => card.getByRole('button', { name: 'Item actions' });

describe.runIf(requireChromium())('the item card and its Item actions menu (two Chromium profiles, WebRTC on loopback)', () => {
  const people = withPeople(['Sam', 'Alex']);

  it('every item state on one board; the menu by keyboard and by mouse; axe at 320 px, light and dark', async () => {
    const [sam, alex] = people() as [Named, Named];
    await createBoard(sam.page, 'Our card board');
    await addItem(sam.page, 'Boundaries', 'I need a quiet hour after work.');
    await addItem(sam.page, 'Boundaries', 'I need to be asked before plans are made for me.');
    await addItem(sam.page, 'Expectations', 'We reply to messages by the evening.');
    await addItem(sam.page, 'Expectations', 'We keep Sunday mornings for the two of us.');
    await addItem(sam.page, 'Expectations', 'You always leave the dishes for me.');
    await addItem(sam.page, 'Celebrations', 'You handled a hard talk with so much care.');
    await addItem(sam.page, 'Support', 'Right now it would help me if you asked about my day.');
    // The code as a chat app passes it on, inside a message (issue 18): it is found there.
    await join(alex.page, `Sam: here it is → ${await inviteCode(sam.page)} see you at 6`, 'Our card board');
    await sam.page.locator('section.invite').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Connected with Alex');
    await expect.poll(() => statusOf(alex.page, 'Expectations', 1)).toBe('Waiting for Sam · Waiting for Alex');

    // Agreed by everyone; waiting for Alex; changed since agreed; due for a revisit.
    for (const [section, index] of [
      ['Boundaries', 0],
      ['Expectations', 0],
      ['Expectations', 1],
    ] as const) {
      for (const person of [sam, alex]) await item(person.page, section, index).getByRole('button', { name: 'Agree', exact: true }).click();
      await expect.poll(() => statusOf(sam.page, section, index)).toBe('Agreed by everyone');
    }
    await item(sam.page, 'Boundaries', 1).getByRole('button', { name: 'Agree', exact: true }).click();
    await expect.poll(() => statusOf(sam.page, 'Boundaries', 1)).toBe('Waiting for Alex');
    // Once agreed, this person's one step is taking it back; nothing else crowds the card.
    await expect(item(sam.page, 'Boundaries', 1).getByRole('button').allInnerTexts()).resolves.toEqual(['⋯', 'Withdraw agreement']);
    await expect(item(sam.page, 'Boundaries', 0).getByRole('button').allInnerTexts()).resolves.toEqual(['⋯', 'Withdraw agreement']);
    const changed = item(sam.page, 'Expectations', 0).getByRole('textbox', { name: 'Expectation' });
    await changed.click();
    await changed.press('Control+End');
    await changed.pressSequentially(' Or a short note.');
    await expect.poll(() => statusOf(sam.page, 'Expectations', 0)).toBe('Changed since agreed · Waiting for Sam · Waiting for Alex');
    await expect
      .poll(() => item(sam.page, 'Expectations', 0).locator('.last-agreed-text').innerText())
      .toBe('We reply to messages by the evening.');

    // The revisit date, by keyboard only: Tab from the words to the menu button, a first letter to its entry.
    const due = item(sam.page, 'Expectations', 1);
    await due.getByRole('textbox').focus();
    await sam.page.keyboard.press('Tab');
    expect(await focusedName(sam.page)).toBe('Item actions');
    await sam.page.keyboard.press('Enter');
    await expect(actionsButton(due).getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await focusedName(sam.page)).toBe('Move up');
    await expect(menuOf(due).getByRole('menuitem', { name: 'Move up' }).getAttribute('aria-disabled')).resolves.toBe(null);
    await expect(menuOf(due).getByRole('menuitem').allInnerTexts()).resolves.toEqual([
      'Move up',
      'Move down',
      'Change revisit date',
      'Delete',
    ]);
    await sam.page.keyboard.press('End');
    expect(await focusedName(sam.page)).toBe('Delete');
    await sam.page.keyboard.press('ArrowDown'); // wraps to the first
    expect(await focusedName(sam.page)).toBe('Move up');
    await sam.page.keyboard.press('ArrowUp'); // and back to the last
    expect(await focusedName(sam.page)).toBe('Delete');
    await sam.page.keyboard.press('Escape');
    await expect(menuOf(due).count()).resolves.toBe(0);
    expect(await focusedName(sam.page)).toBe('Item actions');
    await expect(actionsButton(due).getAttribute('aria-expanded')).resolves.toBe('false');
    await sam.page.keyboard.press('ArrowUp'); // opens on the last entry
    expect(await focusedName(sam.page)).toBe('Delete');
    await sam.page.keyboard.press('c');
    expect(await focusedName(sam.page)).toBe('Change revisit date');
    await sam.page.keyboard.press('Enter');
    await expect.poll(() => sam.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('date');
    await due.getByLabel('Revisit on').fill(toDateInput(Date.now() - DAY));
    await sam.page.keyboard.press('Escape');
    expect(await focusedName(sam.page)).toBe('Item actions');
    await expect.poll(() => due.locator('.revisit').innerText()).toMatch(/^Due for a revisit since /);
    await expect.poll(() => item(alex.page, 'Expectations', 1).locator('.revisit').innerText()).toMatch(/^Due for a revisit since /);
    await expect(due.getByRole('button', { name: 'Agree again' }).count()).resolves.toBe(1);

    // Move down by keyboard: the item moves, the menu closes, focus stays with the moved item's menu button.
    const first = item(sam.page, 'Boundaries', 0);
    await actionsButton(first).focus();
    await sam.page.keyboard.press('ArrowDown');
    await sam.page.keyboard.press('ArrowDown');
    expect(await focusedName(sam.page)).toBe('Move down');
    await sam.page.keyboard.press('Enter');
    await expect.poll(() => item(alex.page, 'Boundaries', 1).getByRole('textbox').inputValue()).toBe('I need a quiet hour after work.');
    expect(await focusedName(sam.page)).toBe('Item actions');
    await expect
      .poll(() => sam.page.evaluate(() => (document.activeElement?.closest('li')?.querySelector('textarea') as HTMLTextAreaElement).value))
      .toBe('I need a quiet hour after work.');
    // Now last: moving down is offered but unavailable.
    await sam.page.keyboard.press('Enter');
    await expect(
      menuOf(item(sam.page, 'Boundaries', 1))
        .getByRole('menuitem', { name: 'Move down' })
        .getAttribute('aria-disabled'),
    ).resolves.toBe('true');
    await sam.page.keyboard.press('Escape');

    // By mouse: a click elsewhere closes the menu; the celebration is for Alex, and Alex reacts.
    const celebration = item(sam.page, 'Celebrations', 0);
    await actionsButton(celebration).click();
    await menuOf(celebration).waitFor();
    await sam.page.getByRole('heading', { name: 'Celebrations' }).click();
    await expect(menuOf(celebration).count()).resolves.toBe(0);
    await itemAction(celebration, 'For');
    await celebration.getByRole('combobox', { name: 'For' }).selectOption({ label: 'Alex' });
    await celebration.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => item(alex.page, 'Celebrations', 0).locator('.item-date').innerText()).toMatch(/ · for Alex$/);
    await item(alex.page, 'Celebrations', 0).getByRole('button', { name: 'React' }).click();
    await item(alex.page, 'Celebrations', 0).getByRole('menuitemradio', { name: 'So proud' }).click();
    await expect.poll(() => celebration.getByLabel('Reactions').innerText()).toBe('Alex: ★ So proud');

    // Deleting from the menu is undoable.
    await itemAction(item(sam.page, 'Support', 0), 'Delete');
    await expect.poll(() => sam.page.getByRole('region', { name: 'Support' }).getByRole('listitem').count()).toBe(0);
    await sam.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => sam.page.getByRole('region', { name: 'Support' }).getByRole('listitem').count()).toBe(1);

    // Every state, at 320 px, light and dark: no sideways overflow, and axe finds nothing serious, menu closed and open.
    for (const colorScheme of ['light', 'dark'] as const) {
      await sam.page.emulateMedia({ colorScheme });
      await sam.page.setViewportSize({ width: 320, height: 800 });
      expect(await overflowsSideways(sam.page), `${colorScheme} at 320 px`).toBe(false);
      expect(await seriousViolations(sam.page)).toEqual([]);
      await actionsButton(item(sam.page, 'Expectations', 2)).click();
      expect(await overflowsSideways(sam.page), `${colorScheme} at 320 px, menu open`).toBe(false);
      expect(await seriousViolations(sam.page)).toEqual([]);
      await sam.page.keyboard.press('Escape');
    }
    for (const [width, colorScheme] of [
      [320, 'light'],
      [400, 'light'],
      [500, 'light'],
      [320, 'dark'],
      [400, 'dark'],
      [500, 'dark'],
    ] as const) {
      const picture = screenshotPath(`card-${width}-${colorScheme}.png`);
      if (!picture) break;
      await sam.page.emulateMedia({ colorScheme });
      await sam.page.setViewportSize({ width, height: 900 });
      // The items, under the board's head, which stays in place.
      await sam.page.getByRole('heading', { name: 'Boundaries' }).evaluate((heading) => heading.scrollIntoView());
      await sam.page.screenshot({ path: picture });
    }
  });
});
