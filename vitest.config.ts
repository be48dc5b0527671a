import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `@/` is the repository's root, as WXT's own alias makes it for the extension
// and for the unit project (WxtVitest); the browser projects set it themselves.
const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

// Four projects: fast Node unit tests, real-browser end-to-end tests (which
// need `npm run zip` or `npm run build` first), the store's pictures, and
// benchmarks that print figures.
export default defineConfig({
  test: {
    projects: [
      {
        // WXT's plugin provides its globals and fake browser; Solid's makes
        // `solid-js` resolve to its reactive browser build in tests.
        plugins: [WxtVitest(), solid()],
        // The signaling server's tests run `ws` in Node; the "browser" condition
        // those plugins add would pick its browser entry, which only throws.
        resolve: { alias: { ws: fileURLToPath(new URL('node_modules/ws/wrapper.mjs', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto', 'tests/support/english.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // The tests read invites and boards through lib/ in Node, whose messages need a language.
          setupFiles: ['tests/support/english.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file launches its own browsers; two at once would starve a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        // `npm run store-assets` only: the store's pictures, from the real panel (never part of `npm test`).
        resolve: { alias },
        test: {
          name: 'assets',
          include: ['tests/assets/**/*.assets.ts'],
          environment: 'node',
          setupFiles: ['tests/support/english.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'bench',
          include: ['bench/**/*.measure.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto', 'tests/support/english.ts'],
          testTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
