import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { extensionWorker, offscreenDocuments } from '@/tests/e2e/support/keepInStep';
import { boardBar, closePeople, inviteCode, launchPeople, type Named } from '@/tests/e2e/support/people';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * Issue 19: Settings lists the boards this device keeps in step, each with
 * its own way to stop, and `Stop keeping all in step` turns every one off;
 * the background then closes its offscreen document. One Chromium profile.
 */
describe.runIf(requireChromium())('keep in step in Settings: what this device keeps in step, and stopping it', () => {
  let signaling: Signaling;
  let sam: Named;

  beforeAll(async () => {
    signaling = await startSignaling();
    [sam] = (await launchPeople(['Sam'], signaling.url)) as [Named];
  });
  afterAll(async () => {
    await closePeople([sam]);
    await signaling?.stop();
  });

  /** A new board, shared (an invite made) and kept in step. */
  const keptBoard = async (name: string) => {
    await createBoard(sam.page, name);
    await inviteCode(sam.page);
    await sam.page.getByRole('checkbox', { name: 'Keep in step' }).check();
  };

  it('lists each board kept in step by title; one can be stopped alone, then all at once, and the offscreen document goes', async () => {
    const page = sam.page;
    await keptBoard('Between calls');
    await expect.poll(() => offscreenDocuments(sam), { timeout: 10_000 }).toBe(1);
    await boardBar(page).getByRole('button', { name: 'All boards' }).click();
    await keptBoard('Weekends');

    await page.setViewportSize({ width: 320, height: 900 });
    await boardBar(page).getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Boards kept in step' });
    const rows = section.getByRole('list', { name: 'Boards kept in step' }).getByRole('listitem');
    await expect.poll(() => rows.allInnerTexts()).toEqual(['Weekends\nStop', 'Between calls\nStop']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    // One board alone, by keyboard: the focus moves to the row now in its place.
    await section.getByRole('button', { name: 'Stop keeping “Weekends” in step' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.allInnerTexts()).toEqual(['Between calls\nStop']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Stop keeping “Between calls” in step');
    // Another board is still kept: the document stays.
    expect(await offscreenDocuments(sam)).toBe(1);

    await section.getByRole('button', { name: 'Stop keeping all in step' }).click();
    await expect.poll(() => offscreenDocuments(sam), { timeout: 10_000 }).toBe(0);
    await section.getByText('No board is kept in step on this device.').waitFor();
    expect(await rows.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kept-in-step-title');

    // The board's own box says the same (Back leads to the board Settings was opened from).
    await page.getByRole('button', { name: 'Back' }).click();
    await boardBar(page).getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Between calls', exact: true }).click();
    const box = page.getByRole('checkbox', { name: 'Keep in step' });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
  });

  it('an offscreen document that went away (a crash: Chrome says nothing) comes back on the worker’s own alarm', async () => {
    const page = sam.page;
    await page.getByRole('button', { name: 'All boards' }).click();
    await keptBoard('After a crash');
    await expect.poll(() => offscreenDocuments(sam), { timeout: 10_000 }).toBe(1);
    type Chrome = {
      alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined>; create(name: string, info: object): Promise<void> };
      offscreen: { closeDocument(): Promise<void> };
    };
    const lookAgain = async () =>
      (await extensionWorker(sam)).evaluate(
        async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('keep-in-step'))?.periodInMinutes ?? null,
      );
    await expect.poll(lookAgain).toBe(5);

    await (await extensionWorker(sam)).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.offscreen.closeDocument());
    expect(await offscreenDocuments(sam)).toBe(0);
    // Its next run now, not in five minutes (an unpacked extension's alarm may fire at once).
    await (
      await extensionWorker(sam)
    ).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create('keep-in-step', { when: Date.now() }));
    await expect.poll(() => offscreenDocuments(sam), { timeout: 20_000 }).toBe(1);
    // And it looks again every five minutes from then on.
    await expect.poll(lookAgain).toBe(5);
  });
});
