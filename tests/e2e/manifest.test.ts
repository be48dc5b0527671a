import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestWord } from '@/lib/i18n/manifest/locales';

/** What the built extensions ask of the browser: as little as possible. */
const read = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as Record<string, unknown>;

describe.runIf(existsSync('.output/chrome-mv3/manifest.json') || !!process.env.CI)('built manifests', () => {
  it('Chrome MV3: side panel, toolbar shortcut, alarms for the badge, the offscreen document for keeping boards in step', () => {
    const manifest = read('chrome-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['alarms', 'sidePanel', 'unlimitedStorage', 'offscreen']);
    expect(existsSync('.output/chrome-mv3/offscreen.html')).toBe(true);
    // Asked for only when the person turns notifications on in Settings.
    expect(manifest.optional_permissions).toEqual(['notifications']);
    // The browser's words for the button (_locales); the background sets the same ones back when nothing is due (t.reminders.nothingDue).
    expect(manifest.action).toEqual({ default_title: manifestWord('openPanel') });
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.commands).toMatchObject({ _execute_action: { suggested_key: { default: 'Alt+Shift+G' } } });
    expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '96', '128']);
    // sidePanel.setPanelBehavior, which opens the panel from the toolbar button, needs Chrome 116.
    expect(manifest.minimum_chrome_version).toBe('116');
  });

  it('Firefox MV3: sidebar, sidebar shortcut, only unlimitedStorage and alarms, declares no data collection', () => {
    const manifest = read('firefox-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions ?? []).toEqual(['alarms', 'unlimitedStorage']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions).toBeUndefined();
    // Firefox has no offscreen documents: the page is not built for it.
    expect(existsSync('.output/firefox-mv3/offscreen.html')).toBe(false);
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(manifest.commands).toMatchObject({ _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+G' } } });
    // Firefox's default policy for MV3 pages adds `upgrade-insecure-requests`, which turned a local
    // `ws://` signaling server into an unreachable `wss://` one: the build states its own, without it.
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'none';");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: 'common-ground@common-ground.app', data_collection_permissions: { required: ['none'] } },
    });
  });

  // The background counts the badge from board rows alone (docs/architecture.md, "The background"):
  // 8.8 KB. Importing the board model, Dexie or the panel's catalog took it to 95-217 KB.
  it.each(['chrome-mv3', 'firefox-mv3'])('%s: the background reads rows only, with no Dexie or Yjs in it', (target) => {
    const code = readFileSync(`.output/${target}/background.js`, 'utf8');
    expect(code.length).toBeLessThan(16_000);
    expect(code).not.toMatch(/Dexie|Yjs was already imported/);
  });
});
