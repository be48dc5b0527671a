import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, readConfig } from '@/server/signaling/config.mjs';
import { readMessage, withClients } from '@/server/signaling/protocol.mjs';
import { connect, roundTrip, startServer, type Running } from '@/tests/support/signalingServer';

const limits = { maxTopics: 4, maxTopicLength: 8 };
const read = (text: string, binary = false) => readMessage(Buffer.from(text), binary, limits);

describe('reading a frame', () => {
  it('accepts the four shapes of y-webrtc messages', () => {
    expect(read('{"type":"subscribe","topics":["a","b"]}')).toEqual({ ok: true, message: { type: 'subscribe', topics: ['a', 'b'] } });
    expect(read('{"type":"unsubscribe","topics":[]}')).toEqual({ ok: true, message: { type: 'unsubscribe', topics: [] } });
    const publish = '{"type":"publish","topic":"room","data":{"x":1}}';
    expect(read(publish)).toEqual({ ok: true, message: { type: 'publish', topic: 'room', text: publish } });
    expect(read('{"type":"ping"}')).toEqual({ ok: true, message: { type: 'ping' } });
  });

  it.each([
    ['hello', 'json'],
    ['', 'json'],
    ['{"type":"ping"', 'json'],
    ['null', 'not_object'],
    ['[1,2]', 'not_object'],
    ['"ping"', 'not_object'],
    ['42', 'not_object'],
    ['{}', 'type'],
    ['{"type":7}', 'type'],
    ['{"type":"pong"}', 'type'],
    ['{"type":"__proto__"}', 'type'],
    ['{"type":"subscribe","topics":"abc"}', 'topics'],
    ['{"type":"subscribe"}', 'topics'],
    ['{"type":"subscribe","topics":{"length":2}}', 'topics'],
    ['{"type":"subscribe","topics":["a",7]}', 'topics'],
    ['{"type":"subscribe","topics":[""]}', 'topics'],
    ['{"type":"unsubscribe","topics":["toolongtopic"]}', 'topics'],
    ['{"type":"subscribe","topics":["a","b","c","d","e"]}', 'topics_too_many'],
    ['{"type":"publish"}', 'topic'],
    ['{"type":"publish","topic":""}', 'topic'],
    ['{"type":"publish","topic":["a"]}', 'topic'],
    ['{"type":"publish","topic":"toolongtopic"}', 'topic'],
  ])('drops %j (%s)', (text, reason) => {
    expect(read(text)).toEqual({ ok: false, reason });
  });

  it('drops binary frames, whatever they hold', () => {
    expect(read('{"type":"ping"}', true)).toEqual({ ok: false, reason: 'binary' });
  });

  it('adds clients as the last key, over any the sender wrote', () => {
    const out = withClients('{"type":"publish","topic":"r","clients":99} \n', 2);
    expect(JSON.parse(out)).toEqual({ type: 'publish', topic: 'r', clients: 2 });
  });
});

describe('options', () => {
  it('takes flags over environment variables over defaults', () => {
    const config = readConfig(['--port', '5000', '--log-ips', '--rate', '2.5'], { SIGNALING_PORT: '6000', SIGNALING_MAX_PER_IP: '3' });
    expect(config).toMatchObject({ port: 5000, maxPerIp: 3, logIps: true, rate: 2.5, host: DEFAULTS.host, maxPayload: 65536 });
  });

  it('refuses unknown options and bad values', () => {
    expect(() => readConfig(['--prot', '1'], {})).toThrow(ConfigError);
    expect(() => readConfig(['--port', '70000'], {})).toThrow(ConfigError);
    expect(() => readConfig(['--max-per-ip', '-1'], {})).toThrow(ConfigError);
    expect(() => readConfig([], { SIGNALING_BURST: 'lots' })).toThrow(ConfigError);
  });
});

describe('a y-webrtc client exchange', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startServer();
  });
  afterAll(() => running.stop());

  it('relays a publish to every subscriber with clients, until one unsubscribes; answers ping', async () => {
    const alex = await connect(running.url);
    const sam = await connect(running.url);
    const other = await connect(running.url);
    alex.send({ type: 'subscribe', topics: ['room-1'] });
    sam.send({ type: 'subscribe', topics: ['room-1', 'room-2'] });
    other.send({ type: 'subscribe', topics: ['room-2'] });
    await Promise.all([roundTrip(alex), roundTrip(sam), roundTrip(other)]);

    // y-webrtc's announce: the sender hears itself too, as with y-webrtc's server.
    sam.send({ type: 'publish', topic: 'room-1', data: { type: 'announce', from: 'sam' } });
    const expected = { type: 'publish', topic: 'room-1', data: { type: 'announce', from: 'sam' }, clients: 2 };
    expect(await alex.next()).toEqual(expected);
    expect(await sam.next()).toEqual(expected);

    alex.send({ type: 'unsubscribe', topics: ['room-1'] });
    await roundTrip(alex);
    sam.send({ type: 'publish', topic: 'room-1', data: 'second' });
    expect(await sam.next()).toMatchObject({ data: 'second', clients: 1 });
    await roundTrip(alex);
    await roundTrip(other);
    expect(alex.received.filter((m) => m.type === 'publish')).toHaveLength(1);
    expect(other.received.filter((m) => m.type === 'publish')).toHaveLength(0);

    expect(running.server.state()).toMatchObject({ connections: 3, topics: 2, subscriptions: 3 });
    await Promise.all([alex.close(), sam.close(), other.close()]);
    expect(running.server.state()).toMatchObject({ topics: 0, subscriptions: 0 });
    expect(running.server.metrics.relayed).toBe(3);
  });
});
