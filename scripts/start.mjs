// `npm start`: after `npm run build`, opens Common Ground in Chromium with the
// extension loaded, on a profile kept in .profile/ so boards survive restarts.
// Without a display it checks headlessly that the extension loads and its
// panel renders, then says how to load the build into your own browser.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const build = resolve('.output/chrome-mv3');
const firefoxBuild = resolve('.output/firefox-mv3');
const browserPath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const howToLoad = `
To use it in your own browser:
  Chrome/Chromium/Edge: open chrome://extensions, turn on Developer mode, "Load unpacked", choose
    ${build}
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose
    ${firefoxBuild}/manifest.json
    (temporary: gone when Firefox restarts, your boards kept for the next load; the README
    says how to install it to keep)
Then click the Common Ground toolbar button (or press Alt+Shift+G) to open the panel.`;

if (!existsSync(`${build}/manifest.json`)) {
  console.error('No build found: run `npm run build` first (npm start does this for you).');
  process.exit(1);
}
if (!browserPath) {
  console.log(`Built. No Chromium found on this machine (apt-get install -y chromium).${howToLoad}`);
  process.exit(0);
}

const profile = resolve('.profile/chromium');
mkdirSync(profile, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  headless: !hasDisplay,
  executablePath: browserPath,
  viewport: hasDisplay ? null : { width: 400, height: 800 },
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--no-first-run',
    `--disable-extensions-except=${build}`,
    `--load-extension=${build}`,
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const panelUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(panelUrl);
await page.getByRole('heading', { name: 'Boards' }).waitFor();

if (hasDisplay) {
  console.log(`Common Ground is open in Chromium (profile: ${profile}).
The panel is also the toolbar button's side panel (Alt+Shift+G). Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
} else {
  console.log(`Built and checked: the extension loads in ${browserPath} and its panel renders (${panelUrl}).
No display here, so no window was opened.${howToLoad}`);
  await context.close();
}
