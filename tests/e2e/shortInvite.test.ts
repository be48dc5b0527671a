import { describe, expect, it } from 'vitest';
import { parseInvite } from '@/lib/sync/room/invite';
import { encodeJsonInvite } from '@/lib/sync/room/inviteJson';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { inviteCode, join, type Named, withPeople } from '@/tests/e2e/support/people';

/**
 * Issue 18: an invite that fits in a chat line. Sam copies the invitation
 * (a few warm lines with a code of at most 100 characters); Alex pastes the
 * whole chat message, sender's name and all, and joins. Kai holds a code in
 * the first format (base64 JSON, as sent before this version) for the same
 * room, and joins too.
 */
describe.runIf(requireChromium())('a short invite, copied as an invitation (Chromium, WebRTC on loopback)', () => {
  const people = withPeople(['Sam', 'Alex', 'Kai']);
  const title = 'Sam & Alex, our spring sessions together';

  it('joins from a whole pasted chat message, and an old-format code for the same room still joins', async () => {
    const [sam, alex, kai] = people() as [Named, Named, Named];
    await createBoard(sam.page, title);
    await addItem(sam.page, 'Boundaries', 'I need a quiet hour after work.');
    const code = await inviteCode(sam.page);
    expect(code.length).toBeLessThanOrEqual(100);
    expect(code).toMatch(/^CG2-[A-Za-z0-9_-]+$/);

    // `Copy invitation` puts the code, inside a short message, on the clipboard. (Chromium grants
    // no clipboard reading to an extension's page in a test, so what is written is kept aside.)
    await sam.page.evaluate(() => {
      const clipboard = navigator.clipboard;
      clipboard.writeText = (text) => {
        document.body.dataset.copied = text;
        return Promise.resolve();
      };
    });
    await sam.page.locator('section.invite').getByRole('button', { name: 'Copy invitation' }).click();
    await sam.page.getByRole('status').filter({ hasText: 'Copied the invitation' }).waitFor();
    const invitation = (await sam.page.evaluate(() => document.body.dataset.copied)) ?? '';
    expect(invitation).toContain(code);
    expect(invitation).toContain(`“${title}”`);
    expect(invitation).toContain('Join a board');

    // Alex's chat app put Sam's name and the time in front, and wrapped the lines.
    const chatLine = `Sam, 18:02\n${invitation}\nsee you at 6!`;
    await alex.page.getByRole('button', { name: 'Join a board' }).click();
    await alex.page.getByRole('textbox', { name: 'Invite code' }).fill(chatLine);
    // The code carries the title's beginning; the whole title arrives with the board.
    await expect.poll(() => alex.page.locator('#join-preview').textContent()).toContain('You are joining “Sam & Alex, our…” as partner');
    await alex.page.getByRole('button', { name: 'Join', exact: true }).click();
    await alex.page.getByRole('heading', { name: title, exact: true }).waitFor({ timeout: 30_000 });
    await expect.poll(() => sectionTexts(alex.page, 'Boundaries'), { timeout: 20_000 }).toEqual(['I need a quiet hour after work.']);

    // The same room in the first format: what a code sent before this version looks like.
    const invite = parseInvite(code);
    if (!invite.ok) expect.fail(invite.error);
    const oldCode = encodeJsonInvite({ ...invite.value, boardKey: undefined, title });
    expect(oldCode).toMatch(/^CG1-/);
    await join(kai.page, `Alex: here it is → ${oldCode} see you at 6`, title);
    await expect.poll(() => sectionTexts(kai.page, 'Boundaries'), { timeout: 30_000 }).toEqual(['I need a quiet hour after work.']);
    await addItem(kai.page, 'Celebrations', 'We made it to spring.');
    await expect.poll(() => sectionTexts(sam.page, 'Celebrations'), { timeout: 20_000 }).toEqual(['We made it to spring.']);
  });
});
