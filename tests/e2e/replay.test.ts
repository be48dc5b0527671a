import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addItem } from '@/tests/e2e/support/board';
import { createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { withHostilePeer } from '@/tests/e2e/support/hostilePeer';
import { inviteCode, join, type Named } from '@/tests/e2e/support/people';

const boundaries = (page: Page) => page.getByRole('region', { name: 'Boundaries' }).getByRole('listitem');
const statusOf = (page: Page, index: number) => boundaries(page).nth(index).getByRole('status').innerText();

/**
 * Consent replay (issue 13): a peer with the invite code keeps a copy of
 * Sam's signed agreement and writes it back after Sam withdraws. The
 * signature still verifies, but it is older than Sam's withdrawal, which
 * both devices saw: neither counts it, and Sam's own panel writes the
 * withdrawal back, so the board ends on it again.
 */
describe.runIf(requireChromium())('an old agreement written back (two Chromium profiles and a Node peer)', () => {
  const setup = withHostilePeer(['Sam', 'Alex']);
  it('does not count again after a withdrawal, on either device', async () => {
    const [sam, alex] = setup.people() as [Named, Named];
    await createBoard(sam.page, 'Our agreements');
    await addItem(sam.page, 'Boundaries', 'I need a quiet hour after work.');
    await addItem(sam.page, 'Boundaries', 'We keep Friday evenings for us.');
    const code = await inviteCode(sam.page);
    await join(alex.page, code, 'Our agreements');
    // Synced, and both people's entries checked (the connection's own wording is another test's concern).
    await expect.poll(() => statusOf(alex.page, 0), { timeout: 30_000 }).toBe('Waiting for Sam · Waiting for Alex');
    const mallory = await setup.mallory(code, 13);

    // Both agree; the peer keeps a copy of both signed agreements.
    for (const person of [sam, alex]) await boundaries(person.page).first().getByRole('button', { name: 'Agree', exact: true }).click();
    for (const person of [sam, alex]) await expect.poll(() => statusOf(person.page, 0)).toBe('Agreed by everyone');
    await expect.poll(() => mallory.ask('replay record', 'replay '), { timeout: 30_000 }).toBe('2');

    // Sam withdraws; both devices (and the peer) see it.
    await boundaries(sam.page).first().getByRole('button', { name: 'Withdraw agreement' }).click();
    for (const person of [sam, alex]) await expect.poll(() => statusOf(person.page, 0)).toBe('Waiting for Sam');
    await expect.poll(() => mallory.ask('replay withdrawn', 'replay '), { timeout: 30_000 }).toBe('1');

    // The peer writes Sam's old agreement back, with a forged one on the second item as a marker:
    // once a panel names the forgery, it has checked the change that carried the old agreement too.
    expect(await mallory.ask('replay write-back', 'replay ')).toBe('1');
    for (const person of [sam, alex]) {
      await expect.poll(() => statusOf(person.page, 1), { timeout: 30_000 }).toContain('could not be verified, so it does not count');
      expect(await statusOf(person.page, 0)).not.toContain('Agreed by everyone');
    }
    // Sam is still offered his own agreement, never shown as having given it.
    await expect(
      boundaries(sam.page)
        .first()
        .getByRole('button', { name: /^Agree( again)?$/ })
        .count(),
    ).resolves.toBe(1);
    await expect(boundaries(sam.page).first().getByRole('button', { name: 'Withdraw agreement' }).count()).resolves.toBe(0);
    // Sam's panel answers with the withdrawal as Sam signed it: the board, the peer's copy included, ends on it.
    await expect.poll(() => mallory.ask('replay withdrawn', 'replay '), { timeout: 30_000 }).toBe('1');
    for (const person of [sam, alex]) await expect.poll(() => statusOf(person.page, 0)).toBe('Waiting for Sam');

    // Sam agrees again: a new statement past both, which counts.
    await boundaries(sam.page).first().getByRole('button', { name: 'Agree', exact: true }).click();
    for (const person of [sam, alex]) await expect.poll(() => statusOf(person.page, 0)).toBe('Agreed by everyone');
  });
});
