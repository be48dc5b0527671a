import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { createBoard, launchPerson, removeProfile, requireChromium, type Person } from '@/tests/e2e/support/chromium';

const WAIT = { timeout: 20_000 };
const MONTH = 31 * 24 * 60 * 60 * 1000;

const notice = (page: Page) => page.getByRole('note', { name: 'Temporary add-on' });
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * Firefox's temporary add-on, seen from Chromium. Chromium cannot load one,
 * so the test fakes the one fact the check reads that Chromium lacks:
 * `runtime.getBrowserInfo`, which only Firefox has (lib/app/temporaryInstall.ts).
 * The other, `management.getSelf().installType`, is Chromium's own answer for
 * an unpacked extension: `development`, as Firefox says for a temporary one.
 * A real Firefox run of what happens to the boards is scripts/firefox-data-check.mjs.
 */
async function asFirefox(person: Person, options: { at?: number } = {}): Promise<Page> {
  const page = await person.context.newPage();
  await page.addInitScript(() => {
    const info = () => Promise.resolve({ name: 'Firefox', vendor: 'Mozilla', version: '153.8.0', buildID: '' });
    const apis = [(globalThis as { chrome?: { runtime?: object } }).chrome, (globalThis as { browser?: { runtime?: object } }).browser];
    for (const api of apis) if (api?.runtime) Object.assign(api.runtime, { getBrowserInfo: info });
  });
  // Only the clock moves: timers, IndexedDB and the rest run as usual.
  if (options.at) await page.clock.setFixedTime(options.at);
  await page.goto(`chrome-extension://${person.extensionId}/sidepanel.html`);
  await page.getByRole('heading', { name: 'Boards' }).waitFor();
  return page;
}

describe.runIf(requireChromium())('the notice about a temporary Firefox install (Chromium, Firefox faked)', () => {
  let person: Person;
  beforeAll(async () => {
    person = await launchPerson(undefined, { width: 320 });
  });
  afterAll(async () => {
    await person.close();
    removeProfile(person.profileDir);
  });

  it('says nothing in Chrome, where an unpacked extension keeps its boards', async () => {
    const page = await person.openPanel();
    // Chromium's own answer for the unpacked build: the same word Firefox uses for a temporary one.
    const installType = page.evaluate(async () => {
      const { management } = (globalThis as unknown as { chrome: { management: { getSelf(): Promise<{ installType: string }> } } }).chrome;
      return (await management.getSelf()).installType;
    });
    expect(await installType).toBe('development');
    // The board list has read storage by now; the check (no getBrowserInfo: no call at all) came before it.
    await page.getByText('A board is a shared, living record').waitFor();
    expect(await notice(page).count()).toBe(0);
    await page.close();
  });

  it('says what happens when Firefox restarts, backs up every board, and rests a month after Remind me', async () => {
    let page = await asFirefox(person);
    await notice(page).waitFor(WAIT);
    const words = (await notice(page).innerText()).replace(/\s+/g, ' ');
    expect(words).toContain('it will be gone when Firefox restarts');
    expect(words).toContain('Your boards stay in this Firefox');
    expect(words).toContain('Removing it by hand in about:debugging deletes them');
    // Nothing to back up yet.
    expect(await notice(page).getByRole('button', { name: 'Back up every board' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowsSideways(page)).toBe(false);

    await createBoard(page, 'Us', 'Kai');
    await page.getByRole('button', { name: 'All boards' }).click();
    await createBoard(page, 'Family');
    await page.getByRole('button', { name: 'All boards' }).click();

    // One file a board, each a backup `Import backup` takes.
    const downloads: Promise<string>[] = [];
    page.on('download', (download) => downloads.push(download.path().then(() => download.suggestedFilename())));
    await notice(page).getByRole('button', { name: 'Back up every board' }).click();
    const said = notice(page).getByRole('status');
    await expect.poll(() => said.textContent(), WAIT).toContain('The 2 backups are in your downloads');
    await expect.poll(() => downloads.length, WAIT).toBe(2);
    const names = await Promise.all(downloads);
    expect(names.map((name) => name.replace(/ \d{4}-\d{2}-\d{2}\.json$/, '')).sort()).toEqual(['Family', 'Us']);
    expect(await overflowsSideways(page)).toBe(false);

    // By keyboard: put away, and the focus lands on `New board`.
    await notice(page).getByRole('button', { name: 'Remind me in a month' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notice(page).count(), WAIT).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New board');
    await page.close();

    // Put away on this device: a new panel does not show it...
    page = await asFirefox(person);
    // The notice asked (one browser call, one read) as the list mounted; each board's size
    // on this device is read only after the list arrived, so by then the answer is in.
    await page.getByRole('list', { name: 'Saved boards' }).getByText('on this device').first().waitFor();
    expect(await notice(page).count()).toBe(0);
    await page.close();

    // ...until a month has passed.
    page = await asFirefox(person, { at: Date.now() + MONTH });
    await notice(page).waitFor(WAIT);
    await page.close();
  });
});
