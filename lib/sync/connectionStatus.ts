import { t } from '@/lib/i18n/messages';
import { formatList } from '@/lib/i18n/format';

/**
 * What the `Connection` status says, derived from facts (never guessed):
 * whether the board is shared, the browser's online flag, each signaling
 * server's state, and the peers actually connected.
 */
export type ConnectionStatus =
  | { kind: 'not-shared' }
  | { kind: 'no-signaling' }
  | { kind: 'offline' }
  | { kind: 'connecting' }
  | { kind: 'unreachable' }
  | { kind: 'waiting' }
  /** `names`: the people proved here; `visitors`: others connected whose presence is not proved (presenceProof.ts). */
  | { kind: 'connected'; names: string[]; count: number; visitors: number }
  /**
   * Connected only with devices that keep the board in step, nobody at them
   * (lib/app/keepInStep): `names` are the people whose browser that is.
   * Nobody is here now, so nobody is named as connected.
   */
  | { kind: 'kept-in-step'; names: string[] }
  /** A connection made by pasting pairing codes (no server) that has closed. */
  | { kind: 'direct-closed' };

/** Who, besides the people here, keeps the board in step over this connection (their devices, not them). */
export interface KeptInStep {
  /** Other people whose device proved it keeps the board in step, its person away. */
  names: string[];
  /** This person's own devices keeping it in step (this browser's background). */
  own: number;
}

export interface ConnectionFacts {
  browserOnline: boolean;
  signaling: { connected: boolean; failedAttempts: number }[];
  /** Peers with an open data channel (or another window of this browser). */
  peersConnected: number;
  /** Names of the people those peers announced (may lag the connection a moment). */
  peerNames: string[];
  /** Others connected whose presence their own device has not proved. */
  visitors: number;
  /** Devices connected that keep the board in step with nobody at them. */
  kept: KeptInStep;
}

export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  // A working peer connection beats everything else, whatever the browser
  // or the signaling servers say now.
  if (facts.peersConnected > 0) {
    // Only browsers keeping the board in step: a connection, but no person
    // to name (a person whose presence is still being proved shows as a
    // visitor, so an empty list here means nobody else is here).
    const kept = facts.kept.names.length > 0 || facts.kept.own > 0;
    if (kept && facts.peerNames.length === 0 && facts.visitors === 0)
      return { kind: 'kept-in-step', names: [...new Set(facts.kept.names)].sort() };
    return { kind: 'connected', names: [...new Set(facts.peerNames)].sort(), count: facts.peersConnected, visitors: facts.visitors };
  }
  if (facts.signaling.length === 0) return { kind: 'no-signaling' };
  if (facts.signaling.some((s) => s.connected)) return { kind: 'waiting' };
  if (!facts.browserOnline) return { kind: 'offline' };
  if (facts.signaling.every((s) => s.failedAttempts > 0)) return { kind: 'unreachable' };
  return { kind: 'connecting' };
}

/** The status in words, in the panel's language (read when shown, so a change of language is followed). */
export function describeConnection(status: ConnectionStatus): string {
  const words = t.connection.status;
  switch (status.kind) {
    case 'not-shared':
      return words.notShared;
    case 'no-signaling':
      return words.noSignaling;
    case 'offline':
      return words.offline;
    case 'connecting':
      return words.connecting;
    case 'unreachable':
      return words.unreachable;
    case 'waiting':
      return words.waiting;
    case 'direct-closed':
      return words.directClosed;
    case 'kept-in-step':
      if (status.names.length === 0) return words.waiting;
      return words.waitingKeptInStep(formatList(status.names.map(words.browserOf)), status.names.length);
    case 'connected': {
      const visitors = status.visitors > 0 ? [words.unconfirmedVisitors(status.visitors)] : [];
      const named = [...status.names, ...visitors];
      return named.length > 0 ? words.connectedWith(formatList(named)) : words.connectedWithCount(status.count);
    }
  }
}
