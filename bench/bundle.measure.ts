import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { CHROME_BUILD } from '../tests/e2e/support/chromium';

/** Every script the side panel page loads (entry and preloads), gzipped. */
it('side panel JavaScript, gzipped', () => {
  const html = readFileSync(join(CHROME_BUILD, 'sidepanel.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  let raw = 0;
  let gzipped = 0;
  for (const script of new Set(scripts)) {
    const bytes = readFileSync(join(CHROME_BUILD, script));
    raw += bytes.byteLength;
    gzipped += gzipSync(bytes, { level: 9 }).byteLength;
  }
  console.log(`\nside panel JS: ${scripts.length} file(s), ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (target <= 150 KB)\n`);
});
