import { availableParallelism, loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { parseInvite } from '@/lib/sync/room/invite';
import { createBoard, launchPerson, requireChromium, useLocalNetwork, type Person } from '@/tests/e2e/support/chromium';
import { buildNodePeer, PeerProcess, removeNodePeerBuild } from '@/tests/e2e/support/nodePeerProcess';
import { closePeople, inviteCode } from '@/tests/e2e/support/people';
import { startSignaling, type Signaling } from '@/tests/e2e/support/signaling';
import { fmt } from '@/bench/support';

/**
 * Issue 16, group sessions: one Chromium panel (a fresh profile with the
 * built extension, where the board is made) and N Node peers that join by
 * its invite code through the local signaling server, for N = 1, 3, 5, 7
 * (groups of 2 to 8). The Node peers are tests/e2e/support/nodePeer.ts, one
 * process each (y-webrtc keeps one room per process): our own connectBoard
 * with node-datachannel as WebRTC, so they pass the same gate as a panel.
 * y-webrtc is a full mesh: the N peers also connect to each other.
 * Per group size, on the board's one item:
 * - peer -> panel: EDITS edits, made in turn by each Node peer, each timed
 *   from just before the peer's edit until the panel sets its text box's
 *   value (the setter hook of live.measure.ts);
 * - panel -> all: EDITS edits typed into the panel's box (value + input
 *   event), each timed until the last of the N peers holds it;
 * - the panel's open RTCPeerConnections, its renderer main thread's busy share
 *   (CDP's TaskDuration over wall time) and the Node peers' CPU, per phase.
 * Times come from three kinds of process on one machine, all read as
 * performance.timeOrigin + performance.now(); the offsets between them are
 * checked and printed. Edits go one at a time: each waits for the last.
 * Run inside the loopback-only namespace (npm run bench does).
 */
let signaling: Signaling | undefined;
let panel: Person | undefined;
const peers: PeerProcess[] = [];
afterAll(async () => {
  await Promise.all(peers.map((peer) => peer.quit()));
  await closePeople([panel]);
  await signaling?.stop();
  removeNodePeerBuild();
}, 60_000);

const GROUP_PEERS = [1, 3, 5, 7];
const EDITS = 100;
/** Per edit: well past any figure seen; a lost edit fails the run instead of hanging it. */
const EDIT_TIMEOUT_MS = 15_000;
const JOIN_TIMEOUT_MS = 45_000;

interface Row {
  size: number;
  toPanel: number[];
  toAll: number[];
  connections: number;
  /** Seconds from starting the joiner's process until it, and everyone else, counted the new connections. */
  lastJoinSeconds: number;
  /** Per edit, ms: the panel's main-thread task time, and the Node peers' CPU time all together. */
  panelMs: { receiving: number; sending: number };
  peersMs: { receiving: number; sending: number };
  /** Seconds each phase took (EDITS edits, one after another). */
  seconds: { receiving: number; sending: number };
}

type Bench = Window & {
  groupBench: { seen: Map<string, number>; waiters: Map<string, (() => void)[]> };
  openPeerConnections: () => number;
};

const clock = () => performance.timeOrigin + performance.now();
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const spread = (values: number[]) => `${fmt(percentile(values, 50))} / ${fmt(percentile(values, 95))} ms`;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** When `peer` first held `text` (its clock); at once if it already has. */
const heldAt = (peer: PeerProcess, text: string) =>
  within(peer.ask(`when ${text}`, `when ${text} `), EDIT_TIMEOUT_MS, `${peer.name} holding "${text}"`).then(Number);

it.runIf(requireChromium())('edit-to-screen in groups of 2, 4, 6 and 8 (one panel, Node peers)', { timeout: 8 * 60_000 }, async () => {
  await buildNodePeer();
  signaling = await startSignaling();
  panel = await launchPerson();
  // Counts the panel's peer connections: set before any page script runs (simple-peer reads the global per connection).
  await panel.context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const made = new Set<RTCPeerConnection>();
    window.RTCPeerConnection = class extends Native {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args);
        made.add(this);
      }
    };
    (window as unknown as Bench).openPeerConnections = () => [...made].filter((pc) => pc.connectionState === 'connected').length;
  });
  const page = await panel.openPanel();
  await useLocalNetwork(page, 'Panel', signaling.url);
  await createBoard(page, 'Group bench');
  await page.getByRole('button', { name: 'Add boundary' }).click();
  const box = page.getByRole('textbox', { name: 'Boundary' });
  await box.waitFor();
  let last = 'start';
  await page.keyboard.type(last);
  const invite = parseInvite(await inviteCode(page));
  if (!invite.ok) expect.fail(invite.error);
  await installSeenHook(page);
  const openConnections = () => page.evaluate(() => (window as unknown as Bench).openPeerConnections());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  const rows: Row[] = [];
  for (const size of GROUP_PEERS) {
    // --- join, one at a time (crossing Node offers sometimes connect without data: nodePeers.test.ts) ---
    let lastJoinSeconds = 0;
    while (peers.length < size) {
      const started = clock();
      const peer = new PeerProcess(`P${peers.length + 1}`, {
        signalingUrl: signaling.url,
        room: invite.value.room,
        secret: invite.value.secret,
        seed: peers.length + 1,
      });
      peers.push(peer);
      await everyoneConnected(peers, openConnections);
      lastJoinSeconds = (clock() - started) / 1000;
      // It has the board (and the last edit) before it is asked to edit.
      await heldAt(peer, last);
    }

    // --- peer -> panel, each peer in turn ---
    await box.evaluate((element) => (element as HTMLTextAreaElement).blur());
    const toPanel: number[] = [];
    const receiving = await usage(cdp, peers);
    for (let edit = 0; edit < EDITS; edit++) {
      const editor = peers[edit % peers.length]!;
      const text = `g${size + 1}-p${edit}`;
      await heldAt(editor, last);
      const seen = page.evaluate(
        ({ text, timeout }) =>
          new Promise<number>((resolve, reject) => {
            const { seen, waiters } = (window as unknown as Bench).groupBench;
            const done = () => resolve(seen.get(text)!);
            if (seen.has(text)) return done();
            waiters.set(text, [...(waiters.get(text) ?? []), done]);
            setTimeout(() => reject(new Error(`the panel did not show "${text}" within ${timeout} ms`)), timeout);
          }),
        { text, timeout: EDIT_TIMEOUT_MS },
      );
      // A failure below must not leave this rejection unhandled.
      seen.catch(() => undefined);
      const sentAt = Number(await within(editor.ask(`put ${text}`, `put ${text} `), EDIT_TIMEOUT_MS, `${editor.name} editing`));
      expect(sentAt, `${editor.name} found no item to edit`).not.toBeNaN();
      toPanel.push((await seen) - sentAt);
      last = text;
    }
    const received = await usageSince(cdp, peers, receiving);

    // --- panel -> all the peers ---
    await box.focus();
    const toAll: number[] = [];
    const sending = await usage(cdp, peers);
    for (let edit = 0; edit < EDITS; edit++) {
      const text = `g${size + 1}-a${edit}`;
      const sentAt = await box.evaluate((element, value) => {
        const at = performance.timeOrigin + performance.now();
        (element as HTMLTextAreaElement).value = value;
        element.dispatchEvent(new Event('input', { bubbles: true }));
        return at;
      }, text);
      const held = await Promise.all(peers.map((peer) => heldAt(peer, text)));
      toAll.push(Math.max(...held) - sentAt);
      last = text;
    }
    const sent = await usageSince(cdp, peers, sending);
    rows.push({
      size: size + 1,
      toPanel,
      toAll,
      connections: await openConnections(),
      lastJoinSeconds,
      panelMs: { receiving: received.panelMs, sending: sent.panelMs },
      peersMs: { receiving: received.peersMs, sending: sent.peersMs },
      seconds: { receiving: received.seconds, sending: sent.seconds },
    });
  }
  const offsets = await clockOffsets(page, peers);
  await cdp.detach();

  const perEdit = ({ receiving, sending }: { receiving: number; sending: number }) => `${fmt(receiving)} / ${fmt(sending)} ms`;
  console.log(
    [
      '',
      `Group sessions: one Chromium panel and N Node peers (our connectBoard, node-datachannel), full mesh on loopback, ${EDITS} edits per direction per size`,
      '',
      '| group size | peer→panel p50 / p95 | panel→all peers (the last to hold it) p50 / p95 | connections the panel holds | ' +
        'panel main thread per edit (receiving / sending) | Node peers’ CPU per edit, all together (receiving / sending) | ' +
        'phase time (receiving / sending) | last joiner connected to all |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map((row) =>
        [
          `| ${row.size}`,
          spread(row.toPanel),
          spread(row.toAll),
          row.connections,
          perEdit(row.panelMs),
          perEdit(row.peersMs),
          `${fmt(row.seconds.receiving)} / ${fmt(row.seconds.sending)} s`,
          `${fmt(row.lastJoinSeconds)} s |`,
        ].join(' | '),
      ),
      '',
      `Connections in the whole mesh for a group of n: n(n-1)/2 (28 for 8). Each peer holds n-1; y-webrtc stops at maxConns (20 + up to 14, random).`,
      `Clocks: largest offset of a peer's or the page's clock from this process's, ${fmt(offsets.largest, 2)} ms (each read to within ±${fmt(offsets.bound, 2)} ms).`,
      'Panel main thread: CDP Performance TaskDuration in the panel page, this bench’s own page.evaluate calls included. ' +
        'Node peers’ CPU: process.cpuUsage() of all N, which share the machine’s cores with the panel.',
      `Load average at the end: ${loadavg()
        .map((load) => fmt(load, 2))
        .join(', ')} on ${availableParallelism()} cores.`,
      '',
    ].join('\n'),
  );
  for (const row of rows) {
    expect(row.toPanel).toHaveLength(EDITS);
    expect(row.toAll).toHaveLength(EDITS);
  }
});

