import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '@/server/signaling/config.mjs';
import { channelName } from '@/server/signaling/redisBus.mjs';
import { requireRedis, startRedis, type Redis } from '@/tests/support/redisServer';
import { connect, roundTrip, startServer, waitFor, type Client, type Running } from '@/tests/support/signalingServer';

/**
 * Two instances share rooms through a real redis-server on loopback: a
 * client on each joins the same room and they exchange messages. Then Redis
 * goes away (each instance keeps serving its own clients and says so) and
 * comes back (they reconnect, resubscribe, and share rooms again).
 */
describe.runIf(requireRedis())('several instances through Redis', () => {
  let redis: Redis;
  let a: Running;
  let b: Running;
  const clients: Client[] = [];
  const room = 'room-shared';
  const channel = channelName(DEFAULTS.redisPrefix, room);
  beforeAll(async () => {
    redis = await startRedis();
    a = await startServer({ redisUrl: redis.url });
    b = await startServer({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  const open = async (running: Running) => {
    const client = await connect(running.url);
    clients.push(client);
    client.send({ type: 'subscribe', topics: [room] });
    await roundTrip(client);
    return client;
  };
  /** Instances subscribed to the room's channel, as Redis counts them. */
  const subscribedInstances = async () => {
    const probe = createClient({ url: redis.url });
    await probe.connect();
    try {
      const counts = (await probe.pubSubNumSub(channel)) as Record<string, number>;
      return { count: counts[channel] ?? 0, keys: await probe.dbSize() };
    } finally {
      probe.destroy();
    }
  };
  const bothUp = () => a.server.state().redis === 'up' && b.server.state().redis === 'up';

  it('relays a publish on one instance to the room on the other, with clients counted per instance', async () => {
    await waitFor(bothUp, 'both instances to reach Redis');
    const alex = await open(a);
    const sam = await open(b);
    await waitFor(async () => (await subscribedInstances()).count === 2, 'both instances on the room channel');

    sam.send({ type: 'publish', topic: room, data: { from: 'sam' } });
    expect(await alex.next()).toEqual({ type: 'publish', topic: room, data: { from: 'sam' }, clients: 1 });
    expect(await sam.next()).toEqual({ type: 'publish', topic: room, data: { from: 'sam' }, clients: 1 });
    alex.send({ type: 'publish', topic: room, data: { from: 'alex' } });
    expect(await sam.next()).toMatchObject({ data: { from: 'alex' } });
    expect(await alex.next()).toMatchObject({ data: { from: 'alex' } });
    // Each message once: an instance ignores its own publishes coming back from Redis.
    await Promise.all([roundTrip(alex), roundTrip(sam)]);
    expect(alex.received.filter((m) => m.type === 'publish')).toHaveLength(2);
    expect(sam.received.filter((m) => m.type === 'publish')).toHaveLength(2);
    expect(a.server.metrics.redis).toMatchObject({ published: 1, received: 1 });
    // Nothing of ours is stored in Redis: only channels.
    expect((await subscribedInstances()).keys).toBe(0);

    // The last subscriber leaving takes the instance off the channel.
    const other = channelName(DEFAULTS.redisPrefix, 'room-brief');
    alex.send({ type: 'subscribe', topics: ['room-brief'] });
    alex.send({ type: 'unsubscribe', topics: ['room-brief'] });
    await roundTrip(alex);
    const probe = createClient({ url: redis.url });
    await probe.connect();
    await waitFor(
      async () => ((await probe.pubSubNumSub(other)) as Record<string, number>)[other] === 0,
      'the brief room channel to be left',
    );
    probe.destroy();
  });

  it('keeps serving its own clients while Redis is away, then reconnects and shares rooms again', { timeout: 20_000 }, async () => {
    const [alex, sam] = clients as [Client, Client];
    const carol = await open(a);
    await redis.stop();
    await waitFor(() => a.server.state().redis === 'down' && b.server.state().redis === 'down', 'both instances to see Redis gone');
    expect(a.logs.join('\n')).toContain('redis: connection lost');
    expect(await (await fetch(`http://127.0.0.1:${a.port}/metrics`)).text()).toContain('\nsignaling_redis_up 0\n');

    carol.send({ type: 'publish', topic: room, data: 'local while redis is down' });
    expect(await alex.next((m) => m.data === 'local while redis is down')).toMatchObject({ clients: 2 });
    expect(a.server.metrics.redis.publishFailures).toBe(1);

    redis = await startRedis(redis.port);
    await waitFor(bothUp, 'both instances to reconnect', 15_000);
    await waitFor(async () => (await subscribedInstances()).count === 2, 'both instances resubscribed');
    sam.send({ type: 'publish', topic: room, data: 'after redis came back' });
    expect(await carol.next((m) => m.data === 'after redis came back')).toMatchObject({ clients: 2 });
    expect(await alex.next((m) => m.data === 'after redis came back')).toBeTruthy();
    expect(a.logs.join('\n')).toMatch(/connection lost[\s\S]*redis: connected/);
  });
});
