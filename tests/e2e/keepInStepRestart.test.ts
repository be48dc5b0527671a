import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem } from '@/tests/e2e/support/board';
import { connectionText, createBoard, launchPerson, requireChromium, waitSaved, type Person } from '@/tests/e2e/support/chromium';
import { closePanel, offscreenDocuments, openBoardPanel, storedWithoutPanel } from '@/tests/e2e/support/keepInStep';
import { closePeople, inviteCode, join, launchPeople, type Named } from '@/tests/e2e/support/people';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * Issue 19, with the signaling server gone in between: Alex's browser starts
 * while the server is down, so the two backgrounds have no connection left
 * between them (unlike a server that goes away under an open one). What Sam
 * adds then can reach Alex only once the server is back, and does, with no
 * panel open on Alex's side.
 */
describe.runIf(requireChromium())('keep in step across a signaling server restart (two Chromium profiles)', () => {
  let signaling: Signaling;
  let sam: Named;
  let alex: Named;
  let alexAgain: Person | undefined;
  beforeAll(async () => {
    signaling = await startSignaling();
    [sam, alex] = (await launchPeople(['Sam', 'Alex'], signaling.url)) as [Named, Named];
  });
  afterAll(async () => {
    await closePeople([sam, alex, alexAgain]);
    await signaling?.stop();
  });

  it('an item Sam adds while the server is down reaches Alex’s device after it is back, with no panel open there', async () => {
    const samBoard = await createBoard(sam.page, 'Between calls');
    await join(alex.page, await inviteCode(sam.page), 'Between calls');
    await expect.poll(() => connectionText(alex.page), { timeout: 20_000 }).toBe('Connected with Sam');
    for (const person of [sam, alex]) {
      await person.page.getByRole('checkbox', { name: 'Keep in step' }).check();
      await expect.poll(() => offscreenDocuments(person), { timeout: 10_000 }).toBe(1);
    }
    await closePanel(sam.page);

    // The server goes, and Alex's browser with it: started again, its background cannot reach Sam's.
    const port = signaling.port;
    await signaling.stop();
    await alex.close();
    alexAgain = await launchPerson(alex.profileDir);
    await expect.poll(() => offscreenDocuments(alexAgain!), { timeout: 10_000 }).toBe(1);

    const words = 'We finally fixed the bike together.';
    const panel = await openBoardPanel(sam, samBoard, 'Between calls');
    await addItem(panel, 'Celebrations', words);
    await waitSaved(panel);
    await closePanel(panel);
    // Sam's background has it; nothing can carry it to Alex yet.
    await expect.poll(() => storedWithoutPanel(sam), { timeout: 10_000 }).toContain(words);
    expect(await storedWithoutPanel(alexAgain)).not.toContain(words);

    signaling = await startSignaling(port);
    const restartedAt = Date.now();
    await expect.poll(() => storedWithoutPanel(alexAgain!), { timeout: 60_000, interval: 200 }).toContain(words);
    console.log(`keep in step: on Alex's device ${Date.now() - restartedAt} ms after the signaling server was back`);
  });
});
