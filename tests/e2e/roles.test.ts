import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toDateInput } from '@/lib/board/agreement/revisit';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { addItem, itemAction } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { inviteCode, join, type Named, withPeople } from '@/tests/e2e/support/people';
import { screenshotPath, takeFullPage } from '@/tests/e2e/support/screenshots';

const DAY = 24 * 60 * 60 * 1000;
const region = (page: Page, name: string) => page.getByRole('region', { name });
const firstItem = (page: Page, section: string) => region(page, section).getByRole('listitem').first();
const statusOf = (page: Page, section: string) => firstItem(page, section).getByRole('status').innerText();
const dueHeading = (page: Page) => page.getByRole('heading', { name: 'Due for a revisit' });

describe.runIf(requireChromium())('roles, revisits and check-ins (three Chromium profiles, WebRTC on loopback)', () => {
  const people = withPeople(['Sam', 'Alex', 'Kai']);

  it('a couple and their therapist: prompts, consent, a due revisit, check-ins on a chart', async () => {
    const [sam, alex, kai] = people() as [Named, Named, Named];
    await createBoard(sam.page, 'Our sessions');

    // A prompt starts an item with its first words; Sam finishes the sentence.
    await region(sam.page, 'Boundaries').getByRole('button', { name: 'Add from a prompt' }).click();
    await region(sam.page, 'Boundaries').getByRole('button', { name: 'What do I need in order to feel safe and respected?' }).click();
    await sam.page.keyboard.type('a quiet hour after work.');
    await expect.poll(() => firstItem(sam.page, 'Boundaries').getByRole('textbox').inputValue()).toBe('I need a quiet hour after work.');

    await join(alex.page, await inviteCode(sam.page), 'Our sessions');
    // The therapist's code says so, and Kai sees it before joining.
    const kaiCode = await inviteCode(sam.page, 'Therapist or facilitator');
    await kai.page.getByRole('button', { name: 'Join a board' }).click();
    await kai.page.getByRole('textbox', { name: 'Invite code' }).fill(kaiCode);
    await expect.poll(() => kai.page.locator('#join-preview').innerText()).toContain('as therapist or facilitator');
    await kai.page.getByRole('button', { name: 'Join', exact: true }).click();
    await kai.page.getByRole('heading', { name: 'Our sessions', exact: true }).waitFor();
    await expect.poll(() => connectionText(kai.page), { timeout: 30_000 }).toMatch(/^Connected with (Sam and Alex|Alex and Sam)$/);

    // Only the partners are waited for; the therapist may write items but is never offered Agree.
    await expect.poll(() => statusOf(kai.page, 'Boundaries')).toBe('Waiting for Sam · Waiting for Alex');
    await expect(region(kai.page, 'Boundaries').getByRole('button', { name: 'Agree' }).count()).resolves.toBe(0);
    await addItem(kai.page, 'Expectations', 'We meet every other Tuesday at six.');
    await expect
      .poll(() => firstItem(sam.page, 'Expectations').getByRole('textbox').inputValue())
      .toBe('We meet every other Tuesday at six.');
    await expect(region(kai.page, 'Expectations').getByRole('button', { name: 'Agree' }).count()).resolves.toBe(0);

    for (const partner of [sam, alex]) await firstItem(partner.page, 'Boundaries').getByRole('button', { name: 'Agree' }).click();
    for (const person of [sam, alex, kai]) await expect.poll(() => statusOf(person.page, 'Boundaries')).toBe('Agreed by everyone');

    // Sam changes the words: everyone sees what changed beside the agreed wording.
    const samBox = firstItem(sam.page, 'Boundaries').getByRole('textbox');
    await samBox.click();
    await sam.page.keyboard.press('Control+End');
    await sam.page.keyboard.type(' On weekdays.');
    for (const person of [alex, kai]) {
      await expect.poll(() => statusOf(person.page, 'Boundaries')).toBe('Changed since agreed · Waiting for Sam · Waiting for Alex');
      await expect.poll(() => firstItem(person.page, 'Boundaries').locator('.diff ins').innerText()).toContain('On weekdays.');
    }
    expect(await seriousViolations(alex.page)).toEqual([]);
    for (const partner of [sam, alex]) await firstItem(partner.page, 'Boundaries').getByRole('button', { name: 'Agree' }).click();
    for (const person of [sam, alex, kai]) await expect.poll(() => statusOf(person.page, 'Boundaries')).toBe('Agreed by everyone');

    // Kai picks yesterday as its revisit date: it comes due for everyone, until both partners agree again.
    await itemAction(firstItem(kai.page, 'Boundaries'), 'Change revisit date');
    await firstItem(kai.page, 'Boundaries')
      .getByLabel('Revisit on')
      .fill(toDateInput(Date.now() - DAY));
    for (const person of [sam, alex, kai]) await dueHeading(person.page).waitFor();
    const due = (page: Page) => page.getByRole('list', { name: 'Agreements due for a revisit' });
    await expect.poll(() => due(alex.page).innerText()).toContain('I need a quiet hour after work. On weekdays.');
    await expect(due(kai.page).getByRole('button', { name: 'Agree again' }).count()).resolves.toBe(0);
    // The due list and the revisit date field: no serious accessibility problems.
    expect(await seriousViolations(kai.page)).toEqual([]);
    await due(sam.page).getByRole('button', { name: 'Agree again' }).click();
    await expect.poll(() => due(sam.page).innerText()).toContain('you agreed again');
    await due(alex.page).getByRole('button', { name: 'Agree again' }).click();
    for (const person of [sam, alex, kai]) await expect.poll(() => dueHeading(person.page).count()).toBe(0);

    // A celebration for Sam, and Sam's reaction to it; a Support item, edited like the others.
    await addItem(alex.page, 'Celebrations', 'You stayed calm in a hard talk with your sister.');
    await itemAction(firstItem(alex.page, 'Celebrations'), 'For');
    await firstItem(alex.page, 'Celebrations').getByRole('combobox', { name: 'For' }).selectOption({ label: 'Sam' });
    const samsCelebration = firstItem(sam.page, 'Celebrations');
    await expect.poll(() => samsCelebration.locator('.item-date').innerText()).toMatch(/ · for Sam$/);
    await samsCelebration.getByRole('button', { name: 'React' }).click();
    await samsCelebration.getByRole('menuitemradio', { name: 'Love this' }).click();
    await expect.poll(() => firstItem(alex.page, 'Celebrations').getByLabel('Reactions').innerText()).toBe('Sam: ♥ Love this');
    await samsCelebration.getByRole('button', { name: 'React' }).click();
    await expect(samsCelebration.getByRole('menuitemradio', { name: 'Love this' }).getAttribute('aria-checked')).resolves.toBe('true');
    await sam.page.keyboard.press('Escape');
    await addItem(sam.page, 'Support', 'Right now it would help me if you asked about my day.');
    await expect
      .poll(() => firstItem(kai.page, 'Support').getByRole('textbox', { name: 'Support' }).inputValue())
      .toBe('Right now it would help me if you asked about my day.');
    // Support is neither agreed to nor celebrated: no agreement, date or reactions on it.
    const support = firstItem(sam.page, 'Support');
    await expect(support.getByRole('button', { name: /^(Agree|React)$/ }).count()).resolves.toBe(0);
    await support.getByRole('button', { name: 'Item actions' }).click();
    await expect(support.getByRole('menuitem').allInnerTexts()).resolves.toEqual(['Move up', 'Move down', 'Delete']);
    await sam.page.keyboard.press('Escape');

    // A check-in from each partner shows on everyone's chart; the therapist has no check-in of their own.
    for (const [partner, feeling, words] of [
      [sam, 'Good', 'I feel listened to.'],
      [alex, 'Okay', ''],
    ] as const) {
      await partner.page.getByRole('button', { name: 'Check in' }).click();
      await partner.page.getByRole('radio', { name: feeling }).check();
      if (words) await partner.page.getByRole('textbox', { name: 'In your own words (optional)' }).fill(words);
      await partner.page.getByRole('button', { name: 'Save check-in' }).click();
    }
    await expect(kai.page.getByRole('button', { name: 'Check in' }).count()).resolves.toBe(0);
    const chart = kai.page.getByRole('img', { name: 'How each person has felt over time' });
    await expect
      .poll(() => chart.locator('[data-person]').evaluateAll((series) => series.map((s) => s.getAttribute('data-person'))))
      .toEqual(['Sam', 'Alex']);
    // Sam and Alex never share both colour and marker, and every device draws them alike.
    const looksOn = (page: Page) =>
      page
        .getByRole('img', { name: 'How each person has felt over time' })
        .locator('[data-person]')
        .evaluateAll((series) =>
          series.map((s) => `${s.getAttribute('data-person')}: ${getComputedStyle(s).color} ${s.getAttribute('data-marker')}`),
        );
    const looks = await looksOn(kai.page);
    expect(new Set(looks.map((look) => look.replace(/^\w+: /, ''))).size).toBe(2);
    for (const partner of [sam, alex]) await expect.poll(() => looksOn(partner.page)).toEqual(looks);
    await expect
      .poll(() => chart.locator('desc').textContent())
      .toMatch(/Sam: 1 check-in, most recently good .* Alex: 1 check-in, most recently okay/);
    await kai.page.getByText('Every check-in, as a list').click();
    await expect.poll(() => kai.page.locator('.checkin-table tbody').innerText()).toContain('I feel listened to.');
    expect(await seriousViolations(kai.page)).toEqual([]);
    const picture = screenshotPath('session.png');
    if (picture) await takeFullPage(sam.page, picture);
  });

  it('an observer reads but cannot change anything, until the partners agree on a new role', async () => {
    const [sam, alex, kai] = people() as [Named, Named, Named];
    await sam.page.getByRole('button', { name: 'All boards' }).click();
    await createBoard(sam.page, 'Family board');
    await addItem(sam.page, 'Boundaries', 'I need to be asked before plans are made for me.');
    for (const [person, role] of [
      [alex, 'Partner'],
      [kai, 'Observer'],
    ] as const) {
      await person.page.getByRole('button', { name: 'All boards' }).click();
      await join(person.page, await inviteCode(sam.page, role), 'Family board');
    }
    await expect
      .poll(() => firstItem(kai.page, 'Boundaries').getByRole('textbox').inputValue(), { timeout: 30_000 })
      .toBe('I need to be asked before plans are made for me.');
    const observerTools = () =>
      kai.page.getByRole('button', { name: /^(Add boundary|Add from a prompt|Item actions|Agree|React|Invite)$/ }).count();
    await expect(firstItem(kai.page, 'Boundaries').getByRole('textbox').isEditable()).resolves.toBe(false);
    await expect(observerTools()).resolves.toBe(0);

    // Sam suggests that Kai facilitates; it changes only once Alex agrees too.
    const peopleList = (page: Page) => page.getByRole('list', { name: 'People on this board' });
    await expect.poll(() => peopleList(sam.page).innerText()).toContain('Kai');
    await peopleList(sam.page).getByRole('button', { name: 'Change role for Kai' }).click();
    await peopleList(sam.page).getByRole('combobox', { name: 'New role for Kai' }).selectOption({ label: 'Therapist or facilitator' });
    await peopleList(sam.page).getByRole('button', { name: 'Suggest' }).click();
    const agreeButton = peopleList(alex.page).getByRole('button', { name: 'Agree that Kai becomes therapist or facilitator' });
    await agreeButton.waitFor();
    await expect(observerTools()).resolves.toBe(0);
    await agreeButton.click();
    await region(kai.page, 'Boundaries').getByRole('button', { name: 'Add boundary' }).waitFor();
    await expect(firstItem(kai.page, 'Boundaries').getByRole('textbox').isEditable()).resolves.toBe(true);
    await expect(kai.page.getByRole('button', { name: 'Agree' }).count()).resolves.toBe(0);
  });
});
