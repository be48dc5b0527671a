import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The store pictures' frames: the panel, as the real extension drew it, on a
 * calm background with a few words beside it. Composed as a plain page (no
 * network: everything is inline) and photographed at exactly the store's size.
 */

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const icon = () => dataUrl(readFileSync('public/icon-128.png'));
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// The panel's own colours (components/styles.css), so the frame and the panel belong together.
const STYLE = `
  * { box-sizing: border-box; margin: 0; }
  body { font: 16px/1.45 system-ui, sans-serif; color: #26231f; overflow: hidden;
    background: radial-gradient(circle at 15% 20%, #eef3ef 0, transparent 55%), linear-gradient(135deg, #faf8f5, #efe9e1); }
  body.dark { color: #eeeae4; background: radial-gradient(circle at 15% 20%, #24302c 0, transparent 55%), linear-gradient(135deg, #1b1a18, #2a2722); }
  .brand { display: flex; align-items: center; gap: 12px; font-weight: 600; color: #2f6b5e; }
  .dark .brand { color: #7cc4b0; }
  h1 { font-size: 42px; line-height: 1.15; letter-spacing: -0.01em; }
  p { color: #5f5850; }
  .dark p { color: #b7afa4; }
  .panel { border-radius: 14px; overflow: hidden; box-shadow: 0 18px 50px rgba(38, 35, 31, 0.18), 0 0 0 1px rgba(38, 35, 31, 0.08); }
  .dark .panel { box-shadow: 0 18px 50px rgba(0, 0, 0, 0.5), 0 0 0 1px rgba(255, 255, 255, 0.08); }
  .panel img { display: block; }
`;

export interface Screenshot {
  headline: string;
  line: string;
  /** The panel's picture (device pixels) and the size to show it at (CSS pixels). */
  panel: Buffer;
  panelSize: { width: number; height: number };
  dark?: boolean;
}

/** A 1280×800 store screenshot: the words on the left, the panel on the right. */
export async function composeScreenshot(page: Page, shot: Screenshot, path: string): Promise<void> {
  const { width, height } = shot.panelSize;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(`<!doctype html><style>${STYLE}
    main { display: flex; align-items: center; justify-content: space-between; gap: 48px; height: 800px; padding: 0 72px 0 88px; }
    .words { max-width: 470px; display: grid; gap: 22px; }
    .words p { font-size: 21px; }
  </style>
  <body class="${shot.dark ? 'dark' : ''}"><main>
    <div class="words">
      <div class="brand"><img src="${icon()}" width="40" height="40" alt="">Common Ground</div>
      <h1>${escape(shot.headline)}</h1>
      <p>${escape(shot.line)}</p>
    </div>
    <div class="panel"><img src="${dataUrl(shot.panel)}" width="${width}" height="${height}" alt=""></div>
  </main></body>`);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  await page.screenshot({ path });
}

/** The 440×280 small promo tile: the icon, the name and one line. */
export async function composeTile(page: Page, line: string, path: string): Promise<void> {
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><style>${STYLE}
    main { height: 280px; display: grid; place-content: center; justify-items: center; gap: 10px; padding: 0 36px; text-align: center; }
    .name { font-size: 30px; font-weight: 650; letter-spacing: -0.01em; }
    p { font-size: 16px; }
  </style>
  <body><main>
    <img src="${icon()}" width="88" height="88" alt="">
    <div class="name">Common Ground</div>
    <p>${escape(line)}</p>
  </main></body>`);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
  await page.screenshot({ path });
}

/** A PNG's size, from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
