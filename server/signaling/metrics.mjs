// @ts-check
// The server's counters and gauges, and /metrics in Prometheus' text
// exposition format (version 0.0.4), written by hand: a few lines of text.
import { DROP_REASONS } from './protocol.mjs';

export const REFUSE_REASONS = /** @type {const} */ (['per_ip', 'capacity', 'shutting_down']);
export const CLOSE_REASONS = /** @type {const} */ (['rate', 'ping_timeout', 'slow_receiver']);

/** @typedef {typeof REFUSE_REASONS[number]} RefuseReason */
/** @typedef {typeof CLOSE_REASONS[number]} CloseReason */

/** @param {readonly string[]} reasons */
const zeroes = (reasons) => new Map(reasons.map((r) => [r, 0]));

export function createMetrics() {
  return {
    accepted: 0,
    received: 0,
    publishes: 0,
    relayed: 0,
    dropped: /** @type {Map<string, number>} */ (zeroes(DROP_REASONS)),
    refused: /** @type {Map<string, number>} */ (zeroes(REFUSE_REASONS)),
    closed: /** @type {Map<string, number>} */ (zeroes(CLOSE_REASONS)),
    redis: { published: 0, received: 0, publishFailures: 0, errors: 0 },
    /** @param {import('./protocol.mjs').DropReason} reason */
    drop(reason) {
      this.dropped.set(reason, (this.dropped.get(reason) ?? 0) + 1);
    },
    /** @param {RefuseReason} reason */
    refuse(reason) {
      this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
    },
    /** @param {CloseReason} reason */
    close(reason) {
      this.closed.set(reason, (this.closed.get(reason) ?? 0) + 1);
    },
  };
}

/** @typedef {ReturnType<typeof createMetrics>} Metrics */

/**
 * @param {Metrics} m
 * @param {{ connections: number, topics: number, subscriptions: number, redis: 'off' | 'up' | 'down' }} now
 */
export function renderMetrics(m, now) {
  /** @type {string[]} */
  const out = [];
  /**
   * @param {string} name
   * @param {'counter' | 'gauge'} type
   * @param {string} help
   * @param {number | Map<string, number>} value
   * @param {string} [label]
   */
  const metric = (name, type, help, value, label = 'reason') => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    if (typeof value === 'number') out.push(`${name} ${value}`);
    else for (const [key, n] of value) out.push(`${name}{${label}="${key}"} ${n}`);
  };
  metric('signaling_connections', 'gauge', 'WebSocket connections open now.', now.connections);
  metric('signaling_topics', 'gauge', 'Topics (rooms) with at least one subscriber on this instance.', now.topics);
  metric('signaling_subscriptions', 'gauge', 'Subscriptions (connection, topic) on this instance.', now.subscriptions);
  metric('signaling_connections_accepted_total', 'counter', 'WebSocket connections accepted.', m.accepted);
  metric('signaling_connections_refused_total', 'counter', 'Connections refused before the WebSocket handshake, by reason.', m.refused);
  metric('signaling_connections_closed_total', 'counter', 'Connections the server closed, by reason.', m.closed);
  metric('signaling_messages_received_total', 'counter', 'WebSocket messages received.', m.received);
  metric('signaling_publishes_total', 'counter', "Publish messages accepted from this instance's clients.", m.publishes);
  metric('signaling_messages_relayed_total', 'counter', 'Publish messages sent to a subscriber (one per receiving socket).', m.relayed);
  metric('signaling_messages_dropped_total', 'counter', 'Messages dropped, by reason.', m.dropped);
  if (now.redis !== 'off') {
    metric(
      'signaling_redis_up',
      'gauge',
      '1 when this instance is connected to Redis/Valkey (publishing and subscribed).',
      now.redis === 'up' ? 1 : 0,
    );
    metric('signaling_redis_published_total', 'counter', 'Publishes sent to Redis for the other instances.', m.redis.published);
    metric('signaling_redis_received_total', 'counter', 'Publishes received from other instances through Redis.', m.redis.received);
    metric(
      'signaling_redis_publish_failures_total',
      'counter',
      'Publishes not sent to Redis (it was down or refused them).',
      m.redis.publishFailures,
    );
    metric('signaling_redis_errors_total', 'counter', 'Errors reported by the Redis connections.', m.redis.errors);
  }
  metric('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.', process.memoryUsage.rss());
  return `${out.join('\n')}\n`;
}
