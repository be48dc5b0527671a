import type { Page } from 'playwright-core';
/**
 * Where a README picture goes, or undefined: tests never rewrite tracked
 * files, so pictures are taken only by `npm run screenshots`, which sets
 * CG_SCREENSHOTS and runs the tests that show each one.
 */
export const screenshotPath = (name: string): string | undefined => (process.env.CG_SCREENSHOTS ? `docs/images/${name}` : undefined);

/**
 * The whole page from its top, nothing focused: the board's head stays at
 * the top of the view, so a page left scrolled would show it over the middle.
 */
export async function takeFullPage(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path, fullPage: true });
}
