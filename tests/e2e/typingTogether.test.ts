import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seeded } from '@/tests/support/random';
import { addItem, sectionTexts } from '@/tests/e2e/support/board';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { inviteCode, join, withPeople, type Named } from '@/tests/e2e/support/people';
import { caretAt, expectationBox, headStart, pointAt, selectionOf } from '@/tests/e2e/support/typing';

/**
 * Typing together at one spot (issue 14): two Chromium profiles over real
 * WebRTC on loopback, both typing into the same expectation at the same
 * moment (keystrokes sent to both pages at once). Delays between keys and
 * who starts first come from a seed, new each run (printed; CG_TYPING_SEED
 * replays one). Each case checks the properties: both panels end with the
 * same words, each person's letters are there as one unbroken run, nothing
 * typed is lost, and each caret is right after its own person's letters.
 * The unit test (tests/unit/board/textInput/typingTogether.test.ts) covers every
 * interleaving; this one is the real browsers, IME and clipboard included.
 */
const BASE = 'We plan weekends together on Thursday';
const seed = Number(process.env.CG_TYPING_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe.runIf(requireChromium())(`typing together at one spot (two Chromium profiles, real WebRTC; seed ${seed})`, () => {
  const people = withPeople(['Jo', 'Riley']);
  const random = seeded(seed);
  /** A typing rhythm: 10-60 ms between keys, as fast typists go. */
  const rhythm = () => ({ delay: 10 + random.int(50) });
  let jo: Named;
  let riley: Named;
  let items = 0;

  // (expect.poll, which the invite helpers use, runs only inside a test.)
  it('Riley joins Jo’s board by invite', async () => {
    [jo, riley] = people() as [Named, Named];
    console.info(`typingTogether: seed ${seed} (CG_TYPING_SEED=${seed} replays it)`);
    await createBoard(jo.page, 'Jo & Riley');
    const code = await inviteCode(jo.page);
    await join(riley.page, code, 'Jo & Riley');
    await expect.poll(() => connectionText(riley.page), { timeout: 20_000 }).toBe('Connected with Jo');
    await expect.poll(() => connectionText(jo.page), { timeout: 20_000 }).toBe('Connected with Riley');
  });

  /** A new expectation with `words`, written by Jo, once Riley sees it: the two boxes. */
  async function expectation(words: string): Promise<[Locator, Locator]> {
    await addItem(jo.page, 'Expectations', words);
    const index = items++;
    const boxes: [Locator, Locator] = [expectationBox(jo.page, index), expectationBox(riley.page, index)];
    await expect.poll(() => boxes[1].inputValue()).toBe(words);
    return boxes;
  }

  /** Both panels end with the same words: returned once they agree and hold every run. */
  async function converged(boxes: [Locator, Locator], runs: string[]): Promise<string> {
    let seen: string[] = [];
    const agree = async () => {
      seen = await Promise.all(boxes.map((box) => box.inputValue()));
      return seen[0] === seen[1] && runs.every((run) => seen[0]!.includes(run));
    };
    await expect
      .poll(agree, { timeout: 20_000, message: `panels agree and hold ${JSON.stringify(runs)} (seed ${seed})` })
      .toBe(true)
      .catch((error: unknown) => {
        throw new Error(`Jo's panel ends with ${JSON.stringify(seen[0])}, Riley's with ${JSON.stringify(seen[1])}: ${String(error)}`);
      });
    return seen[0]!;
  }

  /** Each caret is right after its own person's letters (it did not jump into the other's). */
  async function caretsAfter(words: string, [joBox, rileyBox]: [Locator, Locator], joRun: string | null, rileyRun: string | null) {
    for (const [box, run] of [
      [joBox, joRun],
      [rileyBox, rileyRun],
    ] as const) {
      if (run === null) continue;
      const end = words.indexOf(run) + run.length;
      expect(await selectionOf(box), `caret after "${run}" in "${words}" (seed ${seed})`).toEqual([end, end]);
    }
  }

  /** Keystrokes to both pages at once, one of them a seeded moment later. */
  async function together(joTyping: (page: Page) => Promise<void>, rileyTyping: (page: Page) => Promise<void>) {
    const [first, second] = random.next() < 0.5 ? [0, 1] : [1, 0];
    const lag = random.int(40);
    const acts = [() => joTyping(jo.page), () => rileyTyping(riley.page)];
    await Promise.all([acts[first]!(), headStart(lag).then(() => acts[second]!())]);
  }

  it('same spot: both type at the end of the same words at once', async () => {
    const boxes = await expectation(BASE);
    await caretAt(jo.page, boxes[0], BASE.length);
    await caretAt(riley.page, boxes[1], BASE.length);
    await together(
      (page) => page.keyboard.type(' [Jo]', rhythm()),
      (page) => page.keyboard.type(' [Riley]', rhythm()),
    );
    const words = await converged(boxes, [' [Jo]', ' [Riley]']);
    expect([`${BASE} [Jo] [Riley]`, `${BASE} [Riley] [Jo]`], `seed ${seed}`).toContain(words);
    await caretsAfter(words, boxes, ' [Jo]', ' [Riley]');
  });

  it('one letter apart: each types at their own spot, one letter from the other', async () => {
    const boxes = await expectation(BASE);
    const spot = BASE.indexOf('Thursday') + 5; // Thurs|day
    await caretAt(jo.page, boxes[0], spot);
    await caretAt(riley.page, boxes[1], spot + 1);
    await together(
      (page) => page.keyboard.type('[jo]', rhythm()),
      (page) => page.keyboard.type('[riley]', rhythm()),
    );
    const words = await converged(boxes, ['[jo]', '[riley]']);
    expect(words, `seed ${seed}`).toBe(`${BASE.slice(0, spot)}[jo]${BASE[spot]}[riley]${BASE.slice(spot + 1)}`);
    await caretsAfter(words, boxes, '[jo]', '[riley]');
  });

  it('one replaces a selection the other is typing into: the letters typed into it stay', async () => {
    const boxes = await expectation(BASE);
    const thursday = BASE.indexOf('Thursday');
    await caretAt(riley.page, boxes[1], thursday, 'Thursday'.length);
    await caretAt(jo.page, boxes[0], thursday + 4); // Thur|sday
    // Jo is typing into Riley's selection when Riley types over it.
    await jo.page.keyboard.type('[');
    await together(
      (page) => page.keyboard.type('jo]', rhythm()),
      (page) => page.keyboard.type('Friday', rhythm()),
    );
    const words = await converged(boxes, ['[jo]', 'Friday']);
    expect(words, `seed ${seed}`).toBe(`${BASE.slice(0, thursday)}Friday[jo]`);
    await caretsAfter(words, boxes, '[jo]', 'Friday');
  });

  it('paste against typing: a pasted phrase and typed letters at the same spot', async () => {
    const boxes = await expectation(BASE);
    // Jo copies " weekends" with the keyboard, then pastes it at the end while Riley types there.
    const from = BASE.indexOf(' weekends');
    await caretAt(jo.page, boxes[0], from, ' weekends'.length);
    await jo.page.keyboard.press('Control+C');
    await jo.page.keyboard.press('Control+End');
    await caretAt(riley.page, boxes[1], BASE.length);
    await together(
      async (page) => {
        await headStart(random.int(3) * 40);
        await page.keyboard.press('Control+V');
      },
      (page) => page.keyboard.type(' [Riley]', rhythm()),
    );
    const words = await converged(boxes, [' weekends', ' [Riley]']);
    expect([`${BASE} weekends [Riley]`, `${BASE} [Riley] weekends`], `seed ${seed}`).toContain(words);
    await caretsAfter(words, boxes, null, ' [Riley]');
    const [joCaret] = await selectionOf(boxes[0]);
    expect(joCaret, `Jo's caret after the pasted words in "${words}" (seed ${seed})`).toBe(
      words.lastIndexOf(' weekends') + ' weekends'.length,
    );
  });

  it('undo against typing: Ctrl+Z takes back only Jo’s words while Riley types right after them', async () => {
    const boxes = await expectation(BASE);
    await caretAt(jo.page, boxes[0], BASE.length);
    await jo.page.keyboard.type(' [Jo]', rhythm());
    await expect.poll(() => boxes[1].inputValue()).toBe(`${BASE} [Jo]`);
    await caretAt(riley.page, boxes[1], `${BASE} [Jo]`.length);
    await together(
      async (page) => {
        await headStart(random.int(4) * 30);
        await page.keyboard.press('Control+Z');
      },
      (page) => page.keyboard.type(' [Riley]', rhythm()),
    );
    const words = await converged(boxes, [' [Riley]']);
    expect(words, `seed ${seed}`).toBe(`${BASE} [Riley]`);
    await caretsAfter(words, boxes, null, ' [Riley]');
  });

  it('delete-word against typing: Ctrl+Backspace removes only what Jo saw', async () => {
    const boxes = await expectation(BASE);
    await caretAt(jo.page, boxes[0], BASE.length);
    await caretAt(riley.page, boxes[1], BASE.length);
    await together(
      async (page) => {
        await headStart(random.int(4) * 30);
        await page.keyboard.press('Control+Backspace');
      },
      (page) => page.keyboard.type(' [Riley]', rhythm()),
    );
    const words = await converged(boxes, [' [Riley]']);
    expect(words, `seed ${seed}`).toBe(`${BASE.slice(0, -'Thursday'.length)} [Riley]`);
    await caretsAfter(words, boxes, null, ' [Riley]');
  });

  it('drag-and-drop against typing: a word moved with the mouse while the other types at the end', async () => {
    const boxes = await expectation(BASE);
    await caretAt(riley.page, boxes[1], BASE.length);
    await caretAt(jo.page, boxes[0], BASE.indexOf('plan'), 'plan'.length);
    const grab = await pointAt(boxes[0], BASE.indexOf('plan') + 2);
    const drop = await pointAt(boxes[0], BASE.indexOf(' together'));
    await together(
      async (page) => {
        await page.mouse.move(grab.x, grab.y);
        await page.mouse.down();
        await page.mouse.move(drop.x, drop.y, { steps: 6 });
        await page.mouse.up();
      },
      (page) => page.keyboard.type(' [Riley]', rhythm()),
    );
    const words = await converged(boxes, [' [Riley]']);
    // The word moved, once, every letter kept; Riley's run whole at the end.
    const moved = words.slice(0, -' [Riley]'.length);
    expect(words.endsWith(' [Riley]'), `"${words}" (seed ${seed})`).toBe(true);
    expect([...moved].sort().join(''), `"${words}" (seed ${seed})`).toBe([...BASE].sort().join(''));
    expect(moved.indexOf('plan'), `"${words}" (seed ${seed})`).toBeGreaterThan(BASE.indexOf('plan'));
    await caretsAfter(words, boxes, null, ' [Riley]');
  });

  it('IME against typing: letters that arrive mid-composition neither break it nor get lost', async () => {
    const boxes = await expectation(BASE);
    await caretAt(jo.page, boxes[0], BASE.length);
    await caretAt(riley.page, boxes[1], BASE.length);
    const ime = await jo.page.context().newCDPSession(jo.page);
    await ime.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
    await riley.page.keyboard.type(' [Riley]', rhythm());
    // Riley's next change arriving means the letters before it did (one ordered channel).
    await addItem(riley.page, 'Boundaries', `sent ${items}`);
    await expect.poll(() => sectionTexts(jo.page, 'Boundaries')).toContain(`sent ${items}`);
    // The box still shows Jo's composition as the IME left it: nothing rewrote it.
    expect(await boxes[0].inputValue()).toBe(`${BASE}か`);
    await ime.send('Input.imeSetComposition', { text: 'かな', selectionStart: 2, selectionEnd: 2 });
    await ime.send('Input.insertText', { text: '仮名' });
    await ime.detach();
    const words = await converged(boxes, ['仮名', ' [Riley]']);
    expect(words, `seed ${seed}`).toBe(`${BASE}仮名 [Riley]`);
    await caretsAfter(words, boxes, '仮名', null);
  });
});
