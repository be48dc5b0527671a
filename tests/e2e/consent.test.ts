import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addItem } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { inviteCode, join, type Named, withPeople } from '@/tests/e2e/support/people';

const boundary = (page: Page) => page.getByRole('region', { name: 'Boundaries' }).getByRole('listitem').first();
const consentText = (page: Page) => boundary(page).getByRole('status').innerText();

describe.runIf(requireChromium())('consent that means something (two Chromium profiles, WebRTC on loopback)', () => {
  const people = withPeople(['Sam', 'Alex']);

  it('both agree; an edit resets it for both, with the agreed words still shown; both agree again', async () => {
    const [sam, alex] = people() as [Named, Named];
    await createBoard(sam.page, 'Our agreements');
    await addItem(sam.page, 'Boundaries', 'I need a quiet hour after work.');
    await join(alex.page, await inviteCode(sam.page), 'Our agreements');
    await expect.poll(() => connectionText(alex.page), { timeout: 20_000 }).toBe('Connected with Sam');
    await expect.poll(() => consentText(alex.page)).toBe('Waiting for Sam · Waiting for Alex');

    await boundary(sam.page).getByRole('button', { name: 'Agree' }).click();
    await expect.poll(() => consentText(alex.page)).toBe('Waiting for Alex');
    // Sam can take it back (and the panel never offers Sam Alex's agreement).
    await expect(boundary(sam.page).getByRole('button', { name: 'Withdraw agreement' }).count()).resolves.toBe(1);
    await boundary(alex.page).getByRole('button', { name: 'Agree' }).click();
    for (const person of [sam, alex]) await expect.poll(() => consentText(person.page)).toBe('Agreed by everyone');
    await expect.poll(() => sam.page.getByLabel('Agreements', { exact: true }).innerText()).toContain('1 agreed by everyone');

    // Alex changes the words: consent resets for both, and the agreed wording stays visible.
    const alexBox = boundary(alex.page).getByRole('textbox', { name: 'Boundary' });
    await alexBox.click();
    await alexBox.press('Control+End');
    await alexBox.pressSequentially(' On weekdays.');
    for (const person of [sam, alex]) {
      await expect.poll(() => consentText(person.page)).toBe('Changed since agreed · Waiting for Sam · Waiting for Alex');
      await expect.poll(() => boundary(person.page).locator('.last-agreed-text').innerText()).toBe('I need a quiet hour after work.');
      await expect(boundary(person.page).getByRole('button', { name: 'Agree' }).count()).resolves.toBe(1);
    }

    await boundary(sam.page).getByRole('button', { name: 'Agree' }).click();
    await boundary(alex.page).getByRole('button', { name: 'Agree' }).click();
    for (const person of [sam, alex]) await expect.poll(() => consentText(person.page)).toBe('Agreed by everyone');
    await expect(boundary(sam.page).locator('.last-agreed').count()).resolves.toBe(0);

    // A gentle, non-blocking suggestion when a boundary reads as an accusation.
    await addItem(sam.page, 'Boundaries', 'You always cancel plans at the last minute.');
    const nudge = sam.page.getByRole('region', { name: 'Boundaries' }).getByRole('textbox', { name: 'Boundary' }).last();
    await expect.poll(() => nudge.evaluate((box) => (box as HTMLTextAreaElement).getAttribute('aria-describedby'))).toMatch(/^nudge-/);
    // Shown under that item only (every item has one, hidden until its words call for it).
    const shownNudges = sam.page.getByText('This might land more gently as an “I” statement').filter({ visible: true });
    await expect.poll(() => shownNudges.count()).toBe(1);
    expect(await shownNudges.getAttribute('id')).toBe(await nudge.getAttribute('aria-describedby'));

    // Withdrawing is visible to the other person.
    await boundary(alex.page).getByRole('button', { name: 'Withdraw agreement' }).click();
    await expect.poll(() => consentText(sam.page)).toBe('Waiting for Alex');
  });
});
