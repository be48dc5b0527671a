import { err, ok, type Result } from '@/lib/util/result';

/**
 * Where peers find each other. A signaling server only introduces devices
 * to each other: it relays encrypted connection offers for a room, never the
 * board. STUN servers tell a device its public address so a direct
 * connection can be made; TURN servers relay encrypted traffic when no
 * direct connection is possible. Defaults are documented in README.md.
 */
export const DEFAULT_SIGNALING = ['wss://y-webrtc-eu.fly.dev'];
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
    return err(`“${text}” is not a web address.`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return err(`“${text}” must start with wss:// (or ws:// for a server on this computer or network).`);
  }
  if (url.username || url.password) return err(`“${text}” must not contain a user name or password.`);
  return ok(text);
}

/** One URL per line; blank lines are ignored. An empty list is allowed (offline only). */
export function parseSignalingLines(text: string): Result<string[]> {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > MAX_SERVERS) return err(`Please list at most ${MAX_SERVERS} signaling servers.`);
  const urls: string[] = [];
  for (const line of lines) {
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
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > MAX_SERVERS) return err(`Please list at most ${MAX_SERVERS} ICE servers.`);
  const servers: IceServer[] = [];
  for (const line of lines) {
    const [url = '', username, credential, ...rest] = line.split(/\s+/);
    const scheme = /^(stun|stuns|turn|turns):[^\s/]+/i.exec(url)?.[1]?.toLowerCase();
    if (!scheme) return err(`“${url}” must start with stun: or turn:.`);
    if (rest.length > 0) return err(`“${line}” has more parts than a server, a user name and a password.`);
    if (scheme.startsWith('turn')) {
      if (!username || !credential) return err(`The TURN server “${url}” needs a user name and a password after it.`);
      servers.push({ urls: url, username, credential });
    } else {
      if (username) return err(`The STUN server “${url}” takes no user name or password.`);
      servers.push({ urls: url });
    }
  }
  return ok(servers);
}

export function formatIceLines(servers: readonly IceServer[]): string {
  return servers.map((s) => [s.urls, s.username, s.credential].filter(Boolean).join(' ')).join('\n');
}

export const defaultNetSettings = (): NetSettings => ({
  signaling: [...DEFAULT_SIGNALING],
  iceServers: DEFAULT_ICE_LINES.map((urls) => ({ urls })),
});

export const sameServers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((url, i) => url === b[i]);
