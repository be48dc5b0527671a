import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALM_WORDS } from '@/lib/sync/direct/calmWords';
import { fromBase64Url, toBase64Url } from '@/lib/util/base64';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { connectionText, createBoard, launchPerson, requireChromium, useLocalNetwork } from '@/tests/e2e/support/chromium';
import { boardBar, closePeople, join, savedBoardCount, type Named } from '@/tests/e2e/support/people';
import { screenshotPath } from '@/tests/e2e/support/screenshots';

/** Conditions to wait for on a busy 2-core machine (a condition, never a fixed sleep). */
const WAIT = { timeout: 20_000 };

/** Nothing listens here: there is no signaling server anywhere in this test. */
const NO_SERVER = 'ws://127.0.0.1:9';

async function pairingCode(page: Page): Promise<string> {
  const panel = page.locator('section.pairing');
  if ((await panel.count()) === 0) await page.getByRole('button', { name: 'Pair without a server' }).click();
  const box = panel.getByRole('textbox', { name: 'Pairing code' });
  await expect.poll(() => box.inputValue(), { timeout: 20_000 }).toMatch(/^CGP1-/);
  return box.inputValue();
}

async function replyCode(page: Page): Promise<string> {
  const box = page.locator('section.pairing').getByRole('textbox', { name: 'Reply code' });
  await expect.poll(() => box.inputValue(), { timeout: 20_000 }).toMatch(/^CGR1-/);
  return box.inputValue();
}

/** Sam pastes Alex's reply; both see the same confirmation words. */
async function pasteReply(sam: Page, alex: Page, reply: string): Promise<string> {
  const panel = sam.locator('section.pairing');
  await panel.getByRole('textbox', { name: 'Reply code' }).fill(reply);
  await panel.getByRole('button', { name: 'Connect' }).click();
  const words = (page: Page) => page.locator('section.pairing .confirm-words strong').textContent({ timeout: 30_000 });
  const [mine, theirs] = await Promise.all([words(sam), words(alex)]);
  expect(mine).toMatch(/^[a-z]+ [a-z]+ [a-z]+ [a-z]+$/);
  expect(theirs).toBe(mine);
  // The panel's words are the build's front-coded list (scripts/frontCodedCalmWords.ts): each must be one of calmWords.ts's.
  expect(mine!.split(' ').filter((word) => !CALM_WORDS.includes(word))).toEqual([]);
  return mine!;
}

