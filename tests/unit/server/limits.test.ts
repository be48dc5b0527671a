import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '@/server/signaling/config.mjs';
import { connect, roundTrip, startServer, waitFor, type Client, type Running } from '@/tests/support/signalingServer';

let running: Running | undefined;
let clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  await running?.stop();
  running = undefined;
});

async function start(overrides: Partial<Config> = {}) {
  running = await startServer(overrides);
  return running;
}
async function open(url: string, headers: Record<string, string> = {}, autoPong = true) {
  const client = await connect(url, { headers, autoPong });
  clients.push(client);
  return client;
}

describe('connection caps', () => {
  it('refuses the connection past the per-IP cap with 429, and takes one again when one closes', async () => {
    const { url, server } = await start({ maxPerIp: 3 });
    const three = [await open(url), await open(url), await open(url)];
    await expect(connect(url)).rejects.toThrow('refused: 429');
    expect(server.metrics.refused.get('per_ip')).toBe(1);
    await three[0]!.close();
    await waitFor(() => server.state().connections === 2, 'the closed connection to be let go');
    await roundTrip(await open(url));
  });

  it('counts each client behind a proxy by X-Forwarded-For with --trust-proxy, and never otherwise', async () => {
    const { url, server } = await start({ maxPerIp: 1, trustProxy: true });
    await open(url, { 'X-Forwarded-For': '198.51.100.1, 203.0.113.7' });
    await open(url, { 'X-Forwarded-For': '203.0.113.8' });
    await expect(connect(url, { headers: { 'X-Forwarded-For': '198.51.100.9, 203.0.113.7' } })).rejects.toThrow('refused: 429');
    await running!.stop();
    const plain = await start({ maxPerIp: 1 });
    await open(plain.url, { 'X-Forwarded-For': '203.0.113.1' });
    await expect(connect(plain.url, { headers: { 'X-Forwarded-For': '203.0.113.2' } })).rejects.toThrow('refused: 429');
    expect(server.metrics.refused.get('per_ip')).toBe(1);
  });

  it('refuses past the total cap with 503', async () => {
    const { url, server } = await start({ maxConnections: 2 });
    await open(url);
    await open(url);
    await expect(connect(url)).rejects.toThrow('refused: 503');
    expect(server.metrics.refused.get('capacity')).toBe(1);
  });
});

describe('per-connection limits', () => {
  it('keeps at most maxTopics topics per connection', async () => {
    const { url, server } = await start({ maxTopics: 3 });
    const client = await open(url);
    client.send({ type: 'subscribe', topics: ['a', 'b'] });
    client.send({ type: 'subscribe', topics: ['b', 'c', 'd'] });
    client.send({ type: 'subscribe', topics: ['w', 'x', 'y', 'z'] });
    await roundTrip(client);
    expect(server.state()).toMatchObject({ topics: 3, subscriptions: 3 });
    expect(server.metrics.dropped.get('topic_limit')).toBe(1);
    expect(server.metrics.dropped.get('topics_too_many')).toBe(1);
    client.send({ type: 'unsubscribe', topics: ['a'] });
    client.send({ type: 'subscribe', topics: ['d'] });
    await roundTrip(client);
    expect(server.state()).toMatchObject({ topics: 3, subscriptions: 3 });
  });

  it('drops messages over the rate, and closes a socket that stays over it (1008)', async () => {
    const { url, server } = await start({ rate: 20, burst: 10, overLimitClose: 0.3 });
    const calm = await open(url);
    const flood = await open(url);
    for (let i = 0; i < 30; i++) flood.send({ type: 'ping' });
    await waitFor(() => flood.received.length === 10, 'the burst of 10 pongs');
    await waitFor(() => server.metrics.dropped.get('rate')! >= 20, 'the rest to be dropped');
    // Still flooding a while later: closed.
    const sending = setInterval(() => flood.ws.readyState === flood.ws.OPEN && flood.send({ type: 'ping' }), 2);
    const { code } = await flood.closed;
    clearInterval(sending);
    expect(code).toBe(1008);
    expect(server.metrics.closed.get('rate')).toBe(1);
    // A sender under its rate is never touched.
    await roundTrip(calm);
  });

  it('ends a socket that stops answering WebSocket pings', async () => {
    const { url, server } = await start({ pingInterval: 0.05 });
    const alive = await open(url);
    const dead = await open(url, {}, false);
    const { code } = await dead.closed;
    expect(code).toBe(1006);
    expect(server.metrics.closed.get('ping_timeout')).toBe(1);
    await waitFor(() => server.state().connections === 1, 'the dead socket to be let go');
    await roundTrip(alive);
  });
});

describe('HTTP', () => {
  it('answers /healthz with 200 ok', async () => {
    const { port } = await start();
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it("serves /metrics in Prometheus' text format", async () => {
    const { port, url } = await start();
    const client = await open(url);
    client.send({ type: 'subscribe', topics: ['room'] });
    client.send('hello');
    client.send({ type: 'publish', topic: 'room', data: 1 });
    await client.next((m) => m.type === 'publish');
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    // Every line: a HELP or TYPE comment, or `name{labels} value`; every series has its TYPE before it.
    const typed = new Set<string>();
    for (const line of text.trimEnd().split('\n')) {
      const comment = /^# (HELP|TYPE) ([a-z_]+) (.+)$/.exec(line);
      if (comment) {
        if (comment[1] === 'TYPE') {
          expect(['counter', 'gauge']).toContain(comment[3]);
          typed.add(comment[2]!);
        }
        continue;
      }
      const sample = /^([a-z_]+)(\{[a-z_]+="[a-z_]+"\})? (\d+(\.\d+)?)$/.exec(line);
      expect(sample, line).not.toBeNull();
      expect(typed.has(sample![1]!), line).toBe(true);
    }
    for (const series of [
      'signaling_connections 1',
      'signaling_topics 1',
      'signaling_messages_relayed_total 1',
      'signaling_messages_dropped_total{reason="json"} 1',
      'signaling_messages_dropped_total{reason="rate"} 0',
      'signaling_connections_refused_total{reason="per_ip"} 0',
    ]) {
      expect(text).toContain(`\n${series}\n`);
    }
  });
});

describe('logs', () => {
  it('never hold a room name or an IP address (unless --log-ips)', async () => {
    const room = 'cg-secret-room-name';
    for (const logIps of [false, true]) {
      const { url, server, logs } = await start({ logIps, maxPerIp: 1, rate: 0.001, burst: 2, overLimitClose: 0 });
      const client = await open(url);
      client.send({ type: 'subscribe', topics: [room] });
      await expect(connect(url)).rejects.toThrow('refused: 429');
      client.send({ type: 'publish', topic: room, data: room });
      await client.next((m) => m.data === room);
      client.send({ type: 'ping' });
      expect((await client.closed).code).toBe(1008);
      await running!.stop();
      running = undefined;
      expect(server.metrics.closed.get('rate')).toBe(1);
      const text = logs.join('\n');
      expect(text).toMatch(/subscribed conn=1 topic=[0-9a-f]{8}/);
      expect(text).toContain('closed a connection that stayed over its rate');
      expect(text).not.toContain(room);
      if (logIps) expect(text).toContain('ip=127.0.0.1');
      else expect(text).not.toContain('127.0.0.1');
    }
  });
});
