// @ts-check
// Several instances share rooms through Redis or Valkey pub/sub.
// - One channel per topic: `${prefix}${sha256(topic)}` (the channel name
//   never shows the room name). An instance subscribes to a topic's channel
//   while it has local subscribers, so Redis sends each publish only to the
//   instances that have someone in that room.
// - A publish from a local client is delivered locally first, then published
//   as `${instanceId} ${text}`; every instance delivers what arrives on its
//   channels to its own subscribers, except its own publishes (already
//   delivered). `clients`, which y-webrtc adds, is then the number of
//   subscribers on the delivering instance (y-webrtc's client does not read it).
// - Nothing is stored in Redis: no keys, only channels.
// - When Redis goes away the instance keeps relaying among its own clients,
//   logs it, shows signaling_redis_up 0, and node-redis reconnects (and
//   resubscribes); publishes meanwhile are not queued (counted as failures).
import { createHash, randomBytes } from 'node:crypto';
import { createClient } from 'redis';

/** The Redis channel of a topic: the prefix and the topic's SHA-256. */
export const channelName = (/** @type {string} */ prefix, /** @type {string} */ topic) =>
  prefix + createHash('sha256').update(topic).digest('base64url');

/**
 * @param {{
 *   url: string,
 *   prefix: string,
 *   deliver: (topic: string, text: string) => void,
 *   log: import('./log.mjs').Logger,
 *   metrics: import('./metrics.mjs').Metrics,
 * }} options
 */
export function createRedisBus({ url, prefix, deliver, log, metrics }) {
  const instanceId = randomBytes(8).toString('hex');
  // Back off up to 2 s between attempts, forever: an instance outlives its Redis.
  const reconnectStrategy = (/** @type {number} */ retries) => Math.min(50 * 2 ** retries, 2000);
  // Publishes fail at once while disconnected (a stale offer is worse than none);
  // subscribe and unsubscribe wait in node-redis's queue for the reconnection.
  const publisher = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy } });
  const subscriber = createClient({ url, socket: { reconnectStrategy } });
  /** @type {Map<string, string>} channel -> topic, for the topics with local subscribers */
  const channels = new Map();
  let up = false;
  let closing = false;

  const channelOf = (/** @type {string} */ topic) => channelName(prefix, topic);

  const update = () => {
    const now = publisher.isReady && subscriber.isReady;
    if (now === up || closing) return;
    up = now;
    if (up) log.info('redis: connected; rooms are shared with the other instances');
    else log.warn("redis: connection lost; serving this instance's clients only, reconnecting");
  };
  for (const client of [publisher, subscriber]) {
    client.on('ready', update);
    client.on('end', update);
    client.on('reconnecting', update);
    client.on('error', (/** @type {Error} */ error) => {
      metrics.redis.errors++;
      if (!closing) log.debug('redis: error', { error: JSON.stringify(error.message) });
      update();
    });
  }

  /** @param {string} message  @param {string} channel */
  const onMessage = (message, channel) => {
    const topic = channels.get(channel);
    if (topic === undefined || message.startsWith(`${instanceId} `)) return;
    metrics.redis.received++;
    deliver(topic, message.slice(instanceId.length + 1));
  };

  /** @param {() => Promise<unknown>} command */
  const quietly = (command) => {
    Promise.resolve()
      .then(command)
      .catch(() => metrics.redis.errors++);
  };

  return {
    /** Connects in the background (retrying); the server does not wait for Redis. */
    start() {
      log.info('redis: connecting');
      for (const client of [publisher, subscriber]) client.connect().catch(() => {});
    },
    /** 'up' when both connections are ready. */
    get state() {
      return up ? /** @type {const} */ ('up') : /** @type {const} */ ('down');
    },
    /** @param {string} topic  (called when the topic gets its first local subscriber) */
    join(topic) {
      const channel = channelOf(topic);
      channels.set(channel, topic);
      quietly(() => subscriber.subscribe(channel, onMessage));
    },
    /** @param {string} topic  (called when its last local subscriber leaves) */
    leave(topic) {
      const channel = channelOf(topic);
      channels.delete(channel);
      quietly(() => subscriber.unsubscribe(channel, onMessage));
    },
    /** @param {string} topic  @param {string} text  the publish as the client sent it */
    publish(topic, text) {
      if (!publisher.isReady) {
        metrics.redis.publishFailures++;
        return;
      }
      publisher.publish(channelOf(topic), `${instanceId} ${text}`).then(
        () => metrics.redis.published++,
        () => metrics.redis.publishFailures++,
      );
    },
    async close() {
      closing = true;
      // A connected client finishes what it sent; one still reconnecting just stops.
      await Promise.allSettled([publisher, subscriber].map((c) => (c.isReady ? c.close() : c.isOpen ? c.destroy() : undefined)));
    },
  };
}

/** @typedef {ReturnType<typeof createRedisBus>} RedisBus */
