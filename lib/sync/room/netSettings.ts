import { t } from '@/lib/i18n/messages';
import { err, ok, type Result } from '@/lib/util/result';

/**
 * Where peers find each other. A signaling server only introduces devices
 * to each other: it relays encrypted connection offers for a room, never the
 * board. STUN servers tell a device its public address so a direct
 * connection can be made; TURN servers relay encrypted traffic when no
 * direct connection is possible. Defaults are documented in README.md and
 * docs/privacy.md.
 *
 * The default signaling list holds every public y-webrtc server known to be
 * kept running; y-webrtc connects to each one and publishes to all of them,
 * so one that is down or full does not stop two people meeting on another.
 * Today that is one: y-webrtc's own (its maintainer's; the older
 * signaling.yjs.dev and Heroku ones are gone, yjs/y-webrtc#43). A practice's
 * own server (`Only my practice’s server`) is the dependable choice.
 */
export const DEFAULT_SIGNALING: readonly string[] = ['wss://y-webrtc-eu.fly.dev'];
/** The defaults before signaling choices existed: a stored list equal to them was never changed by hand. */
export const LEGACY_DEFAULT_SIGNALING: readonly string[] = ['wss://y-webrtc-eu.fly.dev'];
export const DEFAULT_ICE_LINES = ['stun:stun.cloudflare.com:3478', 'stun:stun.l.google.com:19302'];

export interface IceServer {
  urls: string;
  username?: string;
  credential?: string;
}

export interface NetSettings {
  signaling: string[];
  iceServers: IceServer[];
}

const MAX_SERVERS = 10;

export function parseSignalingUrl(raw: string): Result<string> {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err(t.connection.servers.notAddress(text));
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return err(t.connection.servers.notWebSocket(text));
  if (url.username || url.password) return err(t.connection.servers.credentialsInAddress(text));
  return ok(text);
}

/** A settings box's lines, trimmed, blank ones dropped, at most MAX_SERVERS of them (`tooMany` says so). */
function serverLines(text: string, tooMany: (max: number) => string): Result<string[]> {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > MAX_SERVERS ? err(tooMany(MAX_SERVERS)) : ok(lines);
}

/** One URL per line; blank lines are ignored. An empty list is allowed (offline only). */
export function parseSignalingLines(text: string): Result<string[]> {
  const lines = serverLines(text, t.connection.servers.tooManySignaling);
  if (!lines.ok) return lines;
  const urls: string[] = [];
  for (const line of lines.value) {
    const url = parseSignalingUrl(line);
    if (!url.ok) return url;
    urls.push(url.value);
  }
  return ok([...new Set(urls)]);
}

/**
 * One server per line: `stun:host:port`, or `turn:host:port username
 * password` (TURN needs credentials; turns: for TLS).
 */
export function parseIceLines(text: string): Result<IceServer[]> {
  const lines = serverLines(text, t.connection.servers.tooManyIce);
  if (!lines.ok) return lines;
  const servers: IceServer[] = [];
  for (const line of lines.value) {
    const [url = '', username, credential, ...rest] = line.split(/\s+/);
    const scheme = /^(stun|stuns|turn|turns):[^\s/]+/i.exec(url)?.[1]?.toLowerCase();
    if (!scheme) return err(t.connection.servers.notIce(url));
    if (rest.length > 0) return err(t.connection.servers.tooManyParts(line));
    if (scheme.startsWith('turn')) {
      if (!username || !credential) return err(t.connection.servers.turnNeedsCredentials(url));
      servers.push({ urls: url, username, credential });
    } else {
      if (username) return err(t.connection.servers.stunTakesNoCredentials(url));
      servers.push({ urls: url });
    }
  }
  return ok(servers);
}

export function formatIceLines(servers: readonly IceServer[]): string {
  return servers.map((s) => [s.urls, s.username, s.credential].filter(Boolean).join(' ')).join('\n');
}

/**
 * Which signaling servers this device uses (Settings): Common Ground's
 * defaults (whatever this version ships), only the practice's own server, or
 * a list of the person's own (the free-text list every earlier version had).
 */
export type SignalingChoice = { mode: 'defaults' } | { mode: 'practice'; server: string } | { mode: 'list'; servers: string[] };
export type SignalingMode = SignalingChoice['mode'];

export function signalingInForce(choice: SignalingChoice): string[] {
  if (choice.mode === 'practice') return [choice.server];
  if (choice.mode === 'list') return [...choice.servers];
  return [...DEFAULT_SIGNALING];
}

const validUrls = (value: unknown): string[] | null => {
  if (!Array.isArray(value)) return null;
  const urls = value.flatMap((entry) => {
    if (typeof entry !== 'string') return [];
    const url = parseSignalingUrl(entry);
    return url.ok ? [url.value] : [];
  });
  return [...new Set(urls)];
};

/**
 * The stored choice, read defensively. Devices set up before choices existed
 * stored only the list (`stored.list`): the old defaults, unchanged, become
 * `defaults` (so they get this version's defaults); any other list, an empty
 * one included (offline only), stays that person's own list.
 */
export function readSignalingChoice(stored: { choice: unknown; list: unknown }): SignalingChoice {
  const choice = stored.choice as { mode?: unknown; server?: unknown } | null;
  if (typeof choice === 'object' && choice !== null) {
    if (choice.mode === 'defaults') return { mode: 'defaults' };
    if (choice.mode === 'practice' && typeof choice.server === 'string') {
      const server = parseSignalingUrl(choice.server);
      if (server.ok) return { mode: 'practice', server: server.value };
    }
    if (choice.mode === 'list') {
      const servers = validUrls(stored.list);
      if (servers) return { mode: 'list', servers };
    }
  }
  const list = validUrls(stored.list);
  if (!list || sameServers(list, LEGACY_DEFAULT_SIGNALING) || sameServers(list, DEFAULT_SIGNALING)) return { mode: 'defaults' };
  return { mode: 'list', servers: list };
}

/**
 * Settings' three ways, from the form: `list` reads the free-text list (one
 * address per line) and `practice` the one address of the practice's server.
 * A list that is exactly the defaults is the defaults.
 */
export function parseSignalingChoice(mode: string, listText: string, practiceText: string): Result<SignalingChoice> {
  if (mode === 'defaults') return ok({ mode: 'defaults' });
  if (mode === 'practice') {
    if (!practiceText.trim()) return err(t.connection.servers.practiceMissing);
    const server = parseSignalingUrl(practiceText);
    return server.ok ? ok({ mode: 'practice', server: server.value }) : server;
  }
  if (mode !== 'list') return err(t.connection.servers.chooseSignaling);
  const servers = parseSignalingLines(listText);
  if (!servers.ok) return servers;
  return ok(sameServers(servers.value, DEFAULT_SIGNALING) ? { mode: 'defaults' } : { mode: 'list', servers: servers.value });
}

export const defaultNetSettings = (): NetSettings => ({
  signaling: [...DEFAULT_SIGNALING],
  iceServers: DEFAULT_ICE_LINES.map((urls) => ({ urls })),
});

export const sameServers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((url, i) => url === b[i]);
