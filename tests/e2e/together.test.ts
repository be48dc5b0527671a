import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem, sectionTexts } from './support/board';
import {
  connectionText,
  createBoard,
  launchPerson,
  removeProfile,
  requireChromium,
  useLocalNetwork,
  waitSaved,
  type Person,
} from './support/chromium';
import { startSignaling, type Signaling } from './support/signaling';

/**
 * Two people, two Chromium profiles, real WebRTC between them through a
 * local signaling server, inside the loopback-only namespace (npm test).
 */
const inviteCode = async (page: Page) => {
  await page.getByRole('button', { name: 'Invite' }).click();
  const box = page.getByRole('textbox', { name: 'Invite code' });
  await expect.poll(() => box.inputValue()).toMatch(/^CG1-/);
  return box.inputValue();
};

const join = async (page: Page, code: string, boardName: string) => {
  await page.getByRole('button', { name: 'Join a board' }).click();
  await page.getByRole('textbox', { name: 'Invite code' }).fill(code);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { name: boardName, exact: true }).waitFor();
};

const people = (page: Page) =>
  page.getByRole('list', { name: 'People on this board' }).getByRole('listitem').allInnerTexts();

describe.runIf(requireChromium())('together, live (two Chromium profiles, real WebRTC on loopback)', () => {
  let signaling: Signaling;
  let sam: Person;
  let alex: Person;
  let samPage: Page;
  let alexPage: Page;

  beforeAll(async () => {
    signaling = await startSignaling();
    [sam, alex] = await Promise.all([launchPerson(), launchPerson()]);
    [samPage, alexPage] = await Promise.all([sam.openPanel(), alex.openPanel()]);
    await useLocalNetwork(samPage, 'Sam', signaling.url);
    await useLocalNetwork(alexPage, 'Alex', signaling.url);
  });
  afterAll(async () => {
    await Promise.all([sam?.close(), alex?.close()]);
    await signaling?.stop();
    if (sam) removeProfile(sam.profileDir);
    if (alex) removeProfile(alex.profileDir);
  });

  it('invite and join; edits both ways; presence; typing in one item together; undo touches only your own edits', async () => {
    await createBoard(samPage, 'Sam & Alex');
    await addItem(samPage, 'Boundaries', 'I need an hour to myself after work.');
    await waitSaved(samPage);
    const code = await inviteCode(samPage);
    await expect.poll(() => connectionText(samPage)).toBe('Waiting for others to join');

    await join(alexPage, code, 'Sam & Alex');
    await expect.poll(() => connectionText(alexPage), { timeout: 20_000 }).toBe('Connected with Sam');
    await expect.poll(() => connectionText(samPage)).toBe('Connected with Alex');
    await expect.poll(() => sectionTexts(alexPage, 'Boundaries')).toEqual(['I need an hour to myself after work.']);
    await expect.poll(() => people(alexPage)).toEqual(expect.arrayContaining([expect.stringMatching(/Sam.*here now/s), expect.stringMatching(/Alex \(you\).*here now/s)]));

    // Both directions.
    await addItem(alexPage, 'Celebrations', 'Sam cooked for us on a hard day.');
    await expect.poll(() => sectionTexts(samPage, 'Celebrations')).toEqual(['Sam cooked for us on a hard day.']);
    await addItem(samPage, 'Expectations', 'We reply to messages by the evening.');
    await expect.poll(() => sectionTexts(alexPage, 'Expectations')).toEqual(['We reply to messages by the evening.']);

    // Who is editing what: Alex's cursor in the expectation shows on Sam's side.
    const alexBox = alexPage.getByRole('region', { name: 'Expectations' }).getByRole('textbox').first();
    const samBox = samPage.getByRole('region', { name: 'Expectations' }).getByRole('textbox').first();
    await alexBox.click();
    await samPage.getByText('Alex editing').waitFor();

    // Both type into the same item at once: the two edits merge by character.
    await alexBox.press('End');
    await samBox.click();
    await samBox.press('Home');
    await Promise.all([alexBox.pressSequentially(' Unless it is urgent.'), samBox.pressSequentially('Usually, ')]);
    const merged = 'Usually, We reply to messages by the evening. Unless it is urgent.';
    await expect.poll(() => samBox.inputValue()).toBe(merged);
    await expect.poll(() => alexBox.inputValue()).toBe(merged);

    // Sam's undo takes back only Sam's typing, never Alex's.
    await samPage.getByRole('button', { name: 'Undo' }).click();
    const afterUndo = 'We reply to messages by the evening. Unless it is urgent.';
    await expect.poll(() => samBox.inputValue()).toBe(afterUndo);
    await expect.poll(() => alexBox.inputValue()).toBe(afterUndo);
    expect(await sectionTexts(samPage, 'Celebrations')).toEqual(['Sam cooked for us on a hard day.']);
  });
});
