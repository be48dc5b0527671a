// @ts-check
// One line per event: time, level, words, key=value fields. A line never
// holds a room name (topics are logged as a short hash at most) nor a
// client's IP address unless --log-ips is given.
import { createHash } from 'node:crypto';

const LEVELS = { debug: 10, info: 20, warn: 30 };

/** The first 8 hex digits of the topic's SHA-256: enough to follow one room in a log, not to name it. */
export const topicHash = (/** @type {string} */ topic) => createHash('sha256').update(topic).digest('hex').slice(0, 8);

/**
 * @param {{ level: keyof LEVELS, logIps: boolean, write?: (line: string) => void }} options
 */
export function createLogger({ level, logIps, write = (line) => process.stdout.write(`${line}\n`) }) {
  /**
   * @param {keyof LEVELS} at
   * @param {string} words
   * @param {Record<string, string | number | undefined>} fields
   */
  const log = (at, words, fields = {}) => {
    if (LEVELS[at] < LEVELS[level]) return;
    const parts = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${v}`);
    write([new Date().toISOString(), at, words, ...parts].join(' '));
  };
  return {
    debug: (/** @type {string} */ words, /** @type {Record<string, string | number | undefined>} */ fields = {}) =>
      log('debug', words, fields),
    info: (/** @type {string} */ words, /** @type {Record<string, string | number | undefined>} */ fields = {}) =>
      log('info', words, fields),
    warn: (/** @type {string} */ words, /** @type {Record<string, string | number | undefined>} */ fields = {}) =>
      log('warn', words, fields),
    /** The address as a log may hold it: itself with --log-ips, else nothing. */
    ip: (/** @type {string} */ address) => (logIps ? address : undefined),
  };
}

/** @typedef {ReturnType<typeof createLogger>} Logger */
