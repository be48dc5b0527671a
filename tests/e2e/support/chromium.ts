import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's real binary (the /usr/bin/chromium wrapper adds flags of its own). */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
export const chromiumPath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

export const CHROME_BUILD = resolve('.output/chrome-mv3');

/**
 * Browser tests need Chromium. Locally a missing browser is announced loudly
 * and the tests skip; under CI it is a failure, never a skip.
 */
export function requireChromium(): boolean {
  if (chromiumPath && existsSync(join(CHROME_BUILD, 'manifest.json'))) return true;
  const why = chromiumPath ? `no build at ${CHROME_BUILD} (run npm run build)` : 'Chromium is not installed (apt-get install -y chromium)';
  if (process.env.CI) throw new Error(`Browser tests cannot run: ${why}`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${why} !!!\n`);
  return false;
}

export interface Person {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** Opens the panel page as a tab (what the side panel shows). */
  openPanel(hash?: string): Promise<Page>;
  /** Closes the browser; the profile stays for relaunching. */
  close(): Promise<void>;
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Inside the test namespace only loopback exists: let WebRTC use it.
  '--allow-loopback-in-peer-connection',
];

/** A fresh profile directory; removed by `removeProfile`. */
export const newProfile = () => mkdtempSync(join(tmpdir(), 'cg-profile-'));
export const removeProfile = (dir: string) => rmSync(dir, { recursive: true, force: true });

export async function launchPerson(
  profileDir = newProfile(),
  options: {
    colorScheme?: 'light' | 'dark';
    width?: number;
    height?: number;
    /** Device pixels per CSS pixel (store pictures are taken sharper than the screen). */
    deviceScaleFactor?: number;
    /** An unpacked build other than .output's (the benchmark's). */ extension?: string;
    /** The browser's language (navigator.languages), e.g. 'es-ES'. */
    locale?: string;
    /** The browser's environment, if not the test's (a fake clock: support/fakeClock.ts). */
    env?: Record<string, string>;
  } = {},
): Promise<Person> {
  const extension = options.extension ?? CHROME_BUILD;
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: true,
    executablePath: chromiumPath,
    args: [
      ...FLAGS,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      // The interface language too, which picks the manifest's words from _locales (Linux reads LANGUAGE).
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    // The environment given (a fake clock), with the interface language on top.
    ...(options.locale || options.env
      ? { env: { ...(options.env ?? process.env), ...(options.locale ? { LANGUAGE: options.locale.replace('-', '_') } : {}) } }
      : {}),
    viewport: { width: options.width ?? 400, height: options.height ?? 900 },
    deviceScaleFactor: options.deviceScaleFactor,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    async openPanel(hash = '') {
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw new Error(`Uncaught error in the panel: ${error.message}`);
      });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${hash}`);
      return page;
    },
    close: () => context.close(),
  };
}

/** Board list -> new board -> opened board. Returns the new board's id. */
export async function createBoard(page: Page, name: string, yourName?: string): Promise<string> {
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByRole('textbox', { name: 'Board name' }).fill(name);
  if (yourName) await page.getByRole('textbox', { name: 'Your name' }).fill(yourName);
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
  const id = /#\/board\/(\w+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no board id in ${page.url()}`);
  return id;
}

/** Waits until everything on screen is in IndexedDB. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-status="saved"]').waitFor();
}

/** Gives this profile a name and points it at a local signaling server, with no STUN/TURN (loopback only). */
export async function useLocalNetwork(page: Page, name: string, signalingUrl: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('textbox', { name: 'Signaling servers' }).fill(signalingUrl);
  await page.getByRole('textbox', { name: 'ICE servers' }).fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
}

/** The Connection status text. */
export const connectionText = (page: Page) => page.getByRole('status', { name: 'Connection' }).innerText();