describe.runIf(requireChromium())('pairing with no server at all (two Chromium profiles, WebRTC on loopback)', () => {
  let sam: Named;
  let alex: Named;
  beforeAll(async () => {
    [sam, alex] = (await Promise.all(
      ['Sam', 'Alex'].map(async (name) => {
        const person = await launchPerson();
        const page = await person.openPanel();
        await useLocalNetwork(page, name, NO_SERVER);
        return { ...person, name, page };
      }),
    )) as [Named, Named];
  });
  afterAll(() => closePeople([sam, alex]));

  it('pairs by two pastes, edits both ways, re-pairs after time apart and merges, and refuses used or tampered codes', async () => {
    await createBoard(sam.page, 'Just the two of us');
    await addItem(sam.page, 'Boundaries', 'I need a quiet hour after work.');
    const code = await pairingCode(sam.page);
    console.log(`pairing code ${code.length} characters`);

    // A code changed on the way is refused, with nothing joined.
    const bytes = fromBase64Url(code.slice(5))!;
    bytes[10]! ^= 0x01;
    await alex.page.getByRole('button', { name: 'Join a board' }).click();
    await alex.page.getByRole('textbox', { name: 'Invite code' }).fill(`CGP1-${toBase64Url(bytes)}`);
    await alex.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => alex.page.getByRole('alert').textContent(), WAIT).toContain('changed or damaged on the way');
    await alex.page.getByRole('button', { name: 'Cancel' }).click();

    await join(alex.page, code, 'Just the two of us');
    const reply = await replyCode(alex.page);
    console.log(`reply code ${reply.length} characters`);
    await pasteReply(sam.page, alex.page, reply);
    expect(await seriousViolations(sam.page)).toEqual([]);
    expect(await seriousViolations(alex.page)).toEqual([]);
    const picture = screenshotPath('pairing.png');
    if (picture) await alex.page.locator('section.pairing').screenshot({ path: picture });
    await expect.poll(() => connectionText(sam.page), WAIT).toBe('Connected with Alex');
    await expect.poll(() => connectionText(alex.page), WAIT).toBe('Connected with Sam');
    await expect.poll(() => sectionTexts(alex.page, 'Boundaries'), WAIT).toEqual(['I need a quiet hour after work.']);
    await expect.poll(() => alex.page.locator('ul.people').innerText(), WAIT).toContain('invited you · confirmed by their key');

    // Live both ways, over the direct connection.
    await addItem(alex.page, 'Expectations', 'We plan our weekends together on Thursdays.');
    await expect.poll(() => sectionTexts(sam.page, 'Expectations'), WAIT).toEqual(['We plan our weekends together on Thursdays.']);
    await addItem(sam.page, 'Celebrations', 'We paired with no server at all.');
    await expect.poll(() => sectionTexts(alex.page, 'Celebrations'), WAIT).toEqual(['We paired with no server at all.']);

    // Presence, typing together and undo isolation work over it as over y-webrtc.
    const alexBox = alex.page.getByRole('region', { name: 'Expectations' }).getByRole('textbox').first();
    const samBox = sam.page.getByRole('region', { name: 'Expectations' }).getByRole('textbox').first();
    await alexBox.click();
    await sam.page.getByText('Alex editing').waitFor({ timeout: 20_000 });
    await alexBox.press('Control+End');
    await alexBox.pressSequentially(' Or Fridays.');
    await samBox.click();
    await samBox.press('Control+Home');
    await samBox.pressSequentially('Usually, ');
    const together = 'Usually, We plan our weekends together on Thursdays. Or Fridays.';
    await expect.poll(() => alexBox.inputValue(), WAIT).toBe(together);
    await sam.page.getByRole('button', { name: 'Undo' }).click();
    const afterUndo = 'We plan our weekends together on Thursdays. Or Fridays.';
    await expect.poll(() => samBox.inputValue(), WAIT).toBe(afterUndo);
    await expect.poll(() => alexBox.inputValue(), WAIT).toBe(afterUndo);

    // Apart: Alex closes the board; both edit on their own.
    await boardBar(alex.page).getByRole('button', { name: 'All boards' }).click();
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toContain('The direct connection closed');
    await addItem(sam.page, 'Support', 'Sam, while apart.');
    expect(await sectionTexts(sam.page, 'Support')).toEqual(['Sam, while apart.']);
    await alex.page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Just the two of us', exact: true }).click();
    await addItem(alex.page, 'Support', 'Alex, while apart.');

    // The first code was used: pasting it again is refused.
    await boardBar(alex.page).getByRole('button', { name: 'All boards' }).click();
    await alex.page.getByRole('button', { name: 'Join a board' }).click();
    await alex.page.getByRole('textbox', { name: 'Invite code' }).fill(code);
    await alex.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => alex.page.getByRole('alert').textContent(), WAIT).toContain('already used');
    await alex.page.getByRole('button', { name: 'Cancel' }).click();

    // Pair again: the same board on both sides (no second copy), and everything merges.
    await sam.page.locator('section.pairing').getByRole('button', { name: 'Close' }).click();
    const second = await pairingCode(sam.page);
    expect(second).not.toBe(code);
    await join(alex.page, second, 'Just the two of us');
    await pasteReply(sam.page, alex.page, await replyCode(alex.page));
    const merged = ['Sam, while apart.', 'Alex, while apart.'].sort();
    await expect.poll(async () => (await sectionTexts(sam.page, 'Support')).sort(), WAIT).toEqual(merged);
    await expect.poll(async () => (await sectionTexts(alex.page, 'Support')).sort(), WAIT).toEqual(merged);
    await boardBar(alex.page).getByRole('button', { name: 'All boards' }).click();
    expect(await savedBoardCount(alex.page)).toBe(1);
  });
});
