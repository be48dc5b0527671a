import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { composeScreenshot, composeTile, pngSize, type Screenshot } from '@/tests/assets/frame';
import { addItem, itemAction, type SectionTitle } from '@/tests/e2e/support/board';
import { connectionText, createBoard, launchPerson, requireChromium, useLocalNetwork, waitSaved } from '@/tests/e2e/support/chromium';
import { boardBar, closePeople, inviteCode, join, type Named } from '@/tests/e2e/support/people';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';

/**
 * `npm run store-assets`: the Chrome Web Store's screenshots (1280×800) and
 * small promo tile (440×280), from the real panel: Sam and Alex fill a board
 * together over WebRTC on loopback (a local signaling server, as in the
 * end-to-end tests), and Sam's panel is photographed, 400 px wide, at 1.5
 * device pixels per CSS pixel. Written to .output/store/ (never committed);
 * docs/publishing.md says where each goes.
 */
const OUT = '.output/store';
const PANEL = { width: 400, height: 470, scale: 1.5 };

const BOARD: Record<SectionTitle, string[]> = {
  Boundaries: [
    'I need an hour to myself after work before we make plans.',
    'I want us to talk about money together, not apart.',
    'I’d like a pause when a talk gets heated, and to come back to it the same day.',
  ],
  Expectations: [
    'If I text during the day, a reply by the evening is enough.',
    'We each keep one evening a week for our own friends.',
    'Sunday mornings are ours: no phones until breakfast is done.',
  ],
  Celebrations: ['You started the new job and handled the first week so well!', 'Our first calm talk about the holidays.'],
  Support: [
    'Right now it would help me if you asked about my day before we talk plans.',
    'A walk together on Thursdays while things are busy.',
  ],
};

const region = (page: Page, section: SectionTitle) => page.getByRole('region', { name: section });
const items = (page: Page, section: SectionTitle) => region(page, section).getByRole('listitem');

async function agreeAll(page: Page, section: SectionTitle, skipLast = false): Promise<void> {
  const count = (await items(page, section).count()) - (skipLast ? 1 : 0);
  for (let i = 0; i < count; i++) await items(page, section).nth(i).getByRole('button', { name: 'Agree' }).click();
}

/** Sam's panel, scrolled so `top` sits just under the board's head, nothing focused or under the mouse. */
async function panelPicture(page: Page, top: Locator): Promise<Buffer> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // The panel's right edge is padding: nothing there reacts to the mouse.
  await page.mouse.move(PANEL.width - 2, PANEL.height - 2);
  await top.evaluate((element) => {
    const head = document.querySelector('.board-head')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - head - 8);
  });
  return page.screenshot({ animations: 'disabled', caret: 'hide' });
}

