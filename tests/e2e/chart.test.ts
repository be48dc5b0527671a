import type { Locator, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { setPerson } from '@/lib/board/actions';
import { addCheckIn } from '@/lib/board/checkins';
import { preferredColour } from '@/lib/board/people/colours';
import { initBoard } from '@/lib/board/schema';
import { seriousViolations } from '@/tests/e2e/support/axe';
import { createBoard, launchPerson, removeProfile, requireChromium, type Person } from '@/tests/e2e/support/chromium';
import { replaceStoredState } from '@/tests/e2e/support/seed';

const DAY = 24 * 60 * 60 * 1000;
// Three person ids, in the shape devices make them, that the old rule (the
// id's hash alone) all drew in Violet, as docs/images/session.png showed.
const VIOLETS = [
  { id: 'k978bafe5d20970fe21d3658a92bb8569', name: 'Sam', joinedAt: 1_000 },
  { id: 'kfa76cc72c3143764645acf09ecd4bd83', name: 'Alex', joinedAt: 2_000 },
  { id: 'ka3c490e1b596e41a1b71b03285833988', name: 'Jo', joinedAt: 3_000 },
];

/** A board where those three have each checked in three times. */
function boardOfVioletPeople(title: string): Uint8Array {
  const doc = new Y.Doc();
  initBoard(doc, { title, kind: 'partners', createdAt: 1, createdBy: VIOLETS[0]!.id });
  const start = Date.now() - 30 * DAY;
  VIOLETS.forEach((person, i) => {
    setPerson(doc, person.id, { name: person.name }, person.joinedAt);
    for (let round = 0; round < 3; round++) {
      addCheckIn(
        doc,
        person.id,
        { score: 1 + ((i + round) % 5), statement: `${person.name}, week ${round + 1}.` },
        start + (round * 3 + i) * DAY,
      );
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

interface Drawn {
  name: string;
  colour: string;
  marker: string;
}

/** Each series as the chart draws it: its computed colour, and the shape named on it and drawn at each point. */
const series = (chart: Locator) =>
  chart.locator('g[data-person]').evaluateAll((groups) =>
    groups.map((group) => ({
      name: group.getAttribute('data-person') ?? '',
      colour: getComputedStyle(group).color,
      marker: group.getAttribute('data-marker') ?? '',
      points: [...group.querySelectorAll('.point')].map((point) => ({ tag: point.tagName, fill: getComputedStyle(point).fill })),
    })),
  );

/** Each legend entry: the name, the mark's drawn colour, its shape's name and its path (drawn about the origin, so alike shapes have alike paths). */
const legend = (page: Page) =>
  page.locator('.checkin-chart .legend-entry').evaluateAll((entries) =>
    entries.map((entry) => {
      const path = entry.querySelector('svg.person-mark path')!;
      return {
        name: entry.textContent?.trim() ?? '',
        colour: getComputedStyle(path).fill,
        marker: entry.querySelector('svg.person-mark')?.getAttribute('data-marker') ?? '',
        d: path.getAttribute('d') ?? '',
      };
    }),
  );

/** The contrast of each series' colour against the page's background (WCAG 2). */
const contrastOnPage = (page: Page, colours: string[]) =>
  page.evaluate((colours) => {
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map((n) => Number(n) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = luminance(getComputedStyle(document.body).backgroundColor);
    return colours.map((colour) => {
      const [hi, lo] = [luminance(colour), background].sort((a, b) => b - a) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    });
  }, colours);

const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe.runIf(requireChromium())('the check-in chart tells people apart without colour (Chromium, 320 px)', () => {
  let person: Person | undefined;
  afterAll(async () => {
    await person?.close();
    if (person) removeProfile(person.profileDir);
  });

  it('three people the old rule drew alike: distinct colour and marker, in the chart, its legend and the people list', async () => {
    // The collision this guards against: all three ids point at one colour.
    expect(new Set(VIOLETS.map((violet) => preferredColour(violet.id)))).toEqual(new Set(['#7a5fb5']));

    person = await launchPerson(undefined, { width: 320 });
    const page = await person.openPanel();
    await page.getByRole('heading', { name: 'Boards' }).waitFor();
    const boardId = await createBoard(page, 'Our check-ins', 'Riley');
    await page.getByRole('button', { name: 'All boards' }).click();
    await replaceStoredState(page, boardId, boardOfVioletPeople('Our check-ins'));
    await page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Our check-ins' }).click();

    const chart = page.getByRole('img', { name: 'How each person has felt over time' });
    await expect.poll(() => series(chart).then((drawn) => drawn.map((one) => one.name))).toEqual(['Sam', 'Alex', 'Jo']);
    await expect(chart.locator('desc').textContent()).resolves.toMatch(/^Sam: 3 check-ins, .* Alex: 3 check-ins, .* Jo: 3 check-ins, /);

    const drawn = await series(chart);
    const pairs = (list: Drawn[]) => list.map((one) => `${one.colour} ${one.marker}`);
    expect(new Set(pairs(drawn)).size).toBe(3);
    // Without colour (grayscale) the markers alone tell them apart.
    expect(new Set(drawn.map((one) => one.marker)).size).toBe(3);
    for (const one of drawn) {
      expect(one.points).toHaveLength(3);
      // Every point is drawn as a shape in the series' own colour.
      for (const point of one.points) expect(point).toEqual({ tag: 'path', fill: one.colour });
    }
    // The first to join keeps the colour their id points at; the others take the next free ones.
    expect(drawn.map((one) => one.colour)).toEqual(['rgb(122, 95, 181)', 'rgb(143, 122, 47)', 'rgb(47, 127, 143)']);

    // The legend shows each person's own pair beside their name, and no two marks are drawn alike.
    const entries = await legend(page);
    expect(entries.map(({ name, colour, marker }) => ({ name, colour, marker }))).toEqual(
      drawn.map(({ name, colour, marker }) => ({ name, colour, marker })),
    );
    expect(new Set(entries.map((entry) => entry.d)).size).toBe(3);

    // The people list draws everyone the same way.
    const list = page.getByRole('list', { name: 'People on this board' });
    for (const one of drawn) {
      const mark = list.getByRole('listitem').filter({ hasText: one.name }).locator('svg.person-mark');
      await expect(mark.getAttribute('data-marker')).resolves.toBe(one.marker);
      await expect(mark.locator('path').evaluate((path) => getComputedStyle(path).fill)).resolves.toBe(one.colour);
    }
    // Riley (this device) has no check-ins, but is on the board: a pair of their own too.
    const riley = list.getByRole('listitem').filter({ hasText: 'Riley (you)' }).locator('svg.person-mark');
    const rileyPair = `${await riley.locator('path').evaluate((path) => getComputedStyle(path).fill)} ${await riley.getAttribute('data-marker')}`;
    expect(pairs(drawn)).not.toContain(rileyPair);

    // The list view is still there, with every check-in in words.
    await page.getByText('Every check-in, as a list').click();
    await expect(page.locator('.checkin-table tbody tr').count()).resolves.toBe(9);
    await expect(page.locator('.checkin-table tbody').innerText()).resolves.toContain('Jo, week 3.');

    // Light and dark: every colour reads at 3:1 on the page, nothing overflows, axe finds nothing serious.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const colours = (await series(chart)).map((one) => one.colour);
      for (const ratio of await contrastOnPage(page, colours)) expect(ratio, colorScheme).toBeGreaterThanOrEqual(3);
      expect(await overflowsSideways(page), colorScheme).toBe(false);
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }

    // Settings offers each colour with the shape it brings: eight choices, eight shapes.
    await page.getByRole('button', { name: 'Settings' }).click();
    const choices = page.getByRole('group', { name: 'Your colour' }).locator('label.colour-choice');
    // Settings loads its net settings first: wait for the choices, do not count at once.
    await expect.poll(() => choices.count()).toBe(8);
    const shapes = await choices.locator('svg.person-mark').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-marker')));
    expect(new Set(shapes).size).toBe(8);
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await overflowsSideways(page), `settings, ${colorScheme}`).toBe(false);
      expect(await seriousViolations(page), `settings, ${colorScheme}`).toEqual([]);
    }
  });
});
