import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem } from '@/tests/e2e/support/board';
import {
  createBoard,
  launchPerson,
  newProfile,
  removeProfile,
  requireChromium,
  waitSaved,
  type Person,
} from '@/tests/e2e/support/chromium';
import { makeFakeClock, requireFaketime, type FakeClock } from '@/tests/e2e/support/fakeClock';
import { rawRows } from '@/tests/e2e/support/seed';
import { seriousViolations } from '@/tests/e2e/support/axe';

interface ChromeAction {
  getBadgeText(details: object): Promise<string>;
  getTitle(details: object): Promise<string>;
}

/** The toolbar button as the browser shows it, read through the extension's own API from its page. */
const badge = (page: Page) =>
  page.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: { action: ChromeAction } }).chrome;
    return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
const badgeText = async (page: Page) => (await badge(page)).text;
/** Long enough for the background to wake on the alarm after the clock moved (it re-reads the clock each second). */
const WAKE = { timeout: 20_000, interval: 250 };
const DAY = 24 * 60 * 60 * 1000;

describe.runIf(requireChromium() && requireFaketime())('the toolbar badge counts what is due (Chromium under a fake clock)', () => {
  let profile: string;
  let clock: FakeClock;
  let sam: Person;
  let page: Page;

  beforeAll(async () => {
    profile = newProfile();
    clock = makeFakeClock(profile);
    sam = await launchPerson(profile, { env: clock.env });
    page = await sam.openPanel();
  });
  afterAll(async () => {
    await sam?.close();
    if (profile) removeProfile(profile);
  });

  it('a check-in falling due counts', async () => {
    await createBoard(page, 'Us', 'Sam');
    // A partner who never checked in: the panel says so, and the badge counts it.
    await expect.poll(() => badge(page), WAKE).toEqual({ text: '1', title: 'Common Ground: 1 thing due for a revisit or check-in' });

    await page.getByRole('button', { name: 'Check in' }).click();
    await page.getByRole('radio', { name: 'Good' }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => badge(page), WAKE).toEqual({ text: '', title: 'Open Common Ground' });
    // The background wakes when that check-in falls due (the board's rhythm: every 2 weeks), not only on its half-hourly round.
    const next = await page.evaluate(async () => {
      const { alarms } = (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ scheduledTime: number }> } } })
        .chrome;
      return (await alarms.get('reminders-next')).scheduledTime - Date.now();
    });
    expect(Math.abs(next - 14 * DAY)).toBeLessThan(60_000);

    // An agreement, due for a revisit three months on (the board's rhythm); nothing is due yet.
    await addItem(page, 'Boundaries', 'I need a quiet hour after work.');
    const boundary = page.getByRole('region', { name: 'Boundaries' }).getByRole('listitem').first();
    await boundary.getByRole('button', { name: 'Agree' }).click();
    await expect.poll(() => boundary.getByRole('status').innerText()).toBe('Agreed by everyone');
    await waitSaved(page);
    // Its row holds when it comes due: the background reads that, never the board.
    await expect
      .poll(async () => ((await rawRows(page, 'boards'))[0]?.reminders as { revisits?: number[] } | undefined)?.revisits?.length, WAKE)
      .toBe(1);
    // The board closes; from here on only the background's alarms can change the count.
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    expect(await badgeText(page)).toBe('');

    clock.setDaysAhead(15);
    await expect.poll(() => badge(page), WAKE).toEqual({ text: '1', title: 'Common Ground: 1 thing due for a revisit or check-in' });
  });

  it('an agreement whose revisit date has passed counts too', async () => {
    clock.setDaysAhead(92);
    await expect.poll(() => badge(page), WAKE).toEqual({ text: '2', title: 'Common Ground: 2 things due for a revisit or check-in' });
    // The panel agrees with the badge.
    await page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Us', exact: true }).click();
    await page.getByRole('heading', { name: 'Due for a revisit' }).waitFor();
    await page.getByText('It is time for your next check-in.').waitFor();
  });

  it('a board saved before reminders came counts from the next time the panel opens', async () => {
    await page.getByRole('button', { name: 'All boards' }).click();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    // Its row as an earlier version left it: no reminders on it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('common-ground');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('boards', 'readwrite');
            const store = tx.objectStore('boards');
            const rows = store.getAll();
            rows.onsuccess = () => {
              for (const row of rows.result as Record<string, unknown>[]) store.put({ ...row, reminders: undefined });
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    // The background never loads a board: such a row counts nothing there.
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
        kind: 'common-ground/reminders-changed',
        locale: 'en',
      }),
    );
    await expect.poll(() => badgeText(page), WAKE).toBe('');
    // The panel works it out from the board when it opens, and the count is back.
    await page.reload();
    await expect.poll(() => badge(page), WAKE).toEqual({ text: '2', title: 'Common Ground: 2 things due for a revisit or check-in' });
  });

  it('notifications are asked for only when the box is ticked, and stay off with a plain message when refused', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('button', { name: 'Settings' }).first().click();
    const box = page.getByRole('checkbox', { name: 'Notify me when a revisit or check-in is due' });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    // Headless Chromium cannot answer the browser's question, so this page's copy of the API answers for it.
    const answer = (allow: boolean) =>
      page.evaluate((allow) => {
        const { permissions } = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome;
        const asked: string[][] = [];
        (globalThis as unknown as { asked: string[][] }).asked = asked;
        permissions.request = async ({ permissions: wanted }: { permissions: string[] }) => (asked.push(wanted), allow);
        permissions.remove = async () => true;
      }, allow);
    const asked = () => page.evaluate(() => (globalThis as unknown as { asked: string[][] }).asked);

    await answer(false);
    await box.click();
    await page.getByRole('status').filter({ hasText: 'Your browser did not allow notifications, so they stay off.' }).waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await asked()).toEqual([['notifications']]);

    await answer(true);
    await box.click();
    await expect.poll(() => asked()).toEqual([['notifications']]);
    expect(await box.isChecked()).toBe(true);
    expect(await page.getByText('did not allow').count()).toBe(0);
  });

  it('speaks the language chosen in the panel', async () => {
    await page.evaluate(() => localStorage.setItem('cg-language', 'es'));
    await page.reload();
    await expect
      .poll(() => badge(page), WAKE)
      .toEqual({ text: '2', title: 'Common Ground: 2 cosas pendientes (revisar acuerdos o contar cómo estás)' });
  });
});
