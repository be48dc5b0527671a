import { describe, expect, it } from 'vitest';
import { encodeInvite, parseInvite } from '@/lib/sync/room/invite';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { inviteCode, join, savedBoardCount, type Named, withPeople } from '@/tests/e2e/support/people';

/**
 * The invite names its maker's key, and `Reset invite` leaves a former
 * member behind: Sam, Alex and Kai share a board; Sam resets the invite and
 * sends the new code to Alex only. Kai's code (and Kai's open board) reach
 * nobody from then on.
 */
describe.runIf(requireChromium())('who the board comes from, and leaving someone behind (Chromium, WebRTC on loopback)', () => {
  const people = withPeople(['Sam', 'Alex', 'Kai']);

  it('confirms the inviter, warns about a code naming another key, and a reset invite moves only those sent the new code', async () => {
    const [sam, alex, kai] = people() as [Named, Named, Named];
    await createBoard(sam.page, 'Just us now');
    await addItem(sam.page, 'Boundaries', 'We keep our plans between us.');
    const code = await inviteCode(sam.page);
    const invite = parseInvite(code);
    if (!invite.ok) expect.fail(invite.error);
    expect(invite.value.inviter).toMatch(/^k[0-9a-f]{32}$/);

    await join(alex.page, code, 'Just us now');
    // A code whose fingerprint is not the board's maker (a code passed on and altered): Kai still
    // gets in (the room and secret are right), but is told the board is not signed by that key.
    await join(kai.page, encodeInvite({ ...invite.value, inviter: `k${'0'.repeat(32)}` }), 'Just us now');
    await expect.poll(() => connectionText(sam.page), { timeout: 30_000 }).toBe('Connected with Alex and Kai');
    const peopleText = (page: Named['page']) => page.locator('ul.people').innerText();
    await expect.poll(() => peopleText(alex.page), { timeout: 20_000 }).toContain('invited you · confirmed by their key');
    await expect.poll(() => kai.page.locator('.trust-notice').textContent()).toContain('We could not confirm that this board comes from');
    expect(await alex.page.locator('.trust-notice').count()).toBe(0);
    expect(await peopleText(kai.page)).not.toContain('invited you');

    // Sam resets the invite.
    const panel = sam.page.locator('section.invite');
    await panel.getByText('If a code reached the wrong person').click();
    await panel.getByRole('button', { name: 'Reset invite' }).click();
    await sam.page.getByRole('dialog').getByRole('button', { name: 'Reset invite' }).click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Invite code' }).inputValue()).not.toBe(code);
    const fresh = await panel.getByRole('textbox', { name: 'Invite code' }).inputValue();
    const moved = parseInvite(fresh);
    if (!moved.ok) expect.fail(moved.error);
    expect(moved.value.room).not.toBe(invite.value.room);
    expect(moved.value.boardKey).toMatch(/^[0-9a-f]{16}$/);
    expect(moved.value.boardKey).toBe(invite.value.boardKey);
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Waiting for others to join');
    // Alex and Kai are still in the old room together, until Alex moves.
    await expect.poll(() => connectionText(kai.page), { timeout: 20_000 }).toBe('Connected with Alex');

    // Alex pastes the new code: the board Alex has moves to the new room (no second copy).
    await alex.page.getByRole('button', { name: 'All boards' }).click();
    await join(alex.page, fresh, 'Just us now');
    await expect.poll(() => connectionText(alex.page), { timeout: 30_000 }).toBe('Connected with Sam');
    await expect.poll(() => connectionText(sam.page)).toBe('Connected with Alex');
    await addItem(sam.page, 'Expectations', 'From now on this is only for the two of us.');
    await expect.poll(() => sectionTexts(alex.page, 'Expectations')).toEqual(['From now on this is only for the two of us.']);
    await alex.page.getByRole('button', { name: 'All boards' }).click();
    expect(await savedBoardCount(alex.page)).toBe(1);

    // Kai, with the old code, is in a room nobody else is in any more, and received nothing new.
    await expect.poll(() => connectionText(kai.page), { timeout: 20_000 }).toBe('Waiting for others to join');
    expect(await sectionTexts(kai.page, 'Expectations')).toEqual([]);
    expect(await sectionTexts(kai.page, 'Boundaries')).toEqual(['We keep our plans between us.']);
  });
});
