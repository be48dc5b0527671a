import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Presses a button that downloads a file, and returns the file's text. */
export async function downloadText(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFile((await file.path())!, 'utf8');
}
