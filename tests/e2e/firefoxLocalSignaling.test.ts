import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firefoxSettings, launchFirefox, requireFirefox, type FirefoxPerson } from '@/tests/e2e/support/firefox';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

const WAIT = { timeout: 30_000 };

/** The `subscribe` messages the server received that name at least one room. */
function roomSubscriptions(capture: string): string[][] {
  if (!existsSync(capture)) return [];
  return readFileSync(capture, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type?: string; topics?: string[] })
    .filter((message) => message.type === 'subscribe' && (message.topics?.length ?? 0) > 0)
    .map((message) => message.topics!);
}

/**
 * Firefox gives MV3 extension pages `upgrade-insecure-requests` by default,
 * which turned the panel's `ws://127.0.0.1:…` into `wss://` and never reached
 * `npm run signaling`'s server ("Cannot reach the signaling server"). The
 * Firefox build declares its own policy without it (wxt.config.ts); this is
 * that build in Firefox ESR, against that server on loopback.
 */
describe.runIf(requireFirefox())('Firefox reaches a local ws:// signaling server (Firefox ESR)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-ff-signaling-'));
  const capture = join(dir, 'received.log');
  let signaling: Signaling | undefined;
  let kai: FirefoxPerson | undefined;
  afterAll(async () => {
    await kai?.close();
    await signaling?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an invited board says it is waiting for others, and the server sees the room subscribed over plain ws://', async () => {
    signaling = await startSignaling(0, capture);
    expect(signaling.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    kai = await launchFirefox();
    const { page } = kai;

    await firefoxSettings(page, 'Kai', signaling.url);

    await page.locator('::-p-aria(New board[role="button"])').click();
    await page.locator('::-p-aria(Board name[role="textbox"])').fill('On this computer');
    await page.locator('::-p-aria(Create board[role="button"])').click();
    await page.locator('::-p-aria(On this computer[role="heading"])').wait();
    await page.locator('::-p-aria(Invite[role="button"])').click();

    // Before the fix this read "Cannot reach the signaling server — retrying. …" within 2 s.
    const connection = () => page.$eval('[role="status"][aria-label="Connection"]', (status) => status.textContent?.trim() ?? '');
    await expect.poll(connection, WAIT).toBe('Waiting for others to join');
    await expect.poll(() => roomSubscriptions(capture).length, WAIT).toBeGreaterThan(0);
  });
});
