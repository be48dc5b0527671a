import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { boardBar, inviteCode, join, reopenBoard, type Named, withPeople } from '@/tests/e2e/support/people';
import { bigBoard, replaceStoredState } from '@/tests/e2e/support/seed';

const itemCount = (person: Named) => person.page.locator('textarea.item-text').count();

describe.runIf(requireChromium())('a large board reaches a new peer whole (Chromium, WebRTC on loopback)', () => {
  const people = withPeople(['Sam', 'Alex']);

  it('5,000 items (about 1.3 MB, far above the ~256 KiB data-channel message limit)', async () => {
    const [sam, alex] = people() as [Named, Named];
    const boardId = await createBoard(sam.page, 'Big board');
    await boardBar(sam.page).getByRole('button', { name: 'All boards' }).click();
    const state = Y.encodeStateAsUpdate(bigBoard(5000, 'Big board'));
    expect(state.byteLength).toBeGreaterThan(1_000_000);
    await replaceStoredState(sam.page, boardId, state);
    await sam.page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Big board' }).click();
    await expect.poll(() => itemCount(sam), { timeout: 30_000 }).toBe(5000);

    const code = await inviteCode(sam.page);
    await join(alex.page, code, 'Big board');
    await expect.poll(() => connectionText(alex.page), { timeout: 30_000 }).toBe('Connected with Sam');
    await expect.poll(() => itemCount(alex), { timeout: 60_000 }).toBe(5000);
    const texts = await alex.page.locator('textarea.item-text').evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
    expect(new Set(texts.map((text) => Number(/^Item (\d+): /.exec(text)?.[1])))).toEqual(
      new Set(Array.from({ length: 5000 }, (_, i) => i)),
    );

    // And it is saved on Alex's device: it opens again whole.
    await reopenBoard(alex.page, 'Big board');
    await expect.poll(() => itemCount(alex), { timeout: 30_000 }).toBe(5000);
  });
});
