// @ts-check
// The signaling server: HTTP (/healthz, /metrics) and y-webrtc's WebSocket
// protocol on one port, with per-IP and total connection caps, pings that
// end dead sockets, and (with a Redis URL) rooms shared between instances.
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { clientAddress } from './clientAddress.mjs';
import { attach, send } from './connection.mjs';
import { createLogger } from './log.mjs';
import { createMetrics, renderMetrics } from './metrics.mjs';
import { withClients } from './protocol.mjs';
import { createRedisBus } from './redisBus.mjs';
import { Topics } from './topics.mjs';

/** @typedef {import('./connection.mjs').Conn} Conn */

/**
 * @param {import('./config.mjs').Config} config
 * @param {{ log?: import('./log.mjs').Logger, onReceive?: (text: string) => void }} [options]
 */
export function createSignalingServer(config, options = {}) {
  const log = options.log ?? createLogger({ level: config.logLevel, logIps: config.logIps });
  const metrics = createMetrics();
  /** @type {Topics<Conn>} */
  const topics = new Topics();
  /** @type {Set<Conn>} */
  const conns = new Set();
  /** @type {Map<string, number>} */
  const perIp = new Map();
  let nextId = 1;
  let closing = false;

  /** Delivers a publish to this instance's subscribers of its topic. */
  const deliver = (/** @type {string} */ topic, /** @type {string} */ text) => {
    const subs = topics.get(topic);
    if (!subs) return;
    const out = withClients(text, subs.size);
    for (const conn of subs) if (send(hub, conn, out)) metrics.relayed++;
  };

  const bus = config.redisUrl ? createRedisBus({ url: config.redisUrl, prefix: config.redisPrefix, deliver, log, metrics }) : undefined;

  /** @type {import('./connection.mjs').Hub} */
  const hub = {
    config,
    metrics,
    log,
    onReceive: options.onReceive,
    subscribe(conn, topic) {
      conn.topics.add(topic);
      if (topics.add(topic, conn)) bus?.join(topic);
    },
    unsubscribe(conn, topic) {
      conn.topics.delete(topic);
      if (topics.remove(topic, conn)) bus?.leave(topic);
    },
    publish(topic, text) {
      metrics.publishes++;
      deliver(topic, text);
      bus?.publish(topic, text);
    },
    closed(conn) {
      conns.delete(conn);
      const left = (perIp.get(conn.ip) ?? 1) - 1;
      if (left > 0) perIp.set(conn.ip, left);
      else perIp.delete(conn.ip);
      log.debug('connection closed', { conn: conn.id, ip: log.ip(conn.ip) });
    },
  };

  const state = () => ({
    connections: conns.size,
    topics: topics.size,
    subscriptions: topics.subscriptions,
    redis: bus ? bus.state : /** @type {const} */ ('off'),
  });

  const httpServer = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      response.writeHead(closing ? 503 : 200, { 'Content-Type': 'text/plain' }).end(closing ? 'shutting down' : 'ok');
    } else if (path === '/metrics') {
      response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }).end(renderMetrics(metrics, state()));
    } else {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('Common Ground signaling server (y-webrtc protocol over WebSocket)');
    }
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxPayload, perMessageDeflate: false, clientTracking: false });

  /**
   * @param {import('node:stream').Duplex} socket
   * @param {number} status
   * @param {string} words
   */
  const refuse = (socket, status, words) => {
    socket.end(`HTTP/1.1 ${status} ${words}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  httpServer.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    const ip = clientAddress(request, config.trustProxy);
    if (closing) {
      metrics.refuse('shutting_down');
      return refuse(socket, 503, 'Service Unavailable');
    }
    if (config.maxConnections > 0 && conns.size >= config.maxConnections) {
      metrics.refuse('capacity');
      log.debug('refused a connection: server full', { ip: log.ip(ip) });
      return refuse(socket, 503, 'Service Unavailable');
    }
    if (config.maxPerIp > 0 && (perIp.get(ip) ?? 0) >= config.maxPerIp) {
      metrics.refuse('per_ip');
      log.debug('refused a connection: too many from one address', { ip: log.ip(ip) });
      return refuse(socket, 429, 'Too Many Requests');
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      /** @type {Conn} */
      const conn = { id: nextId++, ws, ip, topics: new Set(), alive: true };
      conns.add(conn);
      perIp.set(ip, (perIp.get(ip) ?? 0) + 1);
      metrics.accepted++;
      attach(hub, conn);
      log.debug('connection opened', { conn: conn.id, ip: log.ip(ip) });
    });
  });

  // One timer for every socket: no pong since the last ping ends it.
  const pinger = setInterval(() => {
    for (const conn of conns) {
      if (!conn.alive) {
        metrics.close('ping_timeout');
        log.debug('ended a connection that stopped answering pings', { conn: conn.id, ip: log.ip(conn.ip) });
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.ws.ping();
      } catch {
        conn.ws.terminate();
      }
    }
  }, config.pingInterval * 1000);
  pinger.unref();

  return {
    metrics,
    state,
    /** @returns {Promise<{ host: string, port: number }>} */
    listen() {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          const address = /** @type {import('node:net').AddressInfo} */ (httpServer.address());
          bus?.start();
          log.info('started', {
            port: address.port,
            redis: bus ? 'on' : 'off',
            maxPerIp: config.maxPerIp,
            rate: config.rate,
            burst: config.burst,
          });
          resolve({ host: config.host, port: address.port });
        });
      });
    },
    /**
     * Stops accepting, closes every socket with 1001 (ending any that has not
     * closed within `graceMs`), leaves Redis.
     */
    async close(graceMs = 2000) {
      if (closing) return;
      closing = true;
      clearInterval(pinger);
      log.info('shutting down', { connections: conns.size });
      const stopped = new Promise((resolve) => httpServer.close(() => resolve(undefined)));
      httpServer.closeIdleConnections();
      const open = [...conns].map(
        (conn) =>
          new Promise((resolve) => {
            conn.ws.once('close', resolve);
            conn.ws.close(1001, 'server shutting down');
          }),
      );
      const grace = setTimeout(() => {
        for (const conn of conns) conn.ws.terminate();
      }, graceMs);
      await Promise.all(open);
      clearTimeout(grace);
      httpServer.closeAllConnections();
      await stopped;
      await bus?.close();
      log.info('stopped');
    },
  };
}

/** @typedef {ReturnType<typeof createSignalingServer>} SignalingServer */
