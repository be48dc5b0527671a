import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { es } from '@/lib/i18n/es';
import { pseudoCatalog } from '@/lib/i18n/pseudo';
import { manifestEs } from '@/lib/i18n/manifest/es';
import { launchPerson, removeProfile, requireChromium, waitSaved } from '@/tests/e2e/support/chromium';
import { boardBar, closePeople, type Named, withPeople } from '@/tests/e2e/support/people';
import { seriousViolations } from '@/tests/e2e/support/axe';

/**
 * Issue 18: the panel in Spanish, with no English left on any view (checked
 * against the English message files), and in the pseudo-locale at 320 px,
 * where every message is ~40% longer, with nothing running off the side.
 */

const PLACEHOLDER = '\u0001';

/** Every English message, as the runs of words it shows: a message with values is cut where they go. */
function englishRuns(catalog: unknown, spanish: unknown): string[] {
  if (typeof catalog === 'string') return catalog === spanish ? [] : [catalog];
  if (typeof catalog === 'function') {
    const args = Array.from({ length: catalog.length }, () => PLACEHOLDER);
    let text: unknown;
    try {
      text = (catalog as (...a: unknown[]) => unknown)(...args);
    } catch {
      return [];
    }
    return typeof text === 'string' ? text.split(PLACEHOLDER) : [];
  }
  if (Array.isArray(catalog)) return catalog.flatMap((inner, i) => englishRuns(inner, (spanish as unknown[] | undefined)?.[i]));
  if (typeof catalog === 'object' && catalog !== null) {
    return Object.entries(catalog).flatMap(([key, inner]) => englishRuns(inner, (spanish as Record<string, unknown> | undefined)?.[key]));
  }
  return [];
}

