import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { metric } from '@/tests/support/signalingServer';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { connectionText, createBoard, launchPerson, requireChromium, waitSaved, type Person } from '@/tests/e2e/support/chromium';
import { closePanel, extensionWorker, offscreenDocuments, openBoardPanel, storedWithoutPanel } from '@/tests/e2e/support/keepInStep';
import { closePeople, inviteCode, join, launchPeople, type Named } from '@/tests/e2e/support/people';
import { rawRows } from '@/tests/e2e/support/seed';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * Issue 19: a shared board kept in step stays joined in the background
 * (Chrome's offscreen document, lib/app/keepInStep) while the browser is
 * open, so what one person adds reaches the other's device with no panel
 * open there. One board, one story: each step starts where the last ended.
 */
describe.runIf(requireChromium())('keep in step: boards stay in step with no panel open (two Chromium profiles)', () => {
  let signaling: Signaling;
  let sam: Named;
  let alex: Named;
  /** Alex's panel, left open from one step to the next. */
  let openPanel: Page | undefined;
  /** Sam's browser started again on the same profile. */
  let samAgain: Person | undefined;
  /** The board's id on each device (each device names its own rows). */
  const boardIds = new Map<Person, string>();
  const sockets = () => metric(signaling.port, 'signaling_connections');

  const openBoard = (person: Person) => openBoardPanel(person, boardIds.get(person), 'Between calls');
  /** Adds an item in the panel and closes the panel once the item is saved. */
  const addAndClose = async (panel: Page, words: string) => {
    await addItem(panel, 'Celebrations', words);
    await waitSaved(panel);
    await closePanel(panel);
    return Date.now();
  };

  beforeAll(async () => {
    signaling = await startSignaling();
    [sam, alex] = (await launchPeople(['Sam', 'Alex'], signaling.url)) as [Named, Named];
  });
  afterAll(async () => {
    await closePeople([sam, alex, samAgain]);
    await signaling?.stop();
  });

  it('an item Sam adds in the panel, then closes, is saved on Alex’s device with no panel open there (how soon is printed)', async () => {
    boardIds.set(sam, await createBoard(sam.page, 'Between calls'));
    const code = await inviteCode(sam.page);
    await join(alex.page, code, 'Between calls');
    boardIds.set(alex, /#\/board\/(\w+)/.exec(alex.page.url())![1]!);
    await expect.poll(() => connectionText(alex.page), { timeout: 20_000 }).toBe('Connected with Sam');
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Connected with Alex');

    // Both keep the board in step: the background opens its offscreen document.
    const acceptedBefore = await metric(signaling.port, 'signaling_connections_accepted_total');
    for (const person of [sam, alex]) {
      expect(await offscreenDocuments(person)).toBe(0);
      await person.page.getByRole('checkbox', { name: 'Keep in step' }).check();
      await expect.poll(() => offscreenDocuments(person), { timeout: 10_000 }).toBe(1);
    }
    // Both panels moved onto their background's connection: the two backgrounds came (2 sockets more
    // accepted), and the panels' own went, so only the backgrounds' 2 are open. (2 open alone would
    // also be the panels before the backgrounds came.)
    const moved = async () =>
      (await metric(signaling.port, 'signaling_connections_accepted_total')) >= acceptedBefore + 2 && (await sockets()) === 2;
    await expect.poll(moved, { timeout: 30_000 }).toBe(true);
    await closePanel(sam.page);
    await closePanel(alex.page);
    // Their session together ended as the panels closed: each page went before it could store it, and
    // each background stored it ("what changed" starts from it).
    for (const person of [sam, alex]) {
      await expect.poll(async () => (await rawRows(await extensionWorker(person), 'sessions')).length, { timeout: 10_000 }).toBe(1);
    }
    // Still only the two offscreen documents on the signaling server.
    expect(await sockets()).toBe(2);

    const words = 'Alex made tea for both of us on Tuesday.';
    const closedAt = await addAndClose(await openBoard(sam), words);
    // Read by Alex's service worker: Alex opened nothing. How soon (issue 19 asks within 5 s) is printed,
    // not asserted: a loaded CI machine must not fail it for being slow.
    await expect.poll(() => storedWithoutPanel(alex), { timeout: 20_000, interval: 100 }).toContain(words);
    console.log(`keep in step: on Alex's device ${Date.now() - closedAt} ms after Sam closed the panel`);
  });

  it('with the signaling server down while Sam adds an item, it reaches Alex through the two backgrounds, which reconnect once it is back', async () => {
    const port = signaling.port;
    await signaling.stop();
    // Sam's new panel cannot reach Alex at all: only Sam's own offscreen document, over BroadcastChannel.
    const words = 'We walked by the river on Sunday.';
    const closedAt = await addAndClose(await openBoard(sam), words);
    // Watched while the server starts again: the backgrounds' connection may outlive the server, or be made anew after it.
    const arrived = expect
      .poll(() => storedWithoutPanel(alex), { timeout: 30_000, interval: 100 })
      .toContain(words)
      .then(() => Date.now());
    signaling = await startSignaling(port);
    const restartedAt = Date.now();
    const at = await arrived;
    console.log(
      `keep in step, server down: on Alex's device ${at - closedAt} ms after Sam closed the panel (${at < restartedAt ? 'before' : 'after'} the restart)`,
    );
    // Both backgrounds are back on the server (y-webrtc's reconnection, with its backoff).
    await expect.poll(sockets, { timeout: 30_000 }).toBe(2);
    console.log(`keep in step: both backgrounds reconnected ${Date.now() - restartedAt} ms after the restart`);
  });

  it('Alex’s panel uses Alex’s background connection (no socket of its own), and never says Sam is here while only Sam’s browser is', async () => {
    const accepted = await metric(signaling.port, 'signaling_connections_accepted_total');
    const panel = await openBoard(alex);
    // Every status the panel shows on the way, read every 100 ms until it settles.
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          const text = await connectionText(panel);
          seen.add(text);
          return text;
        },
        { timeout: 20_000, interval: 100 },
      )
      .toBe('Waiting for others to join — Sam’s browser keeps this board in step');
    console.log(`keep in step: Alex's panel showed ${JSON.stringify([...seen])}`);
    expect([...seen].filter((text) => text.startsWith('Connected with'))).toEqual([]);
    // One connection per browser: the panel opened no socket, only the two backgrounds are there.
    expect(await metric(signaling.port, 'signaling_connections_accepted_total')).toBe(accepted);
    expect(await sockets()).toBe(2);
    const samOnList = panel.getByRole('list', { name: 'People on this board' }).getByRole('listitem').filter({ hasText: 'Sam' });
    expect(await samOnList.innerText()).toMatch(/away/);
    expect(await samOnList.innerText()).not.toMatch(/here now/);
    expect(await panel.getByRole('status', { name: 'Session' }).innerText()).toBe('No session going on.');
    // What arrived while Alex's panel was closed is what changed since their last session together.
    const changes = panel.getByRole('list', { name: 'Changes since last session' }).getByRole('listitem');
    await expect
      .poll(async () => (await changes.allTextContents()).filter((text) => text.includes('by Sam')).sort(), { timeout: 10_000 })
      .toEqual([
        'Celebrated by Sam (celebration): Alex made tea for both of us on Tuesday.',
        'Celebrated by Sam (celebration): We walked by the river on Sunday.',
      ]);
    openPanel = panel;
  });

  it('with both panels open, Sam and Alex meet through their backgrounds: still one connection per browser, edits both ways', async () => {
    const alexPanel = openPanel!;
    const accepted = await metric(signaling.port, 'signaling_connections_accepted_total');
    const samPanel = await openBoard(sam);
    await expect.poll(() => connectionText(samPanel), { timeout: 20_000 }).toBe('Connected with Alex');
    await expect.poll(() => connectionText(alexPanel), { timeout: 20_000 }).toBe('Connected with Sam');
    await addItem(samPanel, 'Boundaries', 'I keep Sunday mornings for myself.');
    await expect.poll(() => sectionTexts(alexPanel, 'Boundaries'), { timeout: 10_000 }).toEqual(['I keep Sunday mornings for myself.']);
    await addItem(alexPanel, 'Expectations', 'We say when plans change.');
    await expect.poll(() => sectionTexts(samPanel, 'Expectations'), { timeout: 10_000 }).toEqual(['We say when plans change.']);
    expect(await metric(signaling.port, 'signaling_connections_accepted_total')).toBe(accepted);
    expect(await sockets()).toBe(2);
    // Sam closes the panel: Sam's browser keeps the board, Sam is no longer here.
    await closePanel(samPanel);
    await expect
      .poll(() => connectionText(alexPanel), { timeout: 20_000 })
      .toBe('Waiting for others to join — Sam’s browser keeps this board in step');
  });

  it('turning it off closes the background connection: the panel connects on its own, and the signaling server sees the background’s socket close', async () => {
    const panel = openPanel ?? (await openBoard(alex));
    await panel.getByRole('checkbox', { name: 'Keep in step' }).uncheck();
    await expect.poll(() => offscreenDocuments(alex), { timeout: 10_000 }).toBe(0);
    // The panel, let go by the background, joins with its own connection.
    await expect
      .poll(() => connectionText(panel), { timeout: 20_000 })
      .toBe('Waiting for others to join — Sam’s browser keeps this board in step');
    await expect.poll(sockets, { timeout: 10_000 }).toBe(2);
    await panel.close();
    // Only Sam's background is left: Alex's background socket is gone, and the panel's with it.
    await expect.poll(sockets, { timeout: 10_000 }).toBe(1);
  });

  it('after the browser is closed and started again, the board is kept in step again with no panel opened', async () => {
    await sam.close();
    await expect.poll(sockets, { timeout: 10_000 }).toBe(0);
    samAgain = await launchPerson(sam.profileDir);
    await expect.poll(() => offscreenDocuments(samAgain!), { timeout: 10_000 }).toBe(1);
    await expect.poll(sockets, { timeout: 10_000 }).toBe(1);
  });
});