/**
 * Records in the panel when its text box is first given each value (the
 * panel sets .value on remote changes), and wakes whoever waits for it.
 */
async function installSeenHook(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Boundary' }).evaluate((box) => {
    const bench = { seen: new Map<string, number>(), waiters: new Map<string, (() => void)[]>() };
    (window as unknown as Bench).groupBench = bench;
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    Object.defineProperty(box, 'value', {
      get: native.get,
      set(value: string) {
        native.set!.call(this, value);
        if (bench.seen.has(value)) return;
        bench.seen.set(value, performance.timeOrigin + performance.now());
        for (const wake of bench.waiters.get(value) ?? []) wake();
        bench.waiters.delete(value);
      },
    });
  });
}

/** Waits until the panel and every peer count a connection to each of the others. */
async function everyoneConnected(peers: PeerProcess[], openConnections: () => Promise<number>): Promise<void> {
  const count = async (peer: PeerProcess) => Number(/^connected (\d+)$/.exec(await peer.ask('status', 'status '))?.[1] ?? 0);
  for (const peer of peers) await expect.poll(() => count(peer), { timeout: JOIN_TIMEOUT_MS }).toBeGreaterThanOrEqual(peers.length);
  await expect.poll(openConnections, { timeout: JOIN_TIMEOUT_MS }).toBeGreaterThanOrEqual(peers.length);
}

