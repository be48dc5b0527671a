import { describe, expect, it } from 'vitest';
import { addItem } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { withHostilePeer } from '@/tests/e2e/support/hostilePeer';
import { inviteCode, reopenBoard, type Named } from '@/tests/e2e/support/people';

/**
 * A peer with the invite code sends everything it should not (see hostile()
 * in support/nodePeer.ts). The panel stays responsive, keeps and shows the
 * valid data, renders nothing as HTML, and says calmly that some changes
 * could not be read.
 */
describe.runIf(requireChromium())('a hostile peer with the invite code (Node peer, Chromium, WebRTC on loopback)', () => {
  const setup = withHostilePeer(['Sam']);
  it('malformed, oversized, wrongly typed, markup, huge and flooding changes', async () => {
    const [sam] = setup.people() as [Named];
    await createBoard(sam.page, 'Under attack');
    await addItem(sam.page, 'Boundaries', 'I need us to keep this between us.');
    const mallory = await setup.mallory(await inviteCode(sam.page), 9);
    // Mallory's device proves no presence: a visitor, never a person on the board.
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Connected with 1 unconfirmed visitor');

    const cases = Number(await mallory.ask('hostile', 'attacked '));
    expect(cases).toBeGreaterThanOrEqual(20);
    // CSS locators from here on: Playwright's role engine crawls a 10,000-item page for tens of seconds.
    const texts = (section: string) =>
      sam.page.locator(`section.${section} textarea.item-text`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
    await expect
      .poll(() => sam.page.locator('.peer-notice').textContent(), { timeout: 60_000 })
      .toContain('Some changes sent from another device could not be read');

    // The flood arrives and renders (in steps), the one past the board's limit does not; the valid data is
    // intact, the junk is not shown, and a 20,000-character text is cut back to 4,000.
    await expect.poll(() => sam.page.locator('textarea.item-text').count(), { timeout: 90_000 }).toBe(5_000 + 1 + 3 + 1);
    expect(await texts('support')).toEqual(['x'.repeat(4_000)]);
    expect(await texts('boundary')).toEqual(['I need us to keep this between us.']);
    const markup = await texts('expectation');
    expect(markup).toContain('<script>document.title="pwned"</script>');
    expect(markup).toContain('<img src=x onerror="document.title=\'pwned\'">');
    // Shown as text, never as HTML: no element was made from it, no script ran.
    expect(
      await sam.page.evaluate(() => [document.title, document.querySelectorAll('img[src="x"], main script, b[onmouseover]').length]),
    ).toEqual(['Common Ground', 0]);
    expect(await sam.page.locator('ul.people').innerText()).toContain('<b onmouseover');

    // Agreements and role votes forged in everyone's name count for nothing:
    // Sam is still a partner who has not agreed, and the forgery is named as such.
    const samsItem = sam.page.locator('section.boundary li').first();
    await expect
      .poll(() => samsItem.locator('.consent-status').textContent(), { timeout: 30_000 })
      .toContain('could not be verified, so it does not count');
    expect(await samsItem.locator('.consent-status').textContent()).not.toContain('Agreed by everyone');
    expect(await samsItem.locator('button', { hasText: /^Agree$/ }).count()).toBe(1);
    await expect
      .poll(() => sam.page.locator('ul.people li.person', { hasText: 'Sam (you)' }).locator('.person-role').textContent())
      .toBe('Partner');

    // Still responsive and usable: a new edit goes in, and the board opens again after a reload.
    const started = Date.now();
    await sam.page.evaluate(() => 1);
    expect(Date.now() - started).toBeLessThan(5_000);
    await sam.page.locator('section.boundary button.add').click();
    await sam.page.keyboard.type('Still here.');
    await expect.poll(() => texts('boundary')).toEqual(['I need us to keep this between us.', 'Still here.']);
    await mallory.quit();
    await reopenBoard(sam.page, 'Untitled board');
    await expect.poll(() => texts('boundary'), { timeout: 60_000 }).toEqual(['I need us to keep this between us.', 'Still here.']);
    console.log(`hostile peer: ${cases} cases tried; the panel kept the valid data and rendered none of it as HTML`);
  });
});
