// @ts-check
// The server's options: each one a command-line flag and an environment
// variable (the flag wins), with its default. `readConfig` never exits; it
// throws a ConfigError that main.mjs prints.

/**
 * @typedef {object} Config
 * @property {string} host
 * @property {number} port
 * @property {string} redisUrl  '' runs one instance alone
 * @property {string} redisPrefix  channel names start with it
 * @property {number} maxConnections  0: no cap
 * @property {number} maxPerIp  0: no cap
 * @property {number} maxTopics  per connection, and per message
 * @property {number} maxTopicLength  characters
 * @property {number} maxPayload  bytes per WebSocket message
 * @property {number} rate  messages per second per connection
 * @property {number} burst  messages a connection may send at once
 * @property {number} overLimitClose  seconds over the rate before the socket is closed
 * @property {number} pingInterval  seconds between WebSocket pings; no pong by the next one closes it
 * @property {number} maxBuffered  bytes queued to a slow receiver before it is closed
 * @property {boolean} trustProxy  take the client's address from X-Forwarded-For
 * @property {boolean} logIps
 * @property {'debug' | 'info' | 'warn'} logLevel
 * @property {number} exitAfter  seconds; 0: never
 * @property {string} capture  a file to append every message received to
 */

export class ConfigError extends Error {}

/** @typedef {'string' | 'int' | 'number' | 'flag' | 'level'} Kind */
/** @type {Array<{ flag: string, env: string, key: keyof Config, kind: Kind, fallback: string | number | boolean }>} */
export const OPTIONS = [
  { flag: 'host', env: 'SIGNALING_HOST', key: 'host', kind: 'string', fallback: '127.0.0.1' },
  { flag: 'port', env: 'SIGNALING_PORT', key: 'port', kind: 'int', fallback: 4444 },
  { flag: 'redis', env: 'SIGNALING_REDIS_URL', key: 'redisUrl', kind: 'string', fallback: '' },
  { flag: 'redis-prefix', env: 'SIGNALING_REDIS_PREFIX', key: 'redisPrefix', kind: 'string', fallback: 'cg-signaling:' },
  { flag: 'max-connections', env: 'SIGNALING_MAX_CONNECTIONS', key: 'maxConnections', kind: 'int', fallback: 10_000 },
  { flag: 'max-per-ip', env: 'SIGNALING_MAX_PER_IP', key: 'maxPerIp', kind: 'int', fallback: 32 },
  { flag: 'max-topics', env: 'SIGNALING_MAX_TOPICS', key: 'maxTopics', kind: 'int', fallback: 64 },
  { flag: 'max-topic-length', env: 'SIGNALING_MAX_TOPIC_LENGTH', key: 'maxTopicLength', kind: 'int', fallback: 256 },
  { flag: 'max-payload', env: 'SIGNALING_MAX_PAYLOAD', key: 'maxPayload', kind: 'int', fallback: 64 * 1024 },
  { flag: 'rate', env: 'SIGNALING_RATE', key: 'rate', kind: 'number', fallback: 50 },
  { flag: 'burst', env: 'SIGNALING_BURST', key: 'burst', kind: 'int', fallback: 200 },
  { flag: 'over-limit-close', env: 'SIGNALING_OVER_LIMIT_CLOSE', key: 'overLimitClose', kind: 'number', fallback: 10 },
  { flag: 'ping-interval', env: 'SIGNALING_PING_INTERVAL', key: 'pingInterval', kind: 'number', fallback: 30 },
  { flag: 'max-buffered', env: 'SIGNALING_MAX_BUFFERED', key: 'maxBuffered', kind: 'int', fallback: 1024 * 1024 },
  { flag: 'trust-proxy', env: 'SIGNALING_TRUST_PROXY', key: 'trustProxy', kind: 'flag', fallback: false },
  { flag: 'log-ips', env: 'SIGNALING_LOG_IPS', key: 'logIps', kind: 'flag', fallback: false },
  { flag: 'log-level', env: 'SIGNALING_LOG_LEVEL', key: 'logLevel', kind: 'level', fallback: 'info' },
  { flag: 'exit-after', env: 'SIGNALING_EXIT_AFTER', key: 'exitAfter', kind: 'number', fallback: 0 },
  { flag: 'capture', env: 'SIGNALING_CAPTURE', key: 'capture', kind: 'string', fallback: '' },
];

/** @type {Config} */
export const DEFAULTS = /** @type {Config} */ (Object.fromEntries(OPTIONS.map((o) => [o.key, o.fallback])));

/**
 * @param {string} name
 * @param {Kind} kind
 * @param {string} text
 * @returns {string | number | boolean}
 */
function convert(name, kind, text) {
  if (kind === 'string') return text;
  if (kind === 'flag') {
    if (['', '1', 'true', 'yes'].includes(text)) return true;
    if (['0', 'false', 'no'].includes(text)) return false;
    throw new ConfigError(`--${name} is on or off (1/0), not ${JSON.stringify(text)}`);
  }
  if (kind === 'level') {
    if (text === 'debug' || text === 'info' || text === 'warn') return text;
    throw new ConfigError(`--${name} is debug, info or warn, not ${JSON.stringify(text)}`);
  }
  const value = Number(text);
  const ok = text.trim() !== '' && Number.isFinite(value) && value >= 0 && (kind === 'number' || Number.isInteger(value));
  if (!ok) throw new ConfigError(`--${name} needs a ${kind === 'int' ? 'whole ' : ''}number >= 0, not ${JSON.stringify(text)}`);
  if (name === 'port' && value > 65535) throw new ConfigError(`Not a port number: ${text}`);
  return value;
}

/**
 * Reads `--flag value` (or `--flag` alone for on/off options) and the
 * environment; an unknown flag or a bad value is a ConfigError.
 * @param {string[]} args
 * @param {Record<string, string | undefined>} env
 * @returns {Config}
 */
export function readConfig(args, env) {
  /** @type {Record<string, unknown>} */
  const config = { ...DEFAULTS };
  for (const option of OPTIONS) {
    const fromEnv = env[option.env];
    if (fromEnv !== undefined) config[option.key] = convert(option.flag, option.kind, fromEnv);
  }
  for (let at = 0; at < args.length; at++) {
    const arg = /** @type {string} */ (args[at]);
    const option = OPTIONS.find((o) => `--${o.flag}` === arg);
    if (!option) throw new ConfigError(`Unknown option: ${arg}\n${usage()}`);
    const next = args[at + 1];
    if (option.kind === 'flag' && (next === undefined || next.startsWith('--'))) {
      config[option.key] = true;
      continue;
    }
    if (next === undefined) throw new ConfigError(`--${option.flag} needs a value`);
    config[option.key] = convert(option.flag, option.kind, next);
    at++;
  }
  if (/** @type {number} */ (config.burst) < 1) throw new ConfigError('--burst must be at least 1');
  if (/** @type {number} */ (config.rate) <= 0) throw new ConfigError('--rate must be above 0');
  return /** @type {Config} */ (config);
}

export function usage() {
  const lines = OPTIONS.map((o) => `  --${o.flag}${o.kind === 'flag' ? '' : ' VALUE'}  (${o.env}, default ${JSON.stringify(o.fallback)})`);
  return `Options (flag, or environment variable):\n${lines.join('\n')}`;
}