interface Usage {
  at: number;
  taskSeconds: number;
  peersCpuMs: number;
}

/** A reading of the panel's main-thread task time (CDP) and of the peers' CPU. */
async function usage(cdp: CDPSession, peers: PeerProcess[]): Promise<Usage> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskSeconds = metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
  const cpu = await Promise.all(peers.map((peer) => peer.ask('cpu', 'cpu ').then(Number)));
  return { at: clock(), taskSeconds, peersCpuMs: cpu.reduce((sum, ms) => sum + ms, 0) };
}

/** Since `start`, per edit: the panel's main-thread task time and the peers' CPU time (ms); and the seconds it took. */
async function usageSince(
  cdp: CDPSession,
  peers: PeerProcess[],
  start: Usage,
): Promise<{ panelMs: number; peersMs: number; seconds: number }> {
  const end = await usage(cdp, peers);
  return {
    panelMs: ((end.taskSeconds - start.taskSeconds) * 1000) / EDITS,
    peersMs: (end.peersCpuMs - start.peersCpuMs) / EDITS,
    seconds: (end.at - start.at) / 1000,
  };
}

/**
 * How far the page's and each peer's clock are from this process's: a value
 * read between two readings of ours is off by its difference from their
 * midpoint, give or take half their interval (the best of 5 reads each).
 */
async function clockOffsets(page: Page, peers: PeerProcess[]): Promise<{ largest: number; bound: number }> {
  const sources = [
    () => page.evaluate(() => performance.timeOrigin + performance.now()),
    ...peers.map((peer) => () => peer.ask('clock', 'clock ').then(Number)),
  ];
  const best: { offset: number; bound: number }[] = [];
  for (const theirs of sources) {
    let closest = { offset: NaN, bound: Infinity };
    for (let i = 0; i < 5; i++) {
      const before = clock();
      const value = await theirs();
      const after = clock();
      if ((after - before) / 2 < closest.bound) closest = { offset: value - (before + after) / 2, bound: (after - before) / 2 };
    }
    best.push(closest);
  }
  return {
    largest: Math.max(...best.map(({ offset }) => Math.abs(offset))),
    bound: Math.max(...best.map(({ bound }) => bound)),
  };
}
