import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem, sectionTexts, itemAction } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium, waitSaved } from '@/tests/e2e/support/chromium';
import { closePeople, inviteCode, join, launchPeople, peopleOnBoard, reopenBoard, type Named } from '@/tests/e2e/support/people';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * Two people, two Chromium profiles, real WebRTC between them through a
 * local signaling server, inside the loopback-only namespace (npm test).
 */
describe.runIf(requireChromium())('together, live (two Chromium profiles, real WebRTC on loopback)', () => {
  let signaling: Signaling;
  let sam: Named;
  let alex: Named;

  beforeAll(async () => {
    signaling = await startSignaling();
    const people = await launchPeople(['Sam', 'Alex'], signaling.url);
    sam = people[0]!;
    alex = people[1]!;
  });
  afterAll(async () => {
    await closePeople([sam, alex]);
    await signaling?.stop();
  });

  it('invite and join; edits both ways; presence; typing in one item together; undo touches only your own edits', async () => {
    await createBoard(sam.page, 'Sam & Alex');
    await addItem(sam.page, 'Boundaries', 'I need an hour to myself after work.');
    await waitSaved(sam.page);
    const code = await inviteCode(sam.page);
    await expect.poll(() => connectionText(sam.page)).toBe('Waiting for others to join');

    // A damaged code says what is wrong and changes nothing.
    await alex.page.getByRole('button', { name: 'Join a board' }).click();
    await alex.page.getByRole('textbox', { name: 'Invite code' }).fill(code.slice(0, 30));
    await alex.page.getByRole('button', { name: 'Join', exact: true }).click();
    await alex.page.getByRole('alert').filter({ hasText: 'This invite code is incomplete or damaged' }).waitFor();
    expect(await alex.page.getByRole('list', { name: 'Saved boards' }).count()).toBe(0);
    await alex.page.getByRole('button', { name: 'Cancel' }).click();

    // Alex picks a colour no one on the board has (Sam's comes from their id);
    // Sam sees it beside Alex's name.
    const samsMark = sam.page.getByRole('list', { name: 'People on this board' }).locator('svg.person-mark');
    const [pick, shown] =
      (await samsMark.getAttribute('data-colour')) === '#b0453f' ? ['Blue', 'rgb(79, 111, 181)'] : ['Red', 'rgb(176, 69, 63)'];
    await alex.page.getByRole('button', { name: 'Settings' }).click();
    await alex.page.getByRole('radio', { name: pick }).check();
    await alex.page.getByRole('button', { name: 'Save settings' }).click();
    await alex.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await alex.page.getByRole('button', { name: 'Back' }).click();

    await join(alex.page, code, 'Sam & Alex');
    await expect.poll(() => connectionText(alex.page), { timeout: 20_000 }).toBe('Connected with Sam');
    const alexOnSamsList = sam.page.getByRole('list', { name: 'People on this board' }).getByRole('listitem').filter({ hasText: 'Alex' });
    await expect.poll(() => alexOnSamsList.locator('svg.person-mark path').evaluate((mark) => getComputedStyle(mark).fill)).toBe(shown);
    await expect.poll(() => connectionText(sam.page)).toBe('Connected with Alex');
    await expect.poll(() => sectionTexts(alex.page, 'Boundaries')).toEqual(['I need an hour to myself after work.']);
    await expect
      .poll(() => peopleOnBoard(alex.page))
      .toEqual(expect.arrayContaining([expect.stringMatching(/Sam.*here now/s), expect.stringMatching(/Alex \(you\).*here now/s)]));

    // Both directions.
    await addItem(alex.page, 'Celebrations', 'Sam cooked for us on a hard day.');
    await expect.poll(() => sectionTexts(sam.page, 'Celebrations')).toEqual(['Sam cooked for us on a hard day.']);
    await addItem(sam.page, 'Expectations', 'We reply to messages by the evening.');
    await expect.poll(() => sectionTexts(alex.page, 'Expectations')).toEqual(['We reply to messages by the evening.']);

    // Reorders and deletions travel too.
    await addItem(alex.page, 'Boundaries', 'I need us to ask before sharing photos of each other.');
    await expect.poll(() => sectionTexts(sam.page, 'Boundaries')).toHaveLength(2);
    await itemAction(sam.page.getByRole('region', { name: 'Boundaries' }).getByRole('listitem').first(), 'Move down');
    const reordered = ['I need us to ask before sharing photos of each other.', 'I need an hour to myself after work.'];
    await expect.poll(() => sectionTexts(alex.page, 'Boundaries')).toEqual(reordered);
    await itemAction(alex.page.getByRole('region', { name: 'Boundaries' }).getByRole('listitem').first(), 'Delete');
    await expect.poll(() => sectionTexts(sam.page, 'Boundaries')).toEqual(['I need an hour to myself after work.']);

    // Who is editing what: Alex's cursor in the expectation shows on Sam's side.
    const alexBox = alex.page.getByRole('region', { name: 'Expectations' }).getByRole('textbox').first();
    const samBox = sam.page.getByRole('region', { name: 'Expectations' }).getByRole('textbox').first();
    await alexBox.click();
    await sam.page.getByText('Alex editing').waitFor();

    // Both type into the same item at once: the two edits merge by character.
    // (Ctrl+End and Ctrl+Home: the ends of the text, not of a wrapped line.)
    await alexBox.press('Control+End');
    await samBox.click();
    await samBox.press('Control+Home');
    await Promise.all([alexBox.pressSequentially(' Unless it is urgent.'), samBox.pressSequentially('Usually, ')]);
    const merged = 'Usually, We reply to messages by the evening. Unless it is urgent.';
    await expect.poll(() => samBox.inputValue()).toBe(merged);
    await expect.poll(() => alexBox.inputValue()).toBe(merged);

    // Sam's undo takes back only Sam's typing, never Alex's.
    await sam.page.getByRole('button', { name: 'Undo' }).click();
    const afterUndo = 'We reply to messages by the evening. Unless it is urgent.';
    await expect.poll(() => samBox.inputValue()).toBe(afterUndo);
    await expect.poll(() => alexBox.inputValue()).toBe(afterUndo);
    expect(await sectionTexts(sam.page, 'Celebrations')).toEqual(['Sam cooked for us on a hard day.']);
  });

  it('reopening right after closing reconnects; both offline, both edit; merged when the signaling server is back', async () => {
    // Leave and come straight back: y-webrtc's room is released and taken again.
    await reopenBoard(sam.page, 'Sam & Alex');
    await reopenBoard(alex.page, 'Sam & Alex');
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Connected with Alex');

    // The signaling server goes down; both close the board and work apart.
    await signaling.stop();
    await reopenBoard(sam.page, 'Sam & Alex');
    await reopenBoard(alex.page, 'Sam & Alex');
    // Inside the test namespace the browser also reports itself offline, so
    // either honest status may show (tests/unit/sync/connectionStatus pins each).
    for (const person of [sam, alex]) {
      await expect
        .poll(() => connectionText(person.page), { timeout: 20_000 })
        .toMatch(
          /^(Offline — saved on this device|Cannot reach the signaling server — retrying\. Your changes are saved on this device\.)$/,
        );
    }
    await addItem(sam.page, 'Boundaries', 'Sam, offline: I need notice before guests stay over.');
    await addItem(alex.page, 'Celebrations', 'Alex, offline: we kept our Sunday walk three weeks running.');
    await waitSaved(sam.page);
    await waitSaved(alex.page);

    // The server is back on the same address: both reconnect by themselves and merge.
    signaling = await startSignaling(signaling.port);
    await expect.poll(() => connectionText(sam.page), { timeout: 30_000 }).toBe('Connected with Alex');
    await expect
      .poll(() => sectionTexts(alex.page, 'Boundaries'))
      .toEqual(['I need an hour to myself after work.', 'Sam, offline: I need notice before guests stay over.']);
    await expect
      .poll(() => sectionTexts(sam.page, 'Celebrations'))
      .toEqual(['Sam cooked for us on a hard day.', 'Alex, offline: we kept our Sunday walk three weeks running.']);
  });

  it('leaving a board removes it from this device only; the other person keeps theirs', async () => {
    await alex.page.getByRole('button', { name: 'Leave board' }).click();
    await alex.page.getByRole('dialog', { name: 'Leave “Sam & Alex”?' }).getByRole('button', { name: 'Leave board' }).click();
    await alex.page.getByRole('heading', { name: 'Boards' }).waitFor();
    await expect.poll(() => alex.page.getByRole('list', { name: 'Saved boards' }).count()).toBe(0);
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Waiting for others to join');
    expect(await sectionTexts(sam.page, 'Celebrations')).toHaveLength(2);
  });
});
