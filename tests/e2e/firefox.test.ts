import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve('.output/firefox-mv3');
const GECKO_ID = 'common-ground@common-ground.app';
// Fixing the extension's internal UUID makes its page URL known in advance.
const UUID = '6b1f3f8e-2c4d-4a59-9d7e-0c8a1e2b3c4d';

function requireFirefox(): boolean {
  if (existsSync(FIREFOX) && existsSync(join(BUILD, 'manifest.json'))) return true;
  const why = existsSync(FIREFOX) ? `no build at ${BUILD} (run npm run build)` : `Firefox is not installed (apt-get install -y firefox-esr)`;
  if (process.env.CI) throw new Error(`Firefox test cannot run: ${why}`);
  console.warn(`\n!!! SKIPPING FIREFOX TEST: ${why} !!!\n`);
  return false;
}

describe.runIf(requireFirefox())('the Firefox build (firefox-esr, WebDriver BiDi)', () => {
  const profile = mkdtempSync(join(tmpdir(), 'cg-firefox-'));
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('installs, and its sidebar page renders a board that can be edited', async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // Keep the test off the network entirely.
        'network.dns.disableIPv6': true,
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    await browser.installExtension(BUILD);
    const page = await browser.newPage();
    // Firefox reports no navigation events for moz-extension:// pages: wait for content instead.
    void page.goto(`moz-extension://${UUID}/sidepanel.html`).catch(() => undefined);
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
  });
});
