import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// One source, two targets: Chrome's side panel and Firefox's sidebar (both MV3).
// WXT maps entrypoints/sidepanel to `side_panel` or `sidebar_action` per browser.
export default defineConfig({
  modules: ['@wxt-dev/module-solid'],
  // `npm start` launches the browser itself (scripts/start.mjs); WXT's runner
  // would try to download or find browsers we do not have.
  webExt: { disabled: true },
  // Terser instead of esbuild's minifier: 7.9 KB less gzipped JS in all (155.5 -> 147.6 KB,
  // under issue 2's 150 KB), for ~35 s more build time. CG_PLAIN=1 builds unminified, for reading CPU profiles;
  // CG_MAP=1 adds source maps, to see what each module weighs once minified.
  vite: () => ({
    // y-webrtc's simple-peer is a browserify bundle of Node's Buffer and streams (28 KB
    // gzipped); lib/sync/room/webrtcPeer.ts speaks the same wire over the browser's WebRTC.
    // Node peers (tests, scripts/board-peer.mjs) keep the stock simple-peer.
    resolve: {
      alias: [
        { find: /^simple-peer\/simplepeer\.min\.js$/, replacement: fileURLToPath(new URL('lib/sync/room/webrtcPeer.ts', import.meta.url)) },
      ],
    },
    build: process.env.CG_PLAIN
      ? { minify: false }
      : { sourcemap: !!process.env.CG_MAP, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  manifest: ({ browser }) => ({
    name: 'Common Ground',
    description: "A shared, living record of a relationship's boundaries, expectations and celebrations, kept on your own device.",
    // Chrome needs `sidePanel`; Firefox has no such permission and warns on it.
    // `unlimitedStorage`: boards and their session snapshots are never evicted for space.
    permissions: browser === 'firefox' ? ['unlimitedStorage'] : ['sidePanel', 'unlimitedStorage'],
    action: { default_title: 'Open Common Ground' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: 'Open or close Common Ground',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: 'Open Common Ground',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'common-ground@common-ground.app',
              strict_min_version: '142.0',
              // Nothing is collected: boards never leave the device except peer-to-peer.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
