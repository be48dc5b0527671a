import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import {
  connectionText,
  createBoard,
  launchPerson,
  removeProfile,
  requireChromium,
  useLocalNetwork,
  waitSaved,
  type Person,
} from '@/tests/e2e/support/chromium';
import { firefoxSettings, launchFirefox, requireFirefox, type FirefoxPerson } from '@/tests/e2e/support/firefox';
import { inviteCode } from '@/tests/e2e/support/people';
import { storedDocsText } from '@/tests/e2e/support/seed';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

const WAIT = { timeout: 30_000 };

/**
 * Keep in step in Firefox (issue 19): it has no offscreen documents and puts
 * an extension's background to sleep, so the sidebar keeps a board in step
 * while it is open, whatever it shows (docs/keep-in-step.md). Kai (Firefox
 * ESR) turns it on and goes back to the list; what Sam (Chromium) adds then
 * is saved on Kai's device with Kai's board closed.
 */
describe.runIf(requireChromium() && requireFirefox())('keep in step in Firefox: while the sidebar is open', () => {
  let signaling: Signaling | undefined;
  let sam: Person | undefined;
  let kai: FirefoxPerson | undefined;
  afterAll(async () => {
    await Promise.all([sam?.close(), kai?.close()]);
    if (sam) removeProfile(sam.profileDir);
    await signaling?.stop();
  });

  it('with the sidebar on the list, Sam’s edit reaches Kai’s device, and Sam sees Kai’s browser keeping the board', async () => {
    signaling = await startSignaling();
    sam = await launchPerson();
    const samPage = await sam.openPanel();
    await useLocalNetwork(samPage, 'Sam', signaling.url);
    await createBoard(samPage, 'Between calls');
    const code = await inviteCode(samPage);

    kai = await launchFirefox();
    const { page } = kai;
    await firefoxSettings(page, 'Kai', signaling.url);
    await page.locator('::-p-aria(Join a board[role="button"])').click();
    await page.locator('::-p-aria(Invite code[role="textbox"])').fill(code);
    await page.locator('::-p-aria(Join[role="button"])').click();
    const kaiConnection = () => page.$eval('[role="status"][aria-label="Connection"]', (status) => status.textContent?.trim() ?? '');
    await expect.poll(kaiConnection, WAIT).toBe('Connected with Sam');

    // The setting says what Firefox can do.
    const hint = await page.$eval('#keep-in-step-hint', (element) => element.textContent ?? '');
    expect(hint).toContain('While this sidebar is open');
    expect(hint).toContain('Firefox cannot keep it up to date once the sidebar is closed');
    await page.locator('::-p-aria(Keep in step[role="checkbox"])').click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.keep-in-step input')?.checked === true, WAIT);
    // Kai's board moves onto the sidebar's own keeper; Sam still sees Kai here.
    await expect.poll(() => connectionText(samPage), WAIT).toBe('Connected with Kai');

    // Back to the list: the board is closed in the sidebar, and the keeper holds it.
    await page.locator('::-p-aria(All boards[role="button"])').click();
    await page.locator('::-p-aria(Saved boards[role="list"])').wait();
    await expect.poll(() => connectionText(samPage), WAIT).toBe('Waiting for others to join — Kai’s browser keeps this board in step');

    const words = 'Sam found the old photos from the lake.';
    await addItem(samPage, 'Celebrations', words);
    await waitSaved(samPage);
    await expect.poll(() => storedDocsText(page as unknown as Page), WAIT).toContain(words);
    expect(await sectionTexts(samPage, 'Celebrations')).toEqual([words]);
  });
});
