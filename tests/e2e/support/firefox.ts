import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const BUILD = resolve('.output/firefox-mv3');
export const GECKO_ID = 'common-ground@common-ground.app';
// Fixing the extension's internal UUID makes its page URL known in advance.
const UUID = '6b1f3f8e-2c4d-4a59-9d7e-0c8a1e2b3c4d';

/** Keep the test off the network entirely. */
export const QUIET_PREFS = {
  'network.dns.disableIPv6': true,
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

/** Headless Firefox ESR on `profile`, quiet (no updates, telemetry or IPv6), with `prefs` besides. */
export const launchFirefoxBrowser = (profile: string, prefs: Record<string, unknown> = {}) =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...QUIET_PREFS, ...prefs },
  });

/** Loud skip locally, failure under CI, as for Chromium. */
export function requireFirefox(): boolean {
  if (existsSync(FIREFOX) && existsSync(join(BUILD, 'manifest.json'))) return true;
  const why = existsSync(FIREFOX)
    ? `no build at ${BUILD} (run npm run build)`
    : `Firefox is not installed (apt-get install -y firefox-esr)`;
  if (process.env.CI) throw new Error(`Firefox test cannot run: ${why}`);
  console.warn(`\n!!! SKIPPING FIREFOX TEST: ${why} !!!\n`);
  return false;
}

export interface FirefoxPerson {
  browser: Browser;
  page: Page;
  /** The add-on id Firefox installed it as (the manifest's gecko id). */
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Firefox ESR with the built extension (or `extension`: another build's
 * folder, or a zip), a fresh profile, and its sidebar page open in a tab.
 */
export async function launchFirefox(extension = BUILD): Promise<FirefoxPerson> {
  const profile = mkdtempSync(join(tmpdir(), 'cg-firefox-'));
  const browser = await launchFirefoxBrowser(profile, {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    // WebRTC on loopback only (the test runs in a namespace with nothing else):
    // loopback candidates, plain addresses instead of mDNS names nobody could resolve.
    'media.peerconnection.ice.loopback': true,
    'media.peerconnection.ice.obfuscate_host_addresses': false,
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extension);
  } catch (error) {
    // A refused install (a bad manifest, a broken zip) is the test's failure; the browser goes with it.
    await close();
    throw error;
  }
  const page = await browser.newPage();
  // Firefox reports no navigation events for moz-extension:// pages: wait for content instead.
  void page.goto(`moz-extension://${UUID}/sidepanel.html`).catch(() => undefined);
  return { browser, page, extensionId, close };
}

/**
 * The Firefox sidebar's Settings as a test needs them: a name, no STUN
 * (loopback only: nothing leaves the machine), and the local signaling
 * server when given. Back on the board list once saved.
 */
export async function firefoxSettings(page: Page, name: string, signalingUrl?: string): Promise<void> {
  await page.locator('::-p-aria(Settings[role="button"])').click();
  await page.locator('::-p-aria(Your name[role="textbox"])').fill(name);
  if (signalingUrl) await page.locator('::-p-aria(Signaling servers[role="textbox"])').fill(signalingUrl);
  await page.locator('::-p-aria(ICE servers[role="textbox"])').fill('');
  await page.locator('::-p-aria(Save settings[role="button"])').click();
  await page.waitForFunction(
    () => [...document.querySelectorAll('[role="status"]')].some((status) => status.textContent?.startsWith('Saved.')),
    { timeout: 30_000 },
  );
  await page.locator('::-p-aria(Back[role="button"])').click();
}
