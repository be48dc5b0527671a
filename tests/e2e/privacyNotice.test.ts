import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInvite } from '@/lib/sync/room/invite';
import { parseOffer } from '@/lib/sync/direct/pairingCode';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { boardBar, closePeople } from '@/tests/e2e/support/people';
import { createBoard, launchPerson, requireChromium, type Person } from '@/tests/e2e/support/chromium';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/** Conditions to wait for on a busy 2-core machine (a condition, never a fixed sleep). */
const WAIT = { timeout: 20_000 };

const notice = (scope: ReturnType<Page['locator']>) => scope.getByRole('note', { name: 'Who learns your address' });

/**
 * Issue 16: the first time a person invites or joins, the panel names in one
 * sentence the servers that will see this device's address (from the
 * settings in force), and after `Got it` never again on this device;
 * `Only my practice’s server` changes what it names; `Pair without a server`
 * names the STUN servers it asks and offers `Only this network`.
 *
 * Nothing here reaches past loopback: the defaults are only read in the join
 * form (nothing connects before `Join`), and the practice's server is the
 * local one.
 */
describe.runIf(requireChromium())('which servers learn your address (Chromium)', () => {
  let person: Person;
  let page: Page;
  let signaling: Signaling;
  beforeAll(async () => {
    signaling = await startSignaling(0);
    person = await launchPerson();
    page = await person.openPanel();
  });
  afterAll(async () => {
    await closePeople([person]);
    await signaling?.stop();
  });

  it('names the default servers before the first join, and the practice’s server alone once chosen', async () => {
    await page.getByRole('button', { name: 'Join a board' }).click();
    const form = page.getByRole('form', { name: 'Join a board' });
    await expect.poll(() => notice(form).textContent(), WAIT).toContain('y-webrtc-eu.fly.dev');
    const sentence = (await notice(form).textContent()) ?? '';
    expect(sentence).toContain('stun.cloudflare.com');
    expect(sentence).toContain('stun.l.google.com');
    expect(sentence).toContain('never your board');
    // One sentence.
    expect(
      sentence
        .trim()
        .split(/[.!?](?:\s|$)/)
        .filter((part) => part.trim()).length,
    ).toBe(1);

    // Its way to Settings.
    await notice(form).getByRole('button', { name: 'Choose servers' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const defaults = page.getByRole('radio', { name: 'Common Ground’s defaults' });
    await expect.poll(() => defaults.isChecked(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('textbox', { name: 'Signaling servers' }).inputValue()).toBe('wss://y-webrtc-eu.fly.dev');
    expect(await page.getByRole('textbox', { name: 'Your practice’s server' }).count()).toBe(0);

    await page.getByRole('radio', { name: 'Only my practice’s server' }).check();
    expect(await page.getByRole('textbox', { name: 'Signaling servers' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Your practice’s server' }).fill(signaling.url);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam');
    await page.getByRole('textbox', { name: 'ICE servers' }).fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // Kept on this device.
    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: 'Only my practice’s server' }).isChecked(), WAIT).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Your practice’s server' }).inputValue()).toBe(signaling.url);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
  });

  it('shows the sentence on the first invite, naming the settings in force, and not the second time', async () => {
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    await createBoard(page, 'Our agreements');
    await boardBar(page).getByRole('button', { name: 'Invite' }).click();
    const panel = page.locator('section.invite');
    const code = panel.getByRole('textbox', { name: 'Invite code' });
    await expect.poll(() => code.inputValue(), WAIT).toMatch(/^CG2-/);
    // The practice's server travels with the invite, so the other person uses it too.
    const invite = parseInvite(await code.inputValue());
    expect(invite.ok && invite.value.signaling).toEqual([signaling.url]);

    await expect.poll(() => notice(panel).textContent(), WAIT).toContain('127.0.0.1');
    const sentence = (await notice(panel).textContent()) ?? '';
    expect(sentence).not.toContain('fly.dev');
    // No STUN server is set now, so none is named.
    expect(sentence).not.toContain('stun');
    expect(await seriousViolations(page)).toEqual([]);

    await notice(panel).getByRole('button', { name: 'Got it' }).click();
    expect(await notice(panel).count()).toBe(0);
    await panel.getByRole('button', { name: 'Close' }).click();

    await boardBar(page).getByRole('button', { name: 'Invite' }).click();
    await expect.poll(() => code.inputValue(), WAIT).toMatch(/^CG2-/);
    expect(await notice(panel).count()).toBe(0);

    // Once per device: joining does not say it again either, even after a reload.
    await panel.getByRole('button', { name: 'Close' }).click();
    await boardBar(page).getByRole('button', { name: 'All boards' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Join a board' }).click();
    const form = page.getByRole('form', { name: 'Join a board' });
    await form.getByRole('textbox', { name: 'Invite code' }).waitFor();
    expect(await notice(form).count()).toBe(0);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('`Pair without a server` names the STUN server it asks, and offers `Only this network`', async () => {
    // A STUN server on loopback, so no packet leaves the machine (nothing answers there).
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'ICE servers' }).fill('stun:127.0.0.1:3478');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Our agreements', exact: true }).click();

    await page.getByRole('button', { name: 'Pair without a server' }).click();
    const panel = page.locator('section.pairing');
    const servers = panel.locator('.pairing-servers');
    await expect.poll(() => servers.textContent(), WAIT).toContain('asks 127.0.0.1 for its internet address');
    const box = panel.getByRole('textbox', { name: 'Pairing code' });
    await expect.poll(() => box.inputValue(), WAIT).toMatch(/^CGP1-/);
    const before = await box.inputValue();

    const onlyHere = panel.getByRole('checkbox', { name: 'Only this network' });
    expect(await onlyHere.isChecked()).toBe(false);
    await onlyHere.check();
    await expect.poll(() => servers.textContent(), WAIT).toContain('No server is asked anything');
    // A new code, made without asking any STUN server: its candidates are this device's own addresses only.
    await expect.poll(() => box.inputValue(), WAIT).not.toBe(before);
    await expect.poll(() => box.inputValue(), WAIT).toMatch(/^CGP1-/);
    const offer = parseOffer(await box.inputValue(), Date.now());
    if (!offer.ok) expect.fail(offer.error);
    expect(offer.value.session.candidates.every((candidate) => candidate.type === 'host')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Close' }).click();
  });
});
