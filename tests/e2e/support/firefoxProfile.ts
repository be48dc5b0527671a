import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID, launchFirefoxBrowser } from '@/tests/e2e/support/firefox';

/**
 * Firefox ESR on one profile kept across restarts, for what Firefox keeps of
 * the extension (docs/firefox-data.md). Unlike launchFirefox, no UUID is set:
 * Firefox picks the moz-extension UUID as it does for a person, and it is read
 * back from the profile's prefs.js, where Firefox writes it shortly after a
 * change and at exit.
 */
export const newFirefoxProfile = () => mkdtempSync(join(tmpdir(), 'cg-firefox-data-'));

export async function startFirefox(profile: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  const browser = await launchFirefoxBrowser(profile, prefs);
  // puppeteer backs prefs.js up at launch and puts the copy back at close, which
  // would undo what Firefox itself wrote there (the UUID map among it).
  for (const file of ['prefs.js', 'user.js']) rmSync(join(profile, `${file}.puppeteer`), { force: true });
  return browser;
}

/** The UUID the profile's prefs.js maps the add-on to, if any (`extensions.webextensions.uuids`). */
export function extensionUuid(profile: string): string | null {
  const file = join(profile, 'prefs.js');
  if (!existsSync(file)) return null;
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((text) => text.includes('"extensions.webextensions.uuids"'));
  if (!line) return null;
  const map = JSON.parse(JSON.parse(line.slice(line.indexOf(',') + 1, line.lastIndexOf(')')).trim())) as Record<string, string>;
  return map[GECKO_ID] ?? null;
}

/** Waits until prefs.js holds a UUID for the add-on (or, with `gone`, none), and returns it. */
export async function waitForUuid(profile: string, { gone = false } = {}): Promise<string | null> {
  for (let tries = 0; tries < 300; tries++) {
    const uuid = extensionUuid(profile);
    if (gone ? !uuid : uuid) return uuid;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(gone ? 'the add-on’s UUID stayed in prefs.js' : 'Firefox never wrote the add-on’s UUID to prefs.js');
}

/** The extension origins' folders under the profile's storage, each with its IndexedDB bytes. */
export function extensionStorage(profile: string): { folder: string; idbBytes: number }[] {
  const root = join(profile, 'storage', 'default');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((folder) => folder.startsWith('moz-extension+++'))
    .map((folder) => {
      const idb = join(root, folder, 'idb');
      const idbBytes = existsSync(idb) ? Number(execFileSync('du', ['-sb', idb]).toString().split('\t')[0]) : 0;
      return { folder, idbBytes };
    });
}

/** The panel page in a tab; Firefox reports no navigation events for moz-extension:, so wait for content. */
export async function openFirefoxPanel(browser: Browser, uuid: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`moz-extension://${uuid}/sidepanel.html`).catch(() => undefined);
  await page.locator('::-p-aria(Boards[role="heading"])').setTimeout(30_000).wait();
  return page;
}

/** Makes a board with one boundary, waits until it is saved, and goes back to the list. */
export async function makeFirefoxBoard(page: Page, name: string): Promise<void> {
  await page.locator('::-p-aria(New board[role="button"])').click();
  await page.locator('::-p-aria(Board name[role="textbox"])').fill(name);
  // `Your name` is asked only until this device has one.
  if (await page.$('input[name="yourName"]')) await page.locator('input[name="yourName"]').fill('Kai');
  await page.locator('::-p-aria(Create board[role="button"])').click();
  await page.locator(`::-p-aria(${name}[role="heading"])`).wait();
  await page.locator('::-p-aria(Add boundary[role="button"])').click();
  await page.keyboard.type('I need a pause before hard talks.');
  await page.waitForFunction(() => document.querySelector('[data-save-status="saved"]') !== null);
  await page.locator('::-p-aria(All boards[role="button"])').click();
  await page.locator('::-p-aria(Saved boards[role="list"])').wait();
}

/** The boards the list shows, once it has read storage. */
export async function firefoxBoards(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('ul.boards, p.empty') !== null, { timeout: 30_000 });
  return page.$$eval('ul[aria-label="Saved boards"] .board-open', (buttons) => buttons.map((button) => button.textContent ?? ''));
}

/** What the panel itself reads (lib/app/temporaryInstall.ts), asked in the extension page. */
export const installTypeIn = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { management: { getSelf(): Promise<{ installType: string }> } } }).browser;
    return (await api.management.getSelf()).installType;
  });
