import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as join_ } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInvite, encodeInvite } from '@/lib/sync/room/invite';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { inviteCode, join, peopleOnBoard, type Named, withPeople } from '@/tests/e2e/support/people';

describe.runIf(requireChromium())('three people, and someone without the right secret (Chromium, WebRTC on loopback)', () => {
  const capture = join_(tmpdir(), `signaling-${process.pid}-${Date.now()}.log`);
  const people = withPeople(['Sam', 'Alex', 'Kai'], { capture });
  afterAll(() => rmSync(capture, { force: true }));

  it('a peer with a tampered secret receives nothing, while the invited one does', async () => {
    const [sam, alex, kai] = people() as [Named, Named, Named];
    await createBoard(sam.page, 'Private to us');
    await addItem(sam.page, 'Boundaries', 'What we say in session stays between us.');
    const code = await inviteCode(sam.page);
    const invite = parseInvite(code);
    if (!invite.ok) expect.fail(invite.error);
    // One character changed in the middle: the last one carries padding bits, and changing those may leave the same bytes.
    const { secret } = invite.value;
    const wrongSecret = `${secret.slice(0, 8)}${secret[8] === 'A' ? 'B' : 'A'}${secret.slice(9)}`;
    const kaiCode = encodeInvite({ ...invite.value, secret: wrongSecret });
    // The secret no longer derives the room, so the short code spells the room out and has less room for the title.
    const kaiTitle = parseInvite(kaiCode);
    if (!kaiTitle.ok) expect.fail(kaiTitle.error);
    expect(kaiTitle.value.title).toMatch(/^Private/);
    await join(kai.page, kaiCode, kaiTitle.value.title);
    await join(alex.page, code, 'Private to us');

    // Control: the invited person receives the board, and a new edit, in full.
    await expect.poll(() => connectionText(alex.page), { timeout: 20_000 }).toBe('Connected with Sam');
    await addItem(sam.page, 'Expectations', 'We decide together who else may see this board.');
    await expect.poll(() => sectionTexts(alex.page, 'Expectations')).toEqual(['We decide together who else may see this board.']);

    // Kai's signaling works, but nobody can read Kai's (or be read by Kai's) encrypted offers.
    expect(await connectionText(kai.page)).toBe('Waiting for others to join');
    for (const section of ['Boundaries', 'Expectations'] as const) expect(await sectionTexts(kai.page, section)).toEqual([]);
    await expect(kai.page.getByText('Waiting to receive this board').isVisible()).resolves.toBe(true);
    expect((await peopleOnBoard(sam.page)).join('\n')).not.toContain('Kai');
    await kai.page.getByRole('button', { name: 'All boards' }).click();

    // The signaling server relayed the three people's (encrypted) offers, and never a word of the board.
    const relayed = readFileSync(capture, 'utf8');
    expect(relayed).toMatch(/"type":"subscribe"/);
    expect(relayed).toMatch(/"type":"publish"/);
    // Encrypted with the room secret: no offer, address or peer announcement in the clear.
    expect(relayed).not.toMatch(/"sdp"|candidate:|"announce"|"signal"/);
    // (Phrases with spaces: short words could turn up by chance inside base64 ciphertext.)
    for (const words of ['What we say in session', 'We decide together', 'Private to us']) {
      expect(relayed, words).not.toContain(words);
    }
  });

  it('two people joining at the same instant, then three editing together', async () => {
    const [sam, alex, kai] = people() as [Named, Named, Named];
    await sam.page.getByRole('button', { name: 'All boards' }).click();
    await alex.page.getByRole('button', { name: 'All boards' }).click();
    await createBoard(sam.page, 'The three of us');
    const code = await inviteCode(sam.page);
    await Promise.all([join(alex.page, code, 'The three of us'), join(kai.page, code, 'The three of us')]);

    await expect.poll(() => connectionText(sam.page), { timeout: 30_000 }).toBe('Connected with Alex and Kai');
    await expect.poll(() => connectionText(alex.page), { timeout: 30_000 }).toBe('Connected with Kai and Sam');
    await expect.poll(() => connectionText(kai.page), { timeout: 30_000 }).toBe('Connected with Alex and Sam');
    await addItem(kai.page, 'Celebrations', 'Kai: our first session as three went well.');
    await addItem(alex.page, 'Boundaries', 'Alex: I need breaks when it gets heated.');
    for (const person of [sam, alex, kai]) {
      await expect.poll(() => sectionTexts(person.page, 'Celebrations')).toEqual(['Kai: our first session as three went well.']);
      await expect.poll(() => sectionTexts(person.page, 'Boundaries')).toEqual(['Alex: I need breaks when it gets heated.']);
    }
    await expect.poll(async () => (await peopleOnBoard(sam.page)).filter((p) => p.includes('here now')).length).toBe(3);
  });
});