describe.runIf(requireChromium())('the store pictures (npm run store-assets)', () => {
  let signaling: Signaling | undefined;
  const people: Named[] = [];
  afterAll(async () => {
    await closePeople(people);
    await signaling?.stop();
  });

  it('screenshots at 1280×800 and the 440×280 tile, from a board two people filled', async () => {
    signaling = await startSignaling(0);
    for (const [name, options] of [
      ['Sam', { width: PANEL.width, height: PANEL.height, deviceScaleFactor: PANEL.scale }],
      ['Alex', {}],
    ] as const) {
      const person = await launchPerson(undefined, options);
      const page = await person.openPanel();
      await useLocalNetwork(page, name, signaling.url);
      people.push({ ...person, name, page });
    }
    const [sam, alex] = people as [Named, Named];

    await createBoard(sam.page, 'Sam & Alex');
    for (const section of Object.keys(BOARD) as SectionTitle[]) for (const text of BOARD[section]) await addItem(sam.page, section, text);
    await join(alex.page, await inviteCode(sam.page), 'Sam & Alex');
    await expect.poll(() => connectionText(sam.page), { timeout: 20_000 }).toBe('Connected with Alex');
    // The invite panel and its one-time note about servers are done with.
    await sam.page.locator('section.invite').getByRole('button', { name: 'Got it' }).click();
    await sam.page.locator('section.invite').getByRole('button', { name: 'Close' }).click();

    // Both agree to every boundary and expectation but the last expectation, which waits for Alex.
    await expect.poll(() => items(alex.page, 'Expectations').count()).toBe(BOARD.Expectations.length);
    for (const page of [sam.page, alex.page]) await agreeAll(page, 'Boundaries');
    await agreeAll(sam.page, 'Expectations');
    await agreeAll(alex.page, 'Expectations', true);
    const forAlex = items(sam.page, 'Celebrations').first();
    await itemAction(forAlex, 'For');
    await forAlex.getByRole('combobox', { name: 'For' }).selectOption({ label: 'Alex' });
    await forAlex.getByRole('button', { name: 'Done' }).click();
    const celebration = items(alex.page, 'Celebrations').first();
    await celebration.getByRole('button', { name: 'React' }).click();
    await celebration.getByRole('menuitemradio', { name: 'So proud' }).click();
    for (const [person, feeling, words] of [
      [sam, 'Good', 'I feel listened to, and less rushed in the evenings.'],
      [alex, 'Thriving', ''],
    ] as const) {
      await person.page.getByRole('button', { name: 'Check in' }).click();
      await person.page.getByRole('radio', { name: feeling }).check();
      if (words) await person.page.getByRole('textbox', { name: 'In your own words (optional)' }).fill(words);
      await person.page.getByRole('button', { name: 'Save check-in' }).click();
    }
    const chart = sam.page.getByRole('img', { name: 'How each person has felt over time' });
    await expect.poll(() => chart.locator('[data-person]').count()).toBe(2);
    // textContent: items off screen skip rendering (content-visibility), and innerText sees nothing there.
    await expect
      .poll(() => region(sam.page, 'Expectations').locator('.consent-status').allTextContents())
      .toEqual(['Agreed by everyone', 'Agreed by everyone', 'Waiting for Alex']);
    await expect.poll(() => forAlex.locator('.item-date').textContent()).toMatch(/ · for Alex$/);
    await expect.poll(() => items(sam.page, 'Celebrations').first().getByLabel('Reactions').textContent()).toBe('Alex: ★ So proud');
    for (const person of people) await waitSaved(person.page);
    await boardBar(sam.page).waitFor();

    // Each section's hint folds away once read: on Sam's device all but the first have been.
    for (const section of ['Expectations', 'Celebrations', 'Support'] as const) {
      await region(sam.page, section).getByText(`About ${section.toLowerCase()}`).click();
    }

    const shown = { width: PANEL.width * PANEL.scale, height: PANEL.height * PANEL.scale };
    const shots: [file: string, top: Locator, words: Omit<Screenshot, 'panel' | 'panelSize'>][] = [
      [
        'screenshot-1-agreements.png',
        region(sam.page, 'Boundaries'),
        {
          headline: 'Say what you need, and agree to it together',
          line: 'Boundaries and expectations, in your browser’s side panel. Each one shows where it stands: agreed by everyone, or waiting for someone.',
        },
      ],
      [
        'screenshot-2-expectations.png',
        region(sam.page, 'Expectations'),
        {
          headline: 'The unspoken rules, said out loud',
          line: 'Small, concrete agreements. When the words change, everyone agrees afresh, with the agreed words still in view.',
        },
      ],
      [
        'screenshot-3-celebrations.png',
        region(sam.page, 'Celebrations'),
        {
          headline: 'Notice the good moments too',
          line: 'Celebrations keep the day, who they are for, and everyone’s reactions.',
        },
      ],
      [
        'screenshot-4-check-ins.png',
        sam.page.getByRole('heading', { name: 'Check-ins' }),
        {
          headline: 'A gentle check-in, now and then',
          line: 'How each of you has felt over time. Edited together live, device to device; kept only on your own devices.',
          dark: true,
        },
      ],
    ];
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const canvas = await alex.context.newPage();
    for (const [file, top, words] of shots) {
      await sam.page.emulateMedia({ colorScheme: words.dark ? 'dark' : 'light' });
      const panel = await panelPicture(sam.page, top);
      expect(pngSize(panel)).toEqual(shown);
      await composeScreenshot(canvas, { ...words, panel, panelSize: shown }, `${OUT}/${file}`);
      expect(pngSize(readFileSync(`${OUT}/${file}`))).toEqual({ width: 1280, height: 800 });
    }
    await composeTile(canvas, 'Your relationship’s agreements, kept together.', `${OUT}/promo-small-440x280.png`);
    expect(pngSize(readFileSync(`${OUT}/promo-small-440x280.png`))).toEqual({ width: 440, height: 280 });
  });
});
