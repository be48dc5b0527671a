import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, expect, it } from 'vitest';
import { connectionText, createBoard, requireChromium } from '@/tests/e2e/support/chromium';
import { closePeople, inviteCode, join, launchPeople, type Named } from '@/tests/e2e/support/people';
import { bigBoard, replaceStoredState } from '@/tests/e2e/support/seed';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';
import { fmt, median } from '@/bench/support';

/**
 * Live figures on loopback, two Chromium profiles:
 * - edit-to-screen: an edit in A until B's text box shows it, 3 x 100 edits,
 *   beside the same for a baseline build (an earlier commit, built by
 *   scripts/baseline-build.sh), the two taking turns, and beside a floor: a raw RTCDataChannel between the same two pages,
 *   one-way time (half a ping-pong round trip), 100 pings;
 * - join: from pressing Join to all 1,000 items of a board rendered, JOINS
 *   times, each by someone new (a fresh profile); after each, a join floor
 *   in bare pages of the same two browsers (bench/joinFloorPage.ts): a plain
 *   RTCPeerConnection over loopback, the board's update sent in the panel's
 *   frame sizes, applied to a fresh Y.Doc and rendered as plain list items.
 * Run inside the loopback-only namespace (npm run bench does).
 */
let signaling: Signaling | undefined;
let people: Named[] = [];
afterAll(async () => {
  await closePeople(people);
  await signaling?.stop();
});

const JOINS = 5;
/** Edit-to-screen: rounds of edits, today's build and the baseline taking turns so both meet the same load. */
const ROUNDS = 3;
const EDITS = 100;
/** An earlier build to measure beside today's (scripts/baseline-build.sh, which npm run bench runs). */
const BASELINE_BUILD = resolve('.output/baseline/chrome-mv3');
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const now = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now());

it.runIf(requireChromium())('edit-to-screen latency and join time', async () => {
  signaling = await startSignaling();
  people = await launchPeople(['A', 'B'], signaling.url);
  const [a, b] = people as [Named, Named];

  // --- join time: a 1,000-item board ---
  const boardId = await createBoard(a.page, 'Join bench');
  await a.page.getByRole('button', { name: 'All boards' }).click();
  const boardBytes = Y.encodeStateAsUpdate(bigBoard(1000, 'Join bench'));
  await replaceStoredState(a.page, boardId, boardBytes);
  await a.page.getByRole('list', { name: 'Saved boards' }).getByRole('button', { name: 'Join bench' }).click();
  await expect.poll(() => a.page.locator('textarea.item-text').count(), { timeout: 30_000 }).toBe(1000);
  const code = await inviteCode(a.page);
  await expect.poll(() => connectionText(a.page), { timeout: 20_000 }).toBe('Waiting for others to join');
  const joins: number[] = [];
  const built: number[] = [];
  const floors: JoinFloor[] = [];
  const floorScript = await joinFloorScript();
  for (let round = 0; round < JOINS; round++) {
    // Someone new each time (a fresh profile), as a person joining for the first time is.
    const joiner = (await launchPeople([`Joiner ${round + 1}`], signaling.url))[0]!;
    try {
      await joiner.page.getByRole('button', { name: 'Join a board' }).click();
      await joiner.page.getByRole('textbox', { name: 'Invite code' }).fill(code);
      const joinStart = await now(joiner.page);
      await joiner.page.getByRole('button', { name: 'Join', exact: true }).click();
      // Every item on the page (its words at least, as the floor's list items), then every card built.
      await joiner.page.waitForFunction(() => document.querySelectorAll('ul.items > li[data-item-id]').length === 1000, null, {
        polling: 'raf',
        timeout: 60_000,
      });
      joins.push((await now(joiner.page)) - joinStart);
      await joiner.page.waitForFunction(() => document.querySelectorAll('textarea.item-text').length === 1000, null, {
        polling: 'raf',
        timeout: 60_000,
      });
      built.push((await now(joiner.page)) - joinStart);
      // The floor in the same two browsers, the joiner's panel closed first (it would stay connected).
      await joiner.page.close();
      floors.push(await joinFloor(a.context, joiner.context, floorScript, boardBytes));
    } finally {
      await closePeople([joiner]);
    }
  }

  // --- edit-to-screen: today's build beside the baseline build, taking turns ---
  const latencies: number[] = [];
  const baseline: number[] = [];
  const hasBaseline = existsSync(BASELINE_BUILD);
  for (let round = 0; round < ROUNDS; round++) {
    if (hasBaseline) baseline.push(...(await editToScreen(signaling.url, EDITS, BASELINE_BUILD)));
    latencies.push(...(await editToScreen(signaling.url, EDITS)));
  }

  // --- floor: a raw data channel between the same two pages ---
  const floor = await rawChannelOneWay(a.page, b.page, 100);

  const floorTotals = floors.map((floor) => floor.total);
  console.log(
    `\njoin a 1,000-item board, from Join to all items rendered, ${JOINS} joins: median ${fmt(median(joins))} ms, ` +
      `min ${fmt(Math.min(...joins))}, max ${fmt(Math.max(...joins))} (target <= 1000 ms and <= 2x the floor); ` +
      `every card built: median ${fmt(median(built))} ms\n` +
      `  join floor (${boardBytes.byteLength} bytes, bare pages, plain data channel): from connecting to all items rendered ` +
      `median ${fmt(median(floorTotals))} ms (connect ${fmt(median(floors.map((floor) => floor.connect)))}, ` +
      `send to rendered ${fmt(median(floors.map((floor) => floor.fromSend)))}); join / floor ${fmt(median(joins) / median(floorTotals), 2)}x\n` +
      `  per round, join / floor ms: ${joins.map((join, i) => `${fmt(join)} / ${fmt(floorTotals[i]!)}`).join(', ')}\n` +
      `edit-to-screen over ${latencies.length} edits: ${spread(latencies)} (target p50 <= 20 ms)\n` +
      (hasBaseline
        ? `  baseline build (${baselineRev()}), same run, ${baseline.length} edits: ${spread(baseline)}; ` +
          `today / baseline: p50 ${fmt(percentile(latencies, 50) / percentile(baseline, 50), 2)}x, p95 ${fmt(percentile(latencies, 95) / percentile(baseline, 95), 2)}x (target <= 1.10x)\n`
        : `  (no baseline build in ${BASELINE_BUILD}: bash scripts/baseline-build.sh makes one)\n`) +
      `floor, raw data channel one-way (half round trip) over 100 pings: p50 ${fmt(median(floor))} ms, p95 ${fmt(percentile(floor, 95))} ms\n`,
  );
  expect(latencies).toHaveLength(ROUNDS * EDITS);
});

