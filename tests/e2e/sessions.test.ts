import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { addItem, sectionTexts, itemAction } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium, waitSaved } from '@/tests/e2e/support/chromium';
import {
  boardBar,
  closePeople,
  inviteCode,
  join,
  launchPeople,
  reopenBoard,
  savedBoardCount,
  type Named,
} from '@/tests/e2e/support/people';
import { rawRows, storedDocsText } from '@/tests/e2e/support/seed';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';
import { screenshotPath } from '@/tests/e2e/support/screenshots';
import { downloadText } from '@/tests/e2e/support/download';
import { closePanel, extensionWorker } from '@/tests/e2e/support/keepInStep';

const NOTE = 'Sam only: I felt nervous raising the money question.';
const region = (page: Page, name: string) => page.getByRole('region', { name });
const changeList = (page: Page) => page.getByRole('list', { name: 'Changes since last session' });
const sessionText = (page: Page) => page.getByRole('status', { name: 'Session' }).innerText();

/** What this profile keeps in IndexedDB: its notes rows, and whether `text` is anywhere in its stored boards. */
async function rawStore(page: Page, text: string) {
  return { notes: (await rawRows(page, 'notes')).length, inUpdates: (await storedDocsText(page)).includes(text) };
}

describe.runIf(requireChromium())('sessions, what changed, history, private notes, export (two Chromium profiles)', () => {
  let signaling: Signaling;
  let sam: Named;
  let alex: Named;

  beforeAll(async () => {
    signaling = await startSignaling();
    [sam, alex] = (await launchPeople(['Sam', 'Alex'], signaling.url)) as [Named, Named];
  });
  afterAll(async () => {
    await closePeople([sam, alex]);
    await signaling?.stop();
  });

  it('a session, then apart and offline: what changed since last session, history, notes kept private, exports', async () => {
    await createBoard(sam.page, 'Our review');
    await addItem(sam.page, 'Boundaries', 'I need quiet mornings.');
    await addItem(sam.page, 'Expectations', 'We talk on Sundays.');
    await addItem(sam.page, 'Expectations', 'We cook together on Fridays.');
    await join(alex.page, await inviteCode(sam.page), 'Our review');
    await expect.poll(() => connectionText(sam.page), { timeout: 30_000 }).toBe('Connected with Alex');

    // Together: a session begins by itself, and both agree to the boundary.
    await expect.poll(() => sessionText(sam.page)).toContain('with Alex');
    await expect.poll(() => sessionText(alex.page)).toContain('with Sam');
    await sam.page.getByRole('button', { name: 'End session' }).waitFor();
    for (const person of [sam, alex]) {
      await region(person.page, 'Boundaries').getByRole('button', { name: 'Agree' }).click();
    }
    await expect.poll(() => region(alex.page, 'Boundaries').getByRole('status').innerText()).toBe('Agreed by everyone');

    // Sam's private notes never leave Sam's device.
    await sam.page.getByRole('textbox', { name: 'Private notes' }).fill(NOTE);
    await expect.poll(() => sam.page.locator('.private-notes [role=status]').innerText()).toBe('Saved on this device only.');
    await waitSaved(sam.page);
    await waitSaved(alex.page);

    // Both leave: the session ends, and each device keeps the board as it was.
    for (const person of [sam, alex]) await boardBar(person.page).getByRole('button', { name: 'All boards' }).click();

    // Apart and offline, Sam changes things.
    await signaling.stop();
    await sam.page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Our review', exact: true }).click();
    await expect
      .poll(() => connectionText(sam.page), { timeout: 20_000 })
      .toMatch(/^(Offline — saved on this device|Cannot reach the signaling server — retrying\. Your changes are saved on this device\.)$/);
    // Alone, no session is going on (one could be started by hand).
    await sam.page.getByRole('button', { name: 'Start session' }).waitFor();
    const sundays = region(sam.page, 'Expectations').getByRole('textbox', { name: 'Expectation' }).first();
    await sundays.click();
    await sam.page.keyboard.press('Control+End');
    await sam.page.keyboard.press('Backspace');
    await sam.page.keyboard.type(', or Saturdays.');
    await itemAction(region(sam.page, 'Expectations').getByRole('listitem').nth(1), 'Delete');
    await addItem(sam.page, 'Celebrations', 'A calm week.');
    await region(sam.page, 'Boundaries').getByRole('button', { name: 'Withdraw agreement' }).click();
    await waitSaved(sam.page);

    // Sam reopens the board, still offline: the changes since the last session, and by whom.
    await reopenBoard(sam.page, 'Our review');
    await changeList(sam.page).waitFor();
    await expect
      .poll(async () => (await changeList(sam.page).getByRole('listitem').allTextContents()).sort())
      .toEqual([
        'Celebrated by you (celebration): A calm week.',
        'Edited by you (expectation): We talk on Sundaysadded: , or Saturdays.',
        'Removed (expectation): We cook together on Fridays.',
        'Withdrew agreement by you (boundary): I need quiet mornings.',
      ]);

    const picture = screenshotPath('what-changed.png');
    if (picture) await sam.page.locator('section.what-changed').screenshot({ path: picture });
    expect(await seriousViolations(sam.page)).toEqual([]);

    // History: the past session opens read-only, as it was; an item removed since comes back as a new edit.
    await sam.page.getByRole('button', { name: 'History' }).click();
    const pastSessions = sam.page.getByRole('list', { name: 'Past sessions' });
    await expect.poll(() => pastSessions.innerText()).toContain('with Sam, Alex');
    await pastSessions.getByRole('button').first().click();
    const past = sam.page.locator('.past-board');
    await past.getByRole('heading', { name: /^As it was on / }).waitFor();
    await past.getByRole('heading', { name: 'Expectations', level: 4 }).waitFor();
    expect(await past.getByRole('textbox').count()).toBe(0);
    await expect(past.getByRole('list', { name: 'Expectations as they were' }).innerText()).resolves.toContain(
      'We cook together on Fridays.',
    );
    expect(await seriousViolations(sam.page)).toEqual([]);
    await past
      .getByRole('listitem')
      .filter({ hasText: 'We cook together on Fridays.' })
      .getByRole('button', { name: 'Add it back' })
      .click();
    await expect
      .poll(() => sectionTexts(sam.page, 'Expectations'))
      .toEqual(['We talk on Sundays, or Saturdays.', 'We cook together on Fridays.']);
    await sam.page.getByRole('button', { name: 'Close history' }).click();

    // Exports leave the private notes out unless Sam includes them.
    await sam.page.getByRole('button', { name: 'Export', exact: true }).click();
    const markdown = await downloadText(sam.page, 'Markdown');
    expect(markdown).toContain('# Our review');
    expect(markdown).toContain('We talk on Sundays, or Saturdays\\.');
    expect(markdown).not.toContain('nervous');
    const backup = await downloadText(sam.page, 'JSON backup');
    expect(JSON.parse(backup)).toMatchObject({ format: 'common-ground-backup', version: 1 });
    expect(backup).not.toContain('nervous');
    await sam.page.getByRole('checkbox', { name: 'Include my private notes' }).check();
    expect(await downloadText(sam.page, 'Markdown')).toContain('nervous');
    const [printPage] = await Promise.all([sam.context.waitForEvent('page'), sam.page.getByRole('button', { name: 'Print view' }).click()]);
    await printPage.getByRole('heading', { name: 'Our review', level: 1 }).waitFor();
    await printPage.getByRole('heading', { name: 'Expectations', level: 2 }).waitFor();
    await expect(printPage.locator('main').innerText()).resolves.toContain('We cook together on Fridays.');
    await expect(printPage.locator('main').innerText()).resolves.toContain('nervous');
    await printPage.close();

    // Alex meets Sam again: Alex's view shows what Sam changed, as it arrives.
    signaling = await startSignaling(signaling.port);
    await alex.page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Our review', exact: true }).click();
    await expect.poll(() => connectionText(alex.page), { timeout: 30_000 }).toBe('Connected with Sam');
    // (Sam removed one expectation and brought it back from history: to Alex that is a removal and an addition.)
    await expect
      .poll(async () => (await changeList(alex.page).getByRole('listitem').allTextContents()).sort(), { timeout: 10_000 })
      .toEqual([
        'Added by Sam (expectation): We cook together on Fridays.',
        'Celebrated by Sam (celebration): A calm week.',
        'Edited by Sam (expectation): We talk on Sundaysadded: , or Saturdays.',
        'Removed (expectation): We cook together on Fridays.',
        'Withdrew agreement by Sam (boundary): I need quiet mornings.',
      ]);

    // The notes are nowhere on Alex's device, and not in anything Sam's device shared.
    await waitSaved(alex.page);
    expect(await rawStore(alex.page, 'nervous')).toEqual({ notes: 0, inUpdates: false });
    expect((await rawStore(alex.page, 'A calm week.')).inUpdates).toBe(true); // the search does find board words
    expect(await rawStore(sam.page, 'nervous')).toEqual({ notes: 1, inUpdates: false });

    // A backup brought back in merges into the same board; a broken file changes nothing.
    await boardBar(sam.page).getByRole('button', { name: 'All boards' }).click();
    const chooser = sam.page.locator('input[type=file]');
    await chooser.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await sam.page.getByRole('status').filter({ hasText: 'The backup was merged into “Our review”' }).waitFor();
    await chooser.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, 200)) });
    await sam.page.getByRole('alert').filter({ hasText: 'Nothing was changed.' }).waitFor();
    expect(await savedBoardCount(sam.page)).toBe(1);
  });

  it('a session still live when both close their panels, as a call ends, is kept in History', async () => {
    // A page cannot finish a write as it closes: the session is stored as it goes (lib/app/sessionTracker.ts).
    if (await alex.page.getByRole('button', { name: 'All boards' }).count()) {
      await boardBar(alex.page).getByRole('button', { name: 'All boards' }).click();
    }
    const boardId = await createBoard(sam.page, 'After the call');
    await join(alex.page, await inviteCode(sam.page), 'After the call');
    await expect.poll(() => sessionText(sam.page), { timeout: 30_000 }).toContain('with Alex');
    const storedSessions = async () =>
      ((await rawRows(await extensionWorker(sam), 'sessions')) as { boardId: string }[]).filter((row) => row.boardId === boardId).length;
    await expect.poll(storedSessions, { timeout: 30_000 }).toBe(1);

    await Promise.all([closePanel(sam.page), closePanel(alex.page)]);
    expect(await storedSessions()).toBe(1);
    const panel = await sam.openPanel(`#/board/${boardId}`);
    await panel.getByRole('heading', { name: 'After the call', exact: true }).waitFor();
    await panel.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Past sessions' }).innerText()).toContain('with Sam, Alex');
    await panel.close();
  });
});
