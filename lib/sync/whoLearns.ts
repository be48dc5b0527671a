import type { IceServer } from '@/lib/sync/room/netSettings';

/**
 * Which servers learn this device's internet address, in one plain
 * sentence each (docs/privacy.md has the whole story). Pure: the panel
 * passes the servers in force, these say so.
 */

/** A signaling server's host name (`wss://signal.example:8443/x` -> `signal.example`); the text itself if it is no address. */
export function signalingHost(url: string): string {
  try {
    return new URL(url.trim()).hostname || url.trim();
  } catch {
    return url.trim();
  }
}

/** An ICE server's host name (`stun:stun.l.google.com:19302`, `turn:[2001:db8::1]:3478?transport=udp` -> the host). */
export function iceHost(url: string): string {
  const rest = url
    .trim()
    .replace(/^(stuns?|turns?):/i, '')
    .replace(/\?.*$/, '');
  const bracketed = /^\[([^\]]+)\]/.exec(rest);
  if (bracketed?.[1]) return bracketed[1];
  // One colon: host:port. More: a bare IPv6 address, kept whole.
  return (rest.split(':').length === 2 ? rest.split(':')[0] : rest) ?? rest;
}

const unique = (hosts: string[]) => [...new Set(hosts.filter(Boolean))];

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface ServersInForce {
  signaling: readonly string[];
  iceServers: readonly IceServer[];
}

/**
 * The one sentence shown the first time a person invites or joins: the
 * signaling servers (which introduce the devices) and the STUN or TURN
 * servers (which help them reach each other) that will see this device's
 * address. The people connected see it too; no server sees the board.
 */
export function whoLearnsAddress(servers: ServersInForce): string {
  const signaling = unique(servers.signaling.map(signalingHost));
  const ice = unique(servers.iceServers.map((server) => iceHost(server.urls)));
  const parts = [
    ...(signaling.length ? [`${listInWords(signaling)} (to introduce your devices)`] : []),
    ...(ice.length ? [`${listInWords(ice)} (to help ${signaling.length ? 'them' : 'your devices'} reach each other)`] : []),
  ];
  if (parts.length === 0) return 'To connect, no server sees this device’s internet address: only the people you connect with do.';
  return `To connect, ${parts.join(' and ')} will see this device’s internet address, but never your board.`;
}

/**
 * What `Pair without a server` says about servers: no signaling server, but
 * unless no ICE server is set (or `Only this network` is ticked) STUN servers
 * are asked for this device's address, and learn it.
 */
export function pairingServersNote(iceServers: readonly IceServer[], onlyThisNetwork: boolean): string {
  const ice = onlyThisNetwork ? [] : unique(iceServers.map((server) => iceHost(server.urls)));
  if (ice.length === 0) {
    return 'No server is asked anything: your devices look for each other only on the network they are on, so both need to be on the same one.';
  }
  return `No signaling server is involved, but to find a path between your devices, this device asks ${listInWords(ice)} for its internet address, so ${ice.length === 1 ? 'that server learns' : 'they learn'} it (never your board).`;
}