interface JoinFloor {
  /** From the receiver making its offer to every item in its DOM. */
  total: number;
  /** From the receiver making its offer to the sender starting to send. */
  connect: number;
  /** From the sender starting to send to every item in the receiver's DOM. */
  fromSend: number;
}

/** bench/joinFloorPage.ts as one classic script, for bare pages. */
async function joinFloorScript(): Promise<string> {
  const bundle = await build({ entryPoints: ['bench/joinFloorPage.ts'], bundle: true, format: 'iife', minify: true, write: false });
  return bundle.outputFiles[0]!.text;
}

type FloorWindow = typeof globalThis & {
  joinFloor: {
    load(base64: string): number;
    offer(): Promise<RTCSessionDescriptionInit>;
    answer(remote: RTCSessionDescriptionInit): Promise<RTCSessionDescriptionInit>;
    accept(remote: RTCSessionDescriptionInit): Promise<void>;
    close(): void;
  };
  sendStart: Promise<number>;
};

/**
 * The join floor once: a bare page in each browser, `bytes` sent from the
 * host's to the joiner's, timed the way the join is (the test process reads
 * the clock before starting and after the items are found, polling each frame).
 */
async function joinFloor(host: BrowserContext, joiner: BrowserContext, script: string, bytes: Uint8Array): Promise<JoinFloor> {
  const [sender, receiver] = await Promise.all([host.newPage(), joiner.newPage()]);
  try {
    await Promise.all([sender.addScriptTag({ content: script }), receiver.addScriptTag({ content: script })]);
    await sender.evaluate((base64) => (globalThis as FloorWindow).joinFloor.load(base64), Buffer.from(bytes).toString('base64'));
    const start = await now(receiver);
    const offer = await receiver.evaluate(() => (globalThis as FloorWindow).joinFloor.offer());
    const answer = await sender.evaluate((remote) => (globalThis as FloorWindow).joinFloor.answer(remote), offer);
    await receiver.evaluate((remote) => (globalThis as FloorWindow).joinFloor.accept(remote), answer);
    await receiver.waitForFunction(() => document.querySelectorAll('li').length === 1000, null, { polling: 'raf', timeout: 60_000 });
    const done = await now(receiver);
    const sendStart = await sender.evaluate(() => (globalThis as FloorWindow).sendStart);
    return { total: done - start, connect: sendStart - start, fromSend: done - sendStart };
  } finally {
    await Promise.all([sender.close(), receiver.close()]);
  }
}

