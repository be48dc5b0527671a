import type { Page, Worker } from 'playwright-core';
import type { Person } from '@/tests/e2e/support/chromium';
import { storedDocsText } from '@/tests/e2e/support/seed';

/**
 * The extension's service worker in this profile, the one running now. Chrome
 * stops an idle worker (after 30 s); this waits for the next one to start.
 */
export async function extensionWorker(person: Person): Promise<Worker> {
  return person.context.serviceWorkers()[0] ?? (await person.context.waitForEvent('serviceworker'));
}

/** How many offscreen documents the extension has open in this profile (0 or 1), as Chrome counts them. */
export async function offscreenDocuments(person: Person): Promise<number> {
  const worker = await extensionWorker(person);
  return worker.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<unknown[]> } } }).chrome;
    return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

/** Every board this profile has stored, as text, read by the service worker: no panel and no board opened for it. */
export async function storedWithoutPanel(person: Person): Promise<string> {
  return storedDocsText(await extensionWorker(person));
}

/**
 * Closes a panel as a person does, its `beforeunload` run: y-webrtc then
 * takes its presence back. (Playwright's default close skips it, like a
 * crash: the presence then lingers, relayed, up to y-protocols' 30 s.)
 */
export async function closePanel(panel: Page): Promise<void> {
  await Promise.all([panel.waitForEvent('close'), panel.close({ runBeforeUnload: true })]);
}

/** Opens a board in a new panel tab, once its title shows. */
export async function openBoardPanel(person: Person, boardId: string | undefined, title: string): Promise<Page> {
  const panel = await person.openPanel(`#/board/${boardId}`);
  await panel.getByRole('heading', { name: title, exact: true }).waitFor();
  return panel;
}
