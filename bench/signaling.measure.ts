import { execSync } from 'node:child_process';
import { createClient } from 'redis';
import { afterAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { fmt } from '@/bench/support';
import { DEFAULTS } from '@/server/signaling/config.mjs';
import { channelName } from '@/server/signaling/redisBus.mjs';
import { redisServerPath, startRedis, type Redis } from '@/tests/support/redisServer';
import { metric, spawnServer, waitFor, type Spawned } from '@/tests/support/signalingServer';

/**
 * The signaling server on loopback, as its own process (npm run signaling):
 * - connections held: 5,000 sockets in 2,500 rooms (two per room), and the
 *   server's RSS per connection (its /metrics, before and after);
 * - relay latency p50/p99 (publish sent -> the room's other socket has it)
 *   at a steady 1,000 publishes/s;
 * - the same across two instances through Redis (a socket of each room on each).
 * Clients run in this process. Figures only, no pass/fail on time.
 */
const SOCKETS = 5_000;
const RATE = 1_000;
const SECONDS = 5;
const unlimited = ['--max-per-ip', '0', '--max-connections', '0', '--exit-after', '900'];

const servers: Spawned[] = [];
let redis: Redis | undefined;
const sockets: WebSocket[] = [];
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  for (const server of servers) {
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
    await server.exited;
  }
  await redis?.stop();
});

const open = (url: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    sockets.push(ws);
  });

/** Opens `count` sockets (the room of socket i is i/2), alternating between `urls`, 100 at a time, each subscribed. */
async function openRooms(urls: string[], count: number, prefix: string) {
  const opened: WebSocket[] = [];
  for (let at = 0; at < count; at += 100) {
    const batch = await Promise.all(Array.from({ length: Math.min(100, count - at) }, (_, i) => open(urls[(at + i) % urls.length]!)));
    batch.forEach((ws, i) => ws.send(JSON.stringify({ type: 'subscribe', topics: [`${prefix}-${(at + i) >> 1}`] })));
    opened.push(...batch);
  }
  return opened;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Publishes from the first socket of random rooms at RATE/s for SECONDS; the latency until the other socket has it. */
async function relayLatency(pairs: WebSocket[], prefix: string) {
  const latencies: number[] = [];
  for (let room = 0; room < pairs.length / 2; room++) {
    pairs[room * 2 + 1]!.on('message', (data) => {
      const message = JSON.parse(String(data)) as { data?: { sent?: number } };
      if (typeof message.data?.sent === 'number') latencies.push(performance.now() - message.data.sent);
    });
  }
  const total = RATE * SECONDS;
  const perTick = RATE / 100;
  let sent = 0;
  let room = 0;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      for (let i = 0; i < perTick && sent < total; i++, sent++) {
        room = (room + 7919) % (pairs.length / 2);
        pairs[room * 2]!.send(JSON.stringify({ type: 'publish', topic: `${prefix}-${room}`, data: { sent: performance.now() } }));
      }
      if (sent >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 10);
  });
  await waitFor(() => latencies.length >= total, 'every publish to arrive', 30_000);
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)! };
}

it(
  'the signaling server: connections held, memory, relay latency (one instance, and two through Redis)',
  { timeout: 600_000 },
  async () => {
    const limit = execSync('ulimit -n', { shell: '/bin/bash' }).toString().trim();
    console.log(`ulimit -n: ${limit} (this process holds ${SOCKETS} client sockets, the server as many)`);

    const one = await spawnServer(unlimited);
    servers.push(one);
    const idle = await metric(one.port, 'process_resident_memory_bytes');
    const started = performance.now();
    const pairs = await openRooms([one.url], SOCKETS, 'bench');
    await waitFor(async () => (await metric(one.port, 'signaling_subscriptions')) === SOCKETS, 'every socket subscribed', 60_000);
    const openSeconds = (performance.now() - started) / 1000;
    const held = await metric(one.port, 'signaling_connections');
    const rooms = await metric(one.port, 'signaling_topics');
    const loaded = await metric(one.port, 'process_resident_memory_bytes');
    expect(held).toBe(SOCKETS);
    console.log(
      `one instance: ${held} connections held in ${rooms} rooms (opened and subscribed in ${fmt(openSeconds)} s); ` +
        `server RSS ${fmt(idle / 2 ** 20)} MiB idle -> ${fmt(loaded / 2 ** 20)} MiB, ${fmt((loaded - idle) / held / 1024)} KiB per connection`,
    );
    const local = await relayLatency(pairs, 'bench');
    console.log(
      `one instance, ${RATE} publishes/s for ${SECONDS} s among ${rooms} rooms: relay latency p50 ${fmt(local.p50, 2)} ms, p99 ${fmt(local.p99, 2)} ms, max ${fmt(local.max, 1)} ms (${local.count} messages)`,
    );
    for (const ws of pairs) ws.terminate();
    sockets.length = 0;

    if (!redisServerPath) {
      console.warn('\n!!! SKIPPING THE REDIS FIGURES: redis-server is not installed !!!\n');
      return;
    }
    redis = await startRedis();
    const a = await spawnServer([...unlimited, '--redis', redis.url]);
    const b = await spawnServer([...unlimited, '--redis', redis.url]);
    servers.push(a, b);
    const ROOMS = 500;
    const shared = await openRooms([a.url, b.url], ROOMS * 2, 'shared');
    const probe = createClient({ url: redis.url });
    await probe.connect();
    const channels = Array.from({ length: ROOMS }, (_, room) => channelName(DEFAULTS.redisPrefix, `shared-${room}`));
    await waitFor(
      async () => Object.values((await probe.pubSubNumSub(channels)) as Record<string, number>).every((n) => n === 2),
      'both instances on every room channel',
      30_000,
    );
    probe.destroy();
    const across = await relayLatency(shared, 'shared');
    console.log(
      `two instances through Redis, ${RATE} publishes/s for ${SECONDS} s among ${ROOMS} rooms (one socket of each on each): relay latency p50 ${fmt(across.p50, 2)} ms, p99 ${fmt(across.p99, 2)} ms, max ${fmt(across.max, 1)} ms (${across.count} messages)`,
    );
  },
);