const spread = (values: number[]) =>
  `p50 ${fmt(percentile(values, 50))} ms, p95 ${fmt(percentile(values, 95))} ms, max ${fmt(Math.max(...values))} ms`;

const baselineRev = () => readFileSync(`${BASELINE_BUILD}/../REV`, 'utf8').trim().slice(0, 7);

/**
 * `edits` edits of one item in A until B's text box shows each, in two
 * fresh profiles running `extension`: a new board, B joined by invite.
 */
async function editToScreen(signalingUrl: string, edits: number, extension?: string): Promise<number[]> {
  const pair = await launchPeople(['A', 'B'], signalingUrl, extension);
  try {
    const [a, b] = pair as [Named, Named];
    await createBoard(a.page, 'Latency bench');
    await a.page.getByRole('button', { name: 'Add boundary' }).click();
    await join(b.page, await inviteCode(a.page), 'Latency bench');
    await expect.poll(() => connectionText(b.page), { timeout: 20_000 }).toBe('Connected with A');
    const boxA = a.page.getByRole('textbox', { name: 'Boundary' });
    const boxB = b.page.getByRole('textbox', { name: 'Boundary' });
    await boxB.waitFor();
    // Record in B when its text box is given each new value (the panel sets .value on remote changes).
    await boxB.evaluate((box) => {
      const seen = new Map<string, number>();
      (window as unknown as { seen: Map<string, number> }).seen = seen;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      Object.defineProperty(box, 'value', {
        get: Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get,
        set(value: string) {
          setter.call(this, value);
          if (!seen.has(value)) seen.set(value, performance.timeOrigin + performance.now());
        },
      });
    });
    const latencies: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
      const text = `edit ${edit}`;
      const sentAt = await boxA.evaluate((box, value) => {
        const at = performance.timeOrigin + performance.now();
        (box as HTMLTextAreaElement).value = value;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        return at;
      }, text);
      await b.page.waitForFunction((value) => (window as unknown as { seen: Map<string, number> }).seen.has(value), text);
      latencies.push(
        (await b.page.evaluate((value) => (window as unknown as { seen: Map<string, number> }).seen.get(value)!, text)) - sentAt,
      );
    }
    return latencies;
  } finally {
    await closePeople(pair);
  }
}

/**
 * Opens a plain RTCPeerConnection between two pages (descriptions passed
 * through this process once ICE gathering is complete) and pings over it.
 */
async function rawChannelOneWay(a: Page, b: Page, pings: number): Promise<number[]> {
  type W = Window & { pc: RTCPeerConnection; dc: Promise<RTCDataChannel> };
  const describe = async (page: Page, remote: RTCSessionDescriptionInit | null) =>
    page.evaluate(async (remote) => {
      const w = window as unknown as W;
      w.pc = new RTCPeerConnection({ iceServers: [] });
      if (remote) {
        // The answering side echoes every message back.
        w.dc = new Promise((resolve) => {
          w.pc.ondatachannel = (event) => {
            event.channel.onmessage = (m) => event.channel.send(m.data as string);
            resolve(event.channel);
          };
        });
        await w.pc.setRemoteDescription(remote);
        await w.pc.setLocalDescription(await w.pc.createAnswer());
      } else {
        const channel = w.pc.createDataChannel('floor');
        w.dc = new Promise((resolve) => (channel.onopen = () => resolve(channel)));
        await w.pc.setLocalDescription(await w.pc.createOffer());
      }
      if (w.pc.iceGatheringState !== 'complete') {
        await new Promise<void>((resolve) =>
          w.pc.addEventListener('icegatheringstatechange', () => w.pc.iceGatheringState === 'complete' && resolve()),
        );
      }
      return w.pc.localDescription!.toJSON();
    }, remote);
  const offer = await describe(a, null);
  const answer = await describe(b, offer);
  await a.evaluate((remote) => (window as unknown as W).pc.setRemoteDescription(remote), answer);
  return a.evaluate(async (count) => {
    const dc = await (window as unknown as W).dc;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        dc.onmessage = () => resolve();
        dc.send(`ping ${i}`);
      });
      times.push((performance.now() - start) / 2);
    }
    return times;
  }, pings);
}
