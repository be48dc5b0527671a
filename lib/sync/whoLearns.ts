import { t } from '@/lib/i18n/messages';
import { formatList } from '@/lib/i18n/format';
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
  const words = t.connection.address;
  if (signaling.length && ice.length) return words.both(formatList(signaling), formatList(ice));
  if (signaling.length) return words.signaling(formatList(signaling));
  if (ice.length) return words.ice(formatList(ice));
  return words.none;
}

/**
 * What `Pair without a server` says about servers: no signaling server, but
 * unless no ICE server is set (or `Only this network` is ticked) STUN servers
 * are asked for this device's address, and learn it.
 */
export function pairingServersNote(iceServers: readonly IceServer[], onlyThisNetwork: boolean): string {
  const ice = onlyThisNetwork ? [] : unique(iceServers.map((server) => iceHost(server.urls)));
  const words = t.connection.address;
  return ice.length === 0 ? words.pairingNoServer : words.pairingStun(formatList(ice), ice.length);
}
