import { afterAll, describe, expect, it } from 'vitest';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import {
  connectionText,
  createBoard,
  launchPerson,
  removeProfile,
  requireChromium,
  useLocalNetwork,
  type Person,
} from '@/tests/e2e/support/chromium';
import { firefoxSettings, launchFirefox, requireFirefox, type FirefoxPerson } from '@/tests/e2e/support/firefox';

const WAIT = { timeout: 30_000 };

/**
 * The pairing codes are rebuilt into SDP on the other side: this checks that
 * Firefox reads what Chromium's codes become and the other way round. Sam
 * (Chromium) pairs with Kai (Firefox ESR), no server anywhere.
 */
describe.runIf(requireChromium() && requireFirefox())('pairing across browsers: Chromium and Firefox, no server', () => {
  let sam: Person | undefined;
  let kai: FirefoxPerson | undefined;
  afterAll(async () => {
    await Promise.all([sam?.close(), kai?.close()]);
    if (sam) removeProfile(sam.profileDir);
  });

  it('a Firefox sidebar joins a Chromium board by pairing code, and edits flow both ways', async () => {
    sam = await launchPerson();
    const samPage = await sam.openPanel();
    await useLocalNetwork(samPage, 'Sam', 'ws://127.0.0.1:9');
    await createBoard(samPage, 'Across browsers');
    await addItem(samPage, 'Boundaries', 'We keep screens out of the bedroom.');
    await samPage.getByRole('button', { name: 'Pair without a server' }).click();
    const codeBox = samPage.locator('section.pairing').getByRole('textbox', { name: 'Pairing code' });
    await expect.poll(() => codeBox.inputValue(), WAIT).toMatch(/^CGP1-/);
    const code = await codeBox.inputValue();

    kai = await launchFirefox();
    const page = kai.page;
    // No STUN: loopback only.
    await firefoxSettings(page, 'Kai');
    await page.locator('::-p-aria(Join a board[role="button"])').click();
    await page.locator('::-p-aria(Invite code[role="textbox"])').fill(code);
    await page.locator('::-p-aria(Join[role="button"])').click();
    const reply = await page.waitForFunction(
      () => {
        const box = document.querySelector<HTMLTextAreaElement>('section.pairing textarea.invite-code');
        return box?.value.startsWith('CGR1-') ? box.value : null;
      },
      { timeout: 30_000 },
    );
    const replyCode = (await reply.jsonValue()) as string;

    const panel = samPage.locator('section.pairing');
    await panel.getByRole('textbox', { name: 'Reply code' }).fill(replyCode);
    await panel.getByRole('button', { name: 'Connect' }).click();
    const samWords = await panel.locator('.confirm-words strong').textContent(WAIT);
    const kaiWords = await page.waitForFunction(() => document.querySelector('.confirm-words strong')?.textContent ?? null, {
      timeout: 30_000,
    });
    expect(await kaiWords.jsonValue()).toBe(samWords);
    await expect.poll(() => connectionText(samPage), WAIT).toBe('Connected with Kai');

    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLTextAreaElement>('textarea[aria-label="Boundary"]')].some(
          (box) => box.value === 'We keep screens out of the bedroom.',
        ),
      { timeout: 30_000 },
    );
    await page.locator('::-p-aria(Add celebration[role="button"])').click();
    await page.keyboard.type('Our first evening without phones.');
    await expect.poll(() => sectionTexts(samPage, 'Celebrations'), WAIT).toEqual(['Our first evening without phones.']);
  });
});
