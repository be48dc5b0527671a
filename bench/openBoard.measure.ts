import { build } from 'esbuild';
import * as Y from 'yjs';
import { afterAll, expect, it } from 'vitest';
import { BOARD_COMPLETE_MARK, BOARD_RENDERED_MARK } from '../components/marks';
import { createBoard, launchPerson, removeProfile, requireChromium, type Person } from '../tests/e2e/support/chromium';
import { bigBoard, replaceStoredState } from '../tests/e2e/support/seed';
import { fmt, median } from './support';

/**
 * Opening a board: navigation -> every item rendered, against a floor
 * measured in the same page: read the same stored bytes from IndexedDB,
 * apply them to a fresh Y.Doc, insert as many plain DOM nodes.
 */
const RUNS = 7;
let person: Person | undefined;
afterAll(async () => {
  await person?.close();
  if (person) removeProfile(person.profileDir);
});

it.runIf(requireChromium())('open a 1,000 and a 5,000 item board', async () => {
  // Yjs for the floor, evaluated in the page (DevTools evaluation is not bound by the page's CSP).
  const yjsBundle = await build({
    stdin: { contents: "globalThis.BenchY = require('yjs');", resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const yjsSource = yjsBundle.outputFiles[0]!.text;
  person = await launchPerson();
  const setup = await person.openPanel();
  const lines: string[] = [];

  for (const count of [1000, 5000]) {
    const boardId = await createBoard(setup, `Bench ${count}`, count === 1000 ? 'Bench' : undefined);
    const bytes = Y.encodeStateAsUpdate(bigBoard(count));
    await replaceStoredState(setup, boardId, bytes);

    const opened: number[] = [];
    const completed: number[] = [];
    const floors: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await person.context.newPage();
      await page.goto(`chrome-extension://${person.extensionId}/sidepanel.html#/board/${boardId}`);
      await page
        .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, BOARD_COMPLETE_MARK)
        .catch(async (error: Error) => {
          throw new Error(`${error.message}\npanel shows: ${(await page.innerText('body')).slice(0, 300)}`);
        });
      const rendered = await page.evaluate(
        ({ first, all }) => ({
          first: performance.getEntriesByName(first)[0]!.startTime,
          all: performance.getEntriesByName(all)[0]!.startTime,
          items: document.querySelectorAll('textarea.item-text').length,
        }),
        { first: BOARD_RENDERED_MARK, all: BOARD_COMPLETE_MARK },
      );
      expect(rendered.items).toBe(count);
      opened.push(rendered.first);
      completed.push(rendered.all);
      await page.evaluate(yjsSource);
      floors.push(await page.evaluate(measureFloor, boardId));
      await page.close();
    }
    const open = median(opened);
    const floor = median(floors);
    lines.push(
      `open ${count} items: first screen median ${fmt(open)} ms (min ${fmt(Math.min(...opened))}, max ${fmt(Math.max(...opened))}); ` +
        `every item ${fmt(median(completed))} ms; floor ${fmt(floor)} ms; ratio ${fmt(open / floor, 2)}x (every item ${fmt(median(completed) / floor, 2)}x); ` +
        `stored ${bytes.byteLength} bytes`,
    );
    await setup.getByRole('button', { name: 'All boards' }).click();
  }
  console.log(`\n${lines.join('\n')}\n(targets for 1,000 items: <= 150 ms and <= 2x floor; ${RUNS} runs each)\n`);
});

/** In the page: the floor. Read the rows, apply them to a fresh doc, insert one node per item. */
function measureFloor(boardId: string): Promise<number> {
  const Yp = (globalThis as unknown as { BenchY: typeof Y }).BenchY;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const open = indexedDB.open('common-ground');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result
        .transaction('updates')
        .objectStore('updates')
        .index('boardId')
        .getAll(boardId);
      request.onsuccess = () => {
        const doc = new Yp.Doc();
        for (const row of request.result as { update: Uint8Array }[]) Yp.applyUpdate(doc, row.update);
        const container = document.createElement('div');
        document.body.append(container);
        doc.getMap<Y.Map<unknown>>('items').forEach((item) => {
          const node = document.createElement('div');
          node.textContent = String(item.get('text'));
          container.append(node);
        });
        const elapsed = performance.now() - start;
        open.result.close();
        container.remove();
        resolve(elapsed);
      };
      request.onerror = () => reject(request.error);
    };
  });
}
