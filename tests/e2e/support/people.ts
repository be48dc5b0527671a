import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startSignaling } from '@/tests/e2e/support/signaling';
import { launchPerson, removeProfile, useLocalNetwork, type Person } from '@/tests/e2e/support/chromium';

export interface Named extends Person {
  name: string;
  page: Page;
}

/** Launches one browser profile per name, each pointed at the local signaling server (`extension`: another unpacked build, for benchmarks). */
export async function launchPeople(names: string[], signalingUrl: string, extension?: string): Promise<Named[]> {
  const people = await Promise.all(names.map(() => launchPerson(undefined, { extension })));
  return Promise.all(
    people.map(async (person, i) => {
      const page = await person.openPanel();
      await useLocalNetwork(page, names[i]!, signalingUrl);
      return { ...person, name: names[i]!, page };
    }),
  );
}

export async function closePeople(people: readonly (Person | undefined)[]): Promise<void> {
  await Promise.all(people.map((person) => person?.close()));
  for (const person of people) if (person) removeProfile(person.profileDir);
}

/**
 * The board's top bar. Role queries are scoped to it (and to the invite
 * panel) because Playwright's role engine walks the whole page: on a
 * 5,000-item board (~47,000 elements) its first unscoped query took 30 s.
 */
export const boardBar = (page: Page) => page.locator('main.board header.bar');

export type InviteRole = 'Partner' | 'Therapist or facilitator' | 'Observer';

/** Opens the invite view of the open board and reads its code for someone joining as `role`. */
export async function inviteCode(page: Page, role: InviteRole = 'Partner'): Promise<string> {
  const panel = page.locator('section.invite');
  const box = panel.getByRole('textbox', { name: 'Invite code' });
  if ((await box.count()) === 0) await boardBar(page).getByRole('button', { name: 'Invite' }).click();
  await expect.poll(() => box.inputValue()).toMatch(/^CG2-/);
  const roleBox = panel.getByRole('combobox', { name: 'Invite as' });
  if ((await roleBox.inputValue()) !== roleValue(role)) {
    const before = await box.inputValue();
    await roleBox.selectOption({ label: role });
    await expect.poll(() => box.inputValue()).not.toBe(before);
  }
  return box.inputValue();
}

const roleValue = (role: InviteRole) => ({ Partner: 'partner', 'Therapist or facilitator': 'facilitator', Observer: 'observer' })[role];

export async function join(page: Page, code: string, boardName: string): Promise<void> {
  await page.getByRole('button', { name: 'Join a board' }).click();
  await page.getByRole('textbox', { name: 'Invite code' }).fill(code);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { name: boardName, exact: true }).waitFor();
}

export const peopleOnBoard = (page: Page) => page.getByRole('list', { name: 'People on this board' }).getByRole('listitem').allInnerTexts();

/**
 * How many boards the start view lists, once it has read them: the list is
 * drawn only after the boards are loaded from IndexedDB, so counting straight
 * after `All boards` can see none (a CI run did).
 */
export async function savedBoardCount(page: Page): Promise<number> {
  const rows = page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem');
  await rows.first().waitFor();
  return rows.count();
}

/** Back to the list and straight into the board again (closes and reopens its session). */
export async function reopenBoard(page: Page, name: string): Promise<void> {
  await boardBar(page).getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name, exact: true }).click();
  await expect.poll(() => page.locator('h1.board-title').textContent()).toBe(name);
}

/**
 * For one test file: a local signaling server (writing what it receives to
 * `capture`, if given) and one browser profile per name, started before its
 * tests and closed after them.
 */
export function withPeople(names: string[], { capture }: { capture?: string } = {}): () => Named[] {
  let people: Named[] = [];
  let stopSignaling: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const signaling = await startSignaling(0, capture);
    stopSignaling = signaling.stop;
    people = await launchPeople(names, signaling.url);
  });
  afterAll(async () => {
    await closePeople(people);
    await stopSignaling?.();
  });
  return () => people;
}
