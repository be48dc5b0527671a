import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { solidTemplatesWithoutHtml } from './scripts/solidTemplates';
import { DEFAULT_LOCALE, localeFiles, manifestWord } from './lib/i18n/manifest/locales';
import { manifestEn } from './lib/i18n/manifest/en';
import { manifestEs } from './lib/i18n/manifest/es';
import { frontCodedCalmWords } from './scripts/frontCodedCalmWords';

// One source, two targets: Chrome's side panel and Firefox's sidebar (both MV3).
// WXT maps entrypoints/sidepanel to `side_panel` or `sidebar_action` per browser.
export default defineConfig({
  modules: ['@wxt-dev/module-solid'],
  // `npm start` launches the browser itself (scripts/start.mjs); WXT's runner
  // would try to download or find browsers we do not have.
  webExt: { disabled: true },
  // Terser instead of esbuild's minifier: 7.9 KB less gzipped JS in all (155.5 -> 147.6 KB,
  // under issue 2's 150 KB), for ~35 s more build time. Issue 17 cut it to under 140 KB; its
  // figures are in docs/architecture.md. CG_PLAIN=1 builds unminified, for reading CPU
  // profiles; CG_MAP=1 adds source maps, to see what each module weighs once minified.
  vite: (env) => {
    // A build's bundle follows its mode alone, never the shell's NODE_ENV: with NODE_ENV set to
    // anything but production (vitest sets `test`, some shells `development`) Vite resolves
    // Solid's development build, and a reviewer's rebuild from the sources zip would not match.
    if (env.command === 'build') process.env.NODE_ENV = env.mode;
    return {
      // Solid's templates become data built with createElement, so no HTML is parsed at run time
      // (scripts/solidTemplates.ts: the add-ons site's linter warns on Solid's innerHTML).
      // The confirmation phrase's words worked out when building and front-coded (-3.3 KB gzipped
      // of what a person loads to pair; scripts/frontCodedCalmWords.ts).
      plugins: [pureLib0DomSchemas(), solidTemplatesWithoutHtml(), frontCodedCalmWords()],
      resolve: {
        alias: [
          // y-webrtc's simple-peer is a browserify bundle of Node's Buffer and streams (28 KB
          // gzipped); lib/sync/room/webrtcPeer.ts speaks the same wire over the browser's
          // WebRTC. Node peers (tests, scripts/board-peer.mjs) keep the stock simple-peer.
          {
            find: /^simple-peer\/simplepeer\.min\.js$/,
            replacement: fileURLToPath(new URL('lib/sync/room/webrtcPeer.ts', import.meta.url)),
          },
          // Dexie's default entry is its ES5 UMD file behind a wrapper; the same release's
          // ES2018 module is 1.8 KB smaller gzipped, and both browsers we target (Chrome,
          // Firefox >= 142) run it. Unit tests in Node keep the default entry.
          { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
        ],
      },
      build: process.env.CG_PLAIN
        ? { minify: false }
        : {
            sourcemap: !!process.env.CG_MAP,
            minify: 'terser',
            // Vite's modulepreload polyfill is dead code in the browsers we target (both preload
            // modules themselves: Chrome since 66, Firefox since 115): -0.2 KB gzipped.
            modulePreload: { polyfill: false },
            terserOptions: {
              // Safari's workarounds (Vite turns them on) are dead weight in Chrome and
              // Firefox; ES2020 lets terser use the shorter syntax both have. Terser's
              // "unsafe" options are left off: they assume things (no getters with effects,
              // no function used for its prototype) Solid and Dexie do not promise.
              safari10: false,
              ecma: 2020,
              compress: { passes: 3 },
            },
          },
    };
  },
  // `npm run zip`: the store zips, and for Firefox the sources zip a reviewer rebuilds the
  // Firefox zip from (docs/publishing.md). Only what the build reads, plus the docs that say
  // how; no tests, benchmarks, signaling server or pictures. tests/e2e/zips.test.ts rebuilds
  // from it and compares, so a file the build starts to need cannot be left out unnoticed.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'scripts/solidTemplates.ts',
      'scripts/frontCodedCalmWords.ts',
      'components/**',
      'entrypoints/**',
      'lib/**',
      'public/**',
      'scripts/make-icons.mjs',
      'README.md',
      'docs/*.md',
    ],
  },
  // The manifest's words in each language (lib/i18n/manifest): written into the build as _locales.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles({ en: manifestEn, es: manifestEs }));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Common Ground',
    default_locale: DEFAULT_LOCALE,
    description: manifestWord('description'),
    // Chrome needs `sidePanel`; Firefox has no such permission and warns on it.
    // `unlimitedStorage`: boards and their session snapshots are never evicted for space.
    // `alarms`: the toolbar badge counts what comes due with no panel open (lib/app/reminders);
    // it shows no warning at install. `notifications` is asked for only when the person turns
    // them on in Settings, and given back when they turn them off.
    // `offscreen` (Chrome only): the document that keeps boards in step with no panel open (lib/app/keepInStep).
    permissions: browser === 'firefox' ? ['alarms', 'unlimitedStorage'] : ['alarms', 'sidePanel', 'unlimitedStorage', 'offscreen'],
    optional_permissions: ['notifications'],
    action: { default_title: manifestWord('openPanel') },
    // Chrome: sidePanel.setPanelBehavior (the toolbar button opening the panel) came in
    // Chrome 116; on an older Chrome the button would silently do nothing, so it does not install.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: manifestWord('togglePanel'),
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: manifestWord('openPanel'),
            },
          },
    ...(browser === 'firefox'
      ? {
          // Firefox's default for MV3 extension pages is `script-src 'self'; upgrade-insecure-requests;`,
          // and the upgrade turns `ws://` into `wss://` even on 127.0.0.1: a local signaling server
          // (`npm run signaling`) or one on the office network was never reached (measured in
          // Firefox ESR 153; tests/e2e/firefoxLocalSignaling.test.ts). This is the same policy
          // without the upgrade, and stricter on plug-ins (none). Chrome's default never upgraded
          // ws://, so Chrome keeps it.
          content_security_policy: { extension_pages: "script-src 'self'; object-src 'none';" },
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

/**
 * yjs's logging pulls in lib0/dom.js, whose four top-level `$.$custom(...)`
 * schemas nothing here reads; Rollup must keep a call it cannot prove pure,
 * and with them all of lib0/schema.js (2.3 KB gzipped). `$custom` only builds
 * an object, so marking those calls pure lets Rollup drop both when unused.
 */
function pureLib0DomSchemas() {
  return {
    name: 'pure-lib0-dom-schemas',
    transform(code: string, id: string) {
      if (id.endsWith('/lib0/dom.js')) return code.replaceAll('$.$custom(', '/*#__PURE__*/ $.$custom(');
    },
  };
}
