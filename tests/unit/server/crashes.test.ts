import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, metric, roundTrip, spawnServer, type Client, type Spawned } from '@/tests/support/signalingServer';

/**
 * Issue 16's reports, against `npm run signaling`'s process: each of these
 * made y-webrtc's bin/server.js exit 1 (dropping everyone) or took whatever
 * it was sent. Now each is dropped and counted, and a client already in a
 * room keeps being served; SIGTERM then ends the process cleanly.
 */
describe('the reported crashes, on a spawned server', () => {
  let server: Spawned;
  let watcher: Client;
  const dir = mkdtempSync(join(tmpdir(), 'cg-signaling-'));
  const capture = join(dir, 'capture.txt');
  beforeAll(async () => {
    server = await spawnServer(['--capture', capture]);
    watcher = await connect(server.url);
    watcher.send({ type: 'subscribe', topics: ['room'] });
    await roundTrip(watcher);
  });
  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const dropped = (reason: string) => metric(server.port, `signaling_messages_dropped_total{reason="${reason}"}`);
  const stillServing = async () => {
    await roundTrip(watcher);
    watcher.send({ type: 'publish', topic: 'room', data: 'still here' });
    expect(await watcher.next((m) => m.data === 'still here')).toMatchObject({ clients: 1 });
    expect(server.child.exitCode).toBe(null);
  };

  it.each([
    ['hello', 'json'],
    ['{"type":"subscribe","topics":"abc"}', 'topics'],
    ['{"type":"publish","topic":{"toString":1}}', 'topic'],
    ['[]', 'not_object'],
  ])('%s is dropped (%s)', async (text, reason) => {
    const attacker = await connect(server.url);
    attacker.send(text);
    await roundTrip(attacker);
    expect(await dropped(reason)).toBe(1);
    await stillServing();
    await attacker.close();
  });

  it('drops binary frames', async () => {
    const attacker = await connect(server.url);
    attacker.ws.send(Buffer.from('{"type":"subscribe","topics":["room"]}'));
    await roundTrip(attacker);
    expect(await dropped('binary')).toBe(1);
    await stillServing();
    await attacker.close();
  });

  it('closes a socket that sends a 50 MiB frame (1009, over the 64 KiB cap)', async () => {
    const attacker = await connect(server.url);
    attacker.ws.send('x'.repeat(50 * 1024 * 1024));
    expect((await attacker.closed).code).toBe(1009);
    expect(await dropped('too_large')).toBe(1);
    await stillServing();
  });

  it('refuses 200,000 topics: in one frame (too large), or past 64 per connection', async () => {
    const topics = Array.from({ length: 200_000 }, (_, i) => `t${i}`);
    const big = await connect(server.url);
    big.send({ type: 'subscribe', topics });
    expect((await big.closed).code).toBe(1009);
    expect(await dropped('too_large')).toBe(2);

    const many = await connect(server.url);
    for (let at = 0; at < 64 * 4; at += 64) many.send({ type: 'subscribe', topics: topics.slice(at, at + 64) });
    many.send({ type: 'subscribe', topics: topics.slice(0, 65) });
    await roundTrip(many);
    expect(await metric(server.port, 'signaling_subscriptions')).toBe(1 + 64);
    expect(await dropped('topic_limit')).toBe(3);
    expect(await dropped('topics_too_many')).toBe(1);
    await stillServing();
    await many.close();
  });

  it('wrote every message it received to --capture, one per line', () => {
    const lines = readFileSync(capture, 'utf8').split('\n');
    expect(lines).toContain('hello');
    expect(lines).toContain('{"type":"subscribe","topics":"abc"}');
  });

  it('on SIGTERM closes every socket with 1001 and exits 0', async () => {
    server.child.kill('SIGTERM');
    expect((await watcher.closed).code).toBe(1001);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/shutting down[\s\S]*stopped/);
  });
});