/** `run` as whole words: Spanish “Cancelar” holds English “Cancel”. */
const asWords = (run: string) => new RegExp(`(?<![\\p{L}])${run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');

/** Every Spanish message's words: a name both languages use (“Markdown”, “Firefox”) is not English left behind. */
const SPANISH = englishRuns(es, undefined).join('\n');

/** Long enough to be English words, not a name, a symbol or a number that any language shows. */
const ENGLISH = [...new Set(englishRuns(en, es).map((run) => run.trim()))].filter(
  (run) => run.length >= 6 && /[a-z]{3}/i.test(run) && !asWords(run).test(SPANISH),
);

/** What the page shows or says to a screen reader: its text, accessible names and descriptions, options. */
const pageWords = (page: Page) =>
  page.evaluate(() => {
    const words = [document.body.innerText];
    for (const element of document.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value) words.push(value);
      }
    }
    return words.join('\n');
  });

/** No English words (see ENGLISH) and no serious or critical axe issue on what `page` shows now. */
async function checkView(page: Page, view: string): Promise<void> {
  const words = await pageWords(page);
  expect(
    ENGLISH.filter((run) => asWords(run).test(words)),
    `English left on ${view}`,
  ).toEqual([]);
  expect(await seriousViolations(page), `axe on ${view}`).toEqual([]);
}

/** The innermost elements that reach past the panel's right edge, as tag.class “text”: none when everything fits. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5);
    return past
      .filter((element) => !past.some((other) => other !== element && element.contains(other)))
      .map(
        (element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${(element.textContent ?? '').slice(0, 40)}”`,
      );
  });

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openBoard(page: Page, name: string): Promise<void> {
  await page.getByRole('list', { name: es_.boards.savedBoards }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

const es_ = es;
const xa = pseudoCatalog(en);

describe.runIf(requireChromium())('the panel in another language (Chromium, WebRTC on loopback)', () => {
  const people = withPeople(['Sam', 'Alex']);

  it('speaks the browser’s language from the first screen', async () => {
    const person = await launchPerson(undefined, { locale: 'es-ES' });
    try {
      const page = await person.openPanel();
      await page.getByRole('button', { name: es_.boards.newBoard }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await checkView(page, 'the board list of a Spanish browser');
      // The browser's own words for the extension: its toolbar button, and its description on the extensions page.
      const outside = await page.evaluate(async () => {
        type Chrome = {
          action: { getTitle(details: object): Promise<string> };
          management: { getSelf(): Promise<{ description: string }> };
        };
        const { action, management } = (globalThis as unknown as { chrome: Chrome }).chrome;
        return { title: await action.getTitle({}), description: (await management.getSelf()).description };
      });
      expect(outside).toEqual({ title: manifestEs.openPanel, description: manifestEs.description });
    } finally {
      await closePeople([person]);
    }
  });

  it('in Spanish: a board made and shared, with no English left on any view', async () => {
    const [sam, alex] = people() as [Named, Named];
    // Both chose Spanish in Settings (the first test covers a Spanish browser).
    for (const person of [sam, alex]) {
      await person.page.evaluate(() => localStorage.setItem('cg-language', 'es'));
      await person.page.reload();
      await person.page.getByRole('button', { name: es_.boards.newBoard }).waitFor();
    }
    await checkView(sam.page, 'the board list');
    await sam.page.getByRole('button', { name: es_.boards.newBoard }).click();
    await checkView(sam.page, 'the new board form');
    await sam.page.getByRole('textbox', { name: es_.boards.boardName }).fill('Nosotros');
    await sam.page.getByRole('button', { name: es_.boards.createBoard }).click();
    await sam.page.getByRole('heading', { name: 'Nosotros', exact: true }).waitFor();
    for (const section of ['boundary', 'expectation', 'celebration', 'support'] as const) {
      const words = es_.common.sections[section];
      await sam.page.getByRole('button', { name: words.addLabel }).click();
      await region(sam.page, words.title).getByRole('textbox', { name: words.itemLabel }).last().waitFor();
      await sam.page.keyboard.type('Necesito tiempo para mí los domingos.');
    }
    await waitSaved(sam.page);
    await checkView(sam.page, 'the board');
    const firstItem = region(sam.page, es_.common.sections.boundary.title).getByRole('listitem').first();
    await firstItem.getByRole('button', { name: es_.items.itemActions }).click();
    await checkView(sam.page, 'the item actions menu');
    await sam.page.keyboard.press('Escape');

    await sam.page.getByRole('button', { name: es_.board.invite }).click();
    const code = sam.page.getByRole('textbox', { name: es_.sharing.inviteCode });
    await expect.poll(() => code.inputValue()).toMatch(/^CG2-/);
    await checkView(sam.page, 'the invite view');

    await alex.page.getByRole('button', { name: es_.boards.joinBoard }).click();
    await alex.page.getByRole('textbox', { name: es_.boards.inviteCode }).fill(await code.inputValue());
    await checkView(alex.page, 'the join form');
    await alex.page.getByRole('button', { name: es_.boards.join, exact: true }).click();
    await alex.page.getByRole('heading', { name: 'Nosotros', exact: true }).waitFor();
    await expect
      .poll(() => alex.page.getByRole('status', { name: es_.board.connection }).innerText(), { timeout: 30_000 })
      .toBe(es_.connection.status.connectedWith('Sam'));
    await expect.poll(() => region(alex.page, es_.common.sections.support.title).getByRole('listitem').count()).toBe(1);
    await region(alex.page, es_.common.sections.boundary.title).getByRole('button', { name: es_.items.agree }).click();
    await checkView(alex.page, 'the joined board, during a session');

    // A check-in, and the chart it draws.
    await sam.page.getByRole('button', { name: es_.checkins.checkIn }).click();
    await checkView(sam.page, 'the check-in form');
    await sam.page.getByRole('radio', { name: es_.model.checkInScale.good, exact: true }).check();
    await sam.page.getByRole('button', { name: es_.checkins.save, exact: true }).click();
    await sam.page.getByText(es_.checkins.chart.asList).click();
    await checkView(sam.page, 'the check-in chart and its list');

    // Both leave, which ends the session; Sam comes back alone and adds something.
    for (const person of [sam, alex]) await boardBar(person.page).getByRole('button', { name: es_.board.allBoards }).click();
    await checkView(sam.page, 'the board list with a board');
    await openBoard(sam.page, 'Nosotros');
    await sam.page.getByRole('button', { name: es_.common.sections.celebration.addLabel }).click();
    await sam.page.keyboard.type('Una semana tranquila.');
    await waitSaved(sam.page);
    await boardBar(sam.page).getByRole('button', { name: es_.board.allBoards }).click();
    await openBoard(sam.page, 'Nosotros');
    await sam.page.getByRole('list', { name: es_.history.changesLabel }).waitFor();
    await checkView(sam.page, 'what changed since the last session');

    await sam.page.getByRole('button', { name: es_.board.history }).click();
    const pastSessions = sam.page.getByRole('list', { name: es_.history.pastSessions });
    await pastSessions.getByRole('button').first().click();
    await sam.page.locator('.past-board').getByRole('heading', { level: 4 }).first().waitFor();
    await checkView(sam.page, 'a past session');
    await sam.page.getByRole('button', { name: es_.history.closeHistory }).click();

    await sam.page.getByRole('button', { name: es_.board.export }).click();
    await checkView(sam.page, 'the export view');
    await sam.page.getByRole('button', { name: es_.board.pairWithoutServer }).click();
    await checkView(sam.page, 'pairing without a server');

    await boardBar(sam.page).getByRole('button', { name: es_.board.settings }).click();
    await sam.page.getByRole('button', { name: es_.settings.saveSettings }).waitFor();
    await checkView(sam.page, 'Settings');
  });

  it('in the pseudo-locale at 320 px: every view fits, with words ~40% longer', async () => {
    const person = await launchPerson(undefined, { width: 320 });
    try {
      const page = await person.openPanel();
      await page.evaluate(() => localStorage.setItem('cg-language', 'en-XA'));
      await page.reload();
      const fits = async (view: string) => expect(await overflowing(page), `${view} runs off the side`).toEqual([]);
      await page.getByRole('button', { name: xa.boards.newBoard }).click();
      await fits('the new board form');
      await page.getByRole('textbox', { name: xa.boards.boardName }).fill('Us');
      await page.getByRole('textbox', { name: xa.settings.yourName }).fill('Sam');
      await page.getByRole('button', { name: xa.boards.createBoard }).click();
      await page.getByRole('heading', { name: 'Us', exact: true }).waitFor();
      await page.getByRole('button', { name: xa.common.sections.boundary.addLabel }).click();
      await page.keyboard.type('I need quiet time on Sundays.');
      await fits('the board');
      await page.getByRole('button', { name: xa.items.itemActions }).first().click();
      await fits('the item actions menu');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: xa.board.invite }).click();
      await expect.poll(() => page.getByRole('textbox', { name: xa.sharing.inviteCode }).inputValue()).toMatch(/^CG2-/);
      await fits('the invite view');
      const code = await page.getByRole('textbox', { name: xa.sharing.inviteCode }).inputValue();
      await page.getByRole('button', { name: xa.checkins.checkIn }).click();
      await fits('the check-in form');
      await page.getByRole('radio', { name: xa.model.checkInScale.good, exact: true }).check();
      await page.getByRole('button', { name: xa.checkins.save, exact: true }).click();
      await page.getByText(xa.checkins.chart.asList).click();
      await fits('the check-in chart and its list');
      await page.getByRole('button', { name: xa.board.history }).click();
      await fits('History');
      await page.getByRole('button', { name: xa.history.closeHistory }).click();
      await page.getByRole('button', { name: xa.board.export }).click();
      await fits('the export view');
      await page.getByRole('button', { name: xa.board.pairWithoutServer }).click();
      await fits('pairing without a server');
      await boardBar(page).getByRole('button', { name: xa.board.settings }).click();
      await page.getByRole('button', { name: xa.settings.saveSettings }).waitFor();
      await fits('Settings');
      await page.getByRole('button', { name: xa.settings.back }).click();
      await boardBar(page).getByRole('button', { name: xa.board.allBoards }).click();
      await page.getByRole('button', { name: xa.boards.joinBoard }).click();
      await page.getByRole('textbox', { name: xa.boards.inviteCode }).fill(code);
      await fits('the join form, with a code in it');
    } finally {
      await person.close();
      removeProfile(person.profileDir);
    }
  });
});
