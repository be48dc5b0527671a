import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium, waitSaved } from '@/tests/e2e/support/chromium';
import { downloadText } from '@/tests/e2e/support/download';
import { withHostilePeer } from '@/tests/e2e/support/hostilePeer';
import { boardBar, inviteCode, reopenBoard, type Named } from '@/tests/e2e/support/people';
import { rawRows } from '@/tests/e2e/support/seed';

/** The board as this profile stored it: every row of the update log merged into one doc. */
async function storedDoc(page: Page): Promise<{ doc: Y.Doc; bytes: number }> {
  const doc = new Y.Doc();
  let bytes = 0;
  for (const row of (await rawRows(page, 'updates')) as { update: string }[]) {
    const update = Buffer.from(row.update, 'base64');
    bytes += update.byteLength;
    Y.applyUpdate(doc, update);
  }
  return { doc, bytes };
}

/**
 * Issue 13, end to end: a Node peer with the invite code sends the raw
 * updates that froze, bloated and poisoned a panel before the receive gate
 * (lib/sync/receive/gate.ts). Sam's panel counts them, keeps working, stores none of
 * it, and a backup Sam exports afterwards imports cleanly on a second
 * profile (before, pending data made it "damaged").
 */
describe.runIf(requireChromium())('raw attacks on the receive path (Node peer, Chromium, WebRTC on loopback)', () => {
  const setup = withHostilePeer(['Sam', 'Alex']);
  it('the 10-byte freeze, top-level bloat and pending-data poisoning: counted, never stored, and the backup imports', async () => {
    const [sam, alex] = setup.people() as [Named, Named];
    await createBoard(sam.page, 'Kept safe');
    await addItem(sam.page, 'Boundaries', 'I need a quiet hour after work.');
    const mallory = await setup.mallory(await inviteCode(sam.page), 3);
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Connected with 1 unconfirmed visitor');

    expect(await mallory.ask('wire freeze', 'wired ')).toBe('2');
    expect(await mallory.ask('wire bloat', 'wired ')).toBe('1');
    expect(await mallory.ask('wire pending', 'wired ')).toBe('2');
    const notice = sam.page.locator('.peer-notice');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('Some changes sent from another device could not be read');
    expect(await notice.textContent()).toContain('(they came from a device that is not confirmed)');
    expect(await notice.textContent()).toContain('Nothing of this board was lost');

    // Still usable: a new edit goes in and is saved.
    await addItem(sam.page, 'Celebrations', 'We kept our Sunday walk.');
    await waitSaved(sam.page);
    const { doc, bytes } = await storedDoc(sam.page);
    expect([...doc.share.keys()]).not.toContain('junk');
    expect([doc.store.pendingStructs, doc.store.pendingDs]).toEqual([null, null]);
    // 300,000 entries of bloat were ~3.5 MB; the board is a few KB.
    expect(bytes).toBeLessThan(100_000);

    // A backup exported now imports cleanly on another profile, as a new board with Sam's words.
    await sam.page.getByRole('button', { name: 'Export', exact: true }).click();
    const backup = await downloadText(sam.page, 'JSON backup');
    const state = Y.decodeUpdate(Buffer.from((JSON.parse(backup) as { state: string }).state, 'base64'));
    expect(state.structs.length).toBeGreaterThan(0);
    await createBoard(alex.page, 'Alex’s own');
    await boardBar(alex.page).getByRole('button', { name: 'All boards' }).click();
    await alex.page
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await alex.page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Kept safe', exact: true }).click();
    await expect.poll(() => sectionTexts(alex.page, 'Boundaries')).toEqual(['I need a quiet hour after work.']);
    expect(await sectionTexts(alex.page, 'Celebrations')).toEqual(['We kept our Sunday walk.']);

    // And Sam's board opens again as it was.
    await mallory.quit();
    await reopenBoard(sam.page, 'Kept safe');
    await expect.poll(() => sectionTexts(sam.page, 'Celebrations')).toEqual(['We kept our Sunday walk.']);
  });
});
