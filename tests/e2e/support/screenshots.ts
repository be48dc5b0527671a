/**
 * Where a README picture goes, or undefined: tests never rewrite tracked
 * files, so pictures are taken only by `npm run screenshots`, which sets
 * CG_SCREENSHOTS and runs the tests that show each one.
 */
export const screenshotPath = (name: string): string | undefined => (process.env.CG_SCREENSHOTS ? `docs/images/${name}` : undefined);
