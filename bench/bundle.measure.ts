import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { CHROME_BUILD } from '@/tests/e2e/support/chromium';

const gzipped = (file: string) => gzipSync(readFileSync(join(CHROME_BUILD, file)), { level: 9 }).byteLength;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The side panel's JavaScript, gzipped: what it loads up front, and everything it may load. */
it('side panel JavaScript, gzipped', () => {
  const html = readFileSync(join(CHROME_BUILD, 'sidepanel.html'), 'utf8');
  const initial = [...new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!))];
  expect(initial.length).toBeGreaterThan(0);
  // Every chunk belongs to the panel: the background script is a separate file at the top level.
  const all = readdirSync(join(CHROME_BUILD, 'chunks'))
    .map((file) => `chunks/${file}`)
    .filter((file) => file.endsWith('.js'));
  const initialBytes = initial.reduce((sum, file) => sum + gzipped(file), 0);
  const allBytes = all.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(
    `\nside panel JS, gzipped: ${kb(initialBytes)} KB loaded up front (${initial.length} file), ` +
      `${kb(allBytes)} KB in total with the on-demand connection code (${all.length} files) (target <= 150 KB in total)\n`,
  );
});
