// @ts-check
// One client's WebSocket: its rate, its topics, and what each of its
// messages does. Every handler is guarded: a message can be dropped,
// never crash the server.
import { WebSocket } from 'ws';
import { PONG, readMessage } from './protocol.mjs';
import { topicHash } from './log.mjs';
import { createTokenBucket } from './tokenBucket.mjs';

/**
 * @typedef {object} Conn
 * @property {number} id
 * @property {WebSocket} ws
 * @property {string} ip
 * @property {Set<string>} topics
 * @property {boolean} alive  a pong (or the handshake) since the last ping
 */

/**
 * What a connection needs from its server.
 * @typedef {object} Hub
 * @property {import('./config.mjs').Config} config
 * @property {import('./metrics.mjs').Metrics} metrics
 * @property {import('./log.mjs').Logger} log
 * @property {(conn: Conn, topic: string) => void} subscribe
 * @property {(conn: Conn, topic: string) => void} unsubscribe
 * @property {(topic: string, text: string) => void} publish
 * @property {(conn: Conn) => void} closed
 * @property {(text: string) => void} [onReceive]  --capture
 */

/**
 * @param {Hub} hub
 * @param {Conn} conn
 */
export function attach(hub, conn) {
  const { config, metrics, log } = hub;
  const bucket = createTokenBucket(config.rate, config.burst);
  let overSince = 0;

  /** @param {Buffer | ArrayBuffer | Buffer[]} data  @param {boolean} isBinary */
  const onMessage = (data, isBinary) => {
    metrics.received++;
    if (hub.onReceive) hub.onReceive(String(data));
    if (!bucket.take()) {
      metrics.drop('rate');
      const now = Date.now();
      if (!overSince) overSince = now;
      if (now - overSince >= config.overLimitClose * 1000 && conn.ws.readyState === WebSocket.OPEN) {
        metrics.close('rate');
        log.warn('closed a connection that stayed over its rate', { conn: conn.id, ip: log.ip(conn.ip) });
        conn.ws.close(1008, 'rate limit');
      }
      return;
    }
    if (overSince && bucket.calm()) overSince = 0;
    const read = readMessage(data, isBinary, config);
    if (!read.ok) return metrics.drop(read.reason);
    const message = read.message;
    switch (message.type) {
      case 'subscribe':
        for (const topic of message.topics) {
          if (conn.topics.has(topic)) continue;
          if (conn.topics.size >= config.maxTopics) {
            metrics.drop('topic_limit');
            break;
          }
          hub.subscribe(conn, topic);
          log.debug('subscribed', { conn: conn.id, topic: topicHash(topic) });
        }
        break;
      case 'unsubscribe':
        for (const topic of message.topics) if (conn.topics.has(topic)) hub.unsubscribe(conn, topic);
        break;
      case 'publish':
        hub.publish(message.topic, message.text);
        break;
      case 'ping':
        send(hub, conn, PONG);
        break;
    }
  };

  conn.ws.on('message', (data, isBinary) => {
    try {
      onMessage(data, isBinary);
    } catch (error) {
      metrics.drop('internal');
      log.warn('failed to handle a message', { conn: conn.id, error: JSON.stringify(String(error)) });
    }
  });
  conn.ws.on('pong', () => {
    conn.alive = true;
  });
  // ws reports a frame over maxPayload, bad UTF-8 or a protocol error here, then closes the socket.
  conn.ws.on('error', (error) => {
    metrics.drop(/** @type {{ code?: string }} */ (error).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'too_large' : 'invalid_frame');
  });
  conn.ws.on('close', () => {
    for (const topic of conn.topics) hub.unsubscribe(conn, topic);
    hub.closed(conn);
  });
}

/**
 * Sends unless the socket is closing or its reader has fallen behind by more
 * than maxBuffered bytes (it is closed: one reader that never reads must not
 * make the server hold everything published to its room).
 * @param {Hub} hub
 * @param {Conn} conn
 * @param {string} text
 * @returns {boolean} whether it was sent
 */
export function send(hub, conn, text) {
  if (conn.ws.readyState !== WebSocket.OPEN) return false;
  if (conn.ws.bufferedAmount > hub.config.maxBuffered) {
    hub.metrics.close('slow_receiver');
    hub.log.warn('closed a connection that did not read what it was sent', { conn: conn.id, ip: hub.log.ip(conn.ip) });
    conn.ws.terminate();
    return false;
  }
  conn.ws.send(text);
  return true;
}
