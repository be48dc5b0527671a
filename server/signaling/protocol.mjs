// @ts-check
// y-webrtc's signaling protocol, read defensively. Every frame a client
// sends is either one of its four message shapes or dropped with a reason;
// nothing here throws.
//   {type:'subscribe'|'unsubscribe', topics:[string…]}
//   {type:'publish', topic:string, …anything}   relayed with `clients` added
//   {type:'ping'}                               answered {type:'pong'}

/** Why a frame was dropped: the `reason` label of signaling_messages_dropped_total. */
export const DROP_REASONS = /** @type {const} */ ([
  'binary', // a binary frame (the protocol is JSON text)
  'json', // not JSON
  'not_object', // JSON, but not an object
  'type', // no type, or not one of the four
  'topics', // subscribe/unsubscribe without an array of non-empty strings within the length cap
  'topics_too_many', // more topics in one message than a connection may hold
  'topic', // publish without a non-empty string topic within the length cap
  'topic_limit', // subscribing past the per-connection cap (the rest were kept)
  'rate', // over the connection's rate
  'too_large', // a frame over maxPayload (the socket is closed by ws, 1009)
  'invalid_frame', // bad UTF-8, bad opcode… (the socket is closed by ws)
  'internal', // the server failed to handle it (a bug; logged)
]);

/** @typedef {typeof DROP_REASONS[number]} DropReason */
/**
 * @typedef {{ type: 'subscribe' | 'unsubscribe', topics: string[] }
 *   | { type: 'publish', topic: string, text: string }
 *   | { type: 'ping' }} Message
 */

/**
 * @param {Buffer | ArrayBuffer | Buffer[]} data
 * @param {boolean} isBinary
 * @param {{ maxTopics: number, maxTopicLength: number }} limits
 * @returns {{ ok: true, message: Message } | { ok: false, reason: DropReason }}
 */
export function readMessage(data, isBinary, limits) {
  if (isBinary) return { ok: false, reason: 'binary' };
  const text = Buffer.isBuffer(data)
    ? data.toString('utf8')
    : Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.from(data).toString('utf8');
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not_object' };
  const fields = /** @type {Record<string, unknown>} */ (value);
  const isTopic = (/** @type {unknown} */ t) => typeof t === 'string' && t.length > 0 && t.length <= limits.maxTopicLength;
  switch (fields.type) {
    case 'subscribe':
    case 'unsubscribe': {
      const topics = fields.topics;
      if (!Array.isArray(topics)) return { ok: false, reason: 'topics' };
      if (topics.length > limits.maxTopics) return { ok: false, reason: 'topics_too_many' };
      if (!topics.every(isTopic)) return { ok: false, reason: 'topics' };
      return { ok: true, message: { type: fields.type, topics: /** @type {string[]} */ (topics) } };
    }
    case 'publish':
      if (!isTopic(fields.topic)) return { ok: false, reason: 'topic' };
      return { ok: true, message: { type: 'publish', topic: /** @type {string} */ (fields.topic), text } };
    case 'ping':
      return { ok: true, message: { type: 'ping' } };
    default:
      return { ok: false, reason: 'type' };
  }
}

/**
 * The publish as relayed: the sender's own text with `clients` (the number
 * of subscribers it is delivered to) added as the last key, which JSON.parse
 * takes over any `clients` the sender wrote. Relaying the text, not a
 * re-serialised object, costs one copy and cannot overflow the stack on a
 * deeply nested payload. `text` is a JSON object (readMessage checked), so
 * its last '}' closes it and it has keys before it (type and topic).
 * @param {string} text
 * @param {number} clients
 */
export function withClients(text, clients) {
  return `${text.slice(0, text.lastIndexOf('}'))},"clients":${clients}}`;
}

export const PONG = JSON.stringify({ type: 'pong' });
