import { afterAll, describe, expect, it } from 'vitest';
import { launchFirefox, requireFirefox, type FirefoxPerson } from '@/tests/e2e/support/firefox';

describe.runIf(requireFirefox())('the Firefox build (firefox-esr, WebDriver BiDi)', () => {
  let kai: FirefoxPerson | undefined;
  afterAll(() => kai?.close());

  it('installs, and its sidebar page renders a board that can be edited', async () => {
    kai = await launchFirefox();
    const { page } = kai;
    await page.locator('::-p-aria(New board[role="button"])').click();
    await page.locator('::-p-aria(Board name[role="textbox"])').fill('Firefox board');
    await page.locator('::-p-aria(Your name[role="textbox"])').fill('Kai');
    await page.locator('::-p-aria(Create board[role="button"])').click();
    await page.locator('::-p-aria(Firefox board[role="heading"])').wait();
    await page.locator('::-p-aria(Add boundary[role="button"])').click();
    await page.keyboard.type('I need a pause before hard talks.');
    await page.waitForFunction(() => document.querySelector('[data-save-status="saved"]') !== null);
    const text = await page.$eval('textarea[aria-label="Boundary"]', (box) => (box as HTMLTextAreaElement).value);
    expect(text).toBe('I need a pause before hard talks.');
    // The background (an event page here) counts the check-in Kai has not done yet on the toolbar button.
    const badge = () =>
      page.evaluate(async () => {
        const { action } = (globalThis as unknown as { browser: { action: { getBadgeText(details: object): Promise<string> } } }).browser;
        return action.getBadgeText({});
      });
    await expect.poll(badge, { timeout: 20_000 }).toBe('1');
  });
});
