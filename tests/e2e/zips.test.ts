import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPerson, newProfile, removeProfile, requireChromium } from '@/tests/e2e/support/chromium';
import { launchFirefox, requireFirefox } from '@/tests/e2e/support/firefox';
import { extractZip, readZip } from '@/tests/e2e/support/unzip';

/**
 * What `npm run zip` makes for the stores (docs/publishing.md): the Chrome
 * zip loads in Chromium, the Firefox zip installs in Firefox ESR, and the
 * sources zip rebuilds the Firefox zip file for file, as a reviewer at
 * addons.mozilla.org would (`npm run build:firefox`; the dependencies are
 * this checkout's, as `npm ci` would lay them out from the same lock).
 */
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const ZIPS = {
  chrome: resolve(`.output/${name}-${version}-chrome.zip`),
  firefox: resolve(`.output/${name}-${version}-firefox.zip`),
  sources: resolve(`.output/${name}-${version}-sources.zip`),
};

/** Loud skip locally, failure under CI, as for the browsers. */
function requireZips(): boolean {
  const missing = Object.values(ZIPS).filter((path) => !existsSync(path));
  if (missing.length === 0) return true;
  const why = `no ${missing.join(', ')} (run npm run zip)`;
  if (process.env.CI) throw new Error(`The zip checks cannot run: ${why}`);
  console.warn(`\n!!! SKIPPING THE ZIP CHECKS: ${why} !!!\n`);
  return false;
}

const manifestOf = (files: Map<string, Buffer>) =>
  JSON.parse(files.get('manifest.json')?.toString('utf8') ?? 'null') as Record<string, unknown> | null;

/** Runs a command to its end; its output is kept for the failure message. */
function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

describe.runIf(requireZips() && requireChromium() && requireFirefox())('the store zips (npm run zip)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'cg-zips-'));
  let rebuilt: Promise<{ code: number | null; output: string }>;
  // The rebuild from sources takes longest: it starts first and runs while the browsers load the zips.
  beforeAll(() => {
    const sources = join(temp, 'sources');
    extractZip(ZIPS.sources, sources);
    symlinkSync(realpathSync('node_modules'), join(sources, 'node_modules'), 'dir');
    rebuilt = run('npm', ['run', '--silent', 'build:firefox'], sources);
  });
  afterAll(async () => {
    await rebuilt.catch(() => undefined);
    rmSync(temp, { recursive: true, force: true });
  });

  it('hold each browser its own manifest, and the sources nothing but sources', () => {
    const chrome = manifestOf(readZip(ZIPS.chrome));
    expect(chrome).toMatchObject({ manifest_version: 3, version, side_panel: { default_path: 'sidepanel.html' } });
    const firefox = manifestOf(readZip(ZIPS.firefox));
    expect(firefox).toMatchObject({
      manifest_version: 3,
      version,
      sidebar_action: { default_panel: 'sidepanel.html' },
      browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } },
    });
    const sources = [...readZip(ZIPS.sources).keys()];
    expect(sources).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/sidepanel/main.tsx']),
    );
    expect(sources.filter((file) => /^(node_modules|\.output|\.wxt|tests|bench|server)\/|\.test\.|^\./.test(file))).toEqual([]);
  });

  it('Chrome: the zip, unpacked into a folder of its own, loads in Chromium and opens the side panel page', async () => {
    const unpacked = join(temp, 'chrome');
    extractZip(ZIPS.chrome, unpacked);
    const profile = newProfile();
    const person = await launchPerson(profile, { extension: unpacked });
    try {
      const page = await person.openPanel();
      await page.getByRole('heading', { name: 'Boards' }).waitFor();
      await page.getByRole('button', { name: 'New board' }).waitFor();
    } finally {
      await person.close();
      removeProfile(profile);
    }
  });

  it('Firefox: the zip installs in Firefox ESR (as a temporary add-on) and its sidebar page renders', async () => {
    const firefox = await launchFirefox(ZIPS.firefox);
    try {
      expect(firefox.extensionId).toBe('common-ground@common-ground.app');
      await firefox.page.locator('::-p-aria(Boards[role="heading"])').wait();
    } finally {
      await firefox.close();
    }
  });

  it('the sources zip rebuilds the Firefox zip, file for file', async () => {
    const { code, output } = await rebuilt;
    expect(code, output).toBe(0);
    const shipped = readZip(ZIPS.firefox);
    const folder = join(temp, 'sources/.output/firefox-mv3');
    const built = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(folder, file)).isFile());
    expect(built.sort()).toEqual([...shipped.keys()].sort());
    for (const [file, bytes] of shipped) expect(readFileSync(join(folder, file)).equals(bytes), `${file} differs`).toBe(true);
    // A whole Firefox build (terser: ~15 s of CPU); on a busy 2-core machine it took 90 s.
  }, 300_000);
});
