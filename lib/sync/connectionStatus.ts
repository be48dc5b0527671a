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
  /** A connection made by pasting pairing codes (no server) that has closed. */
  | { kind: 'direct-closed' };

export interface ConnectionFacts {
  browserOnline: boolean;
  signaling: { connected: boolean; failedAttempts: number }[];
  /** Peers with an open data channel (or another window of this browser). */
  peersConnected: number;
  /** Names of the people those peers announced (may lag the connection a moment). */
  peerNames: string[];
  /** Others connected whose presence their own device has not proved. */
  visitors: number;
}

export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  // A working peer connection beats everything else, whatever the browser
  // or the signaling servers say now.
  if (facts.peersConnected > 0) {
    return { kind: 'connected', names: [...new Set(facts.peerNames)].sort(), count: facts.peersConnected, visitors: facts.visitors };
  }
  if (facts.signaling.length === 0) return { kind: 'no-signaling' };
  if (facts.signaling.some((s) => s.connected)) return { kind: 'waiting' };
  if (!facts.browserOnline) return { kind: 'offline' };
  if (facts.signaling.every((s) => s.failedAttempts > 0)) return { kind: 'unreachable' };
  return { kind: 'connecting' };
}

const listNames = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export function describeConnection(status: ConnectionStatus): string {
  switch (status.kind) {
    case 'not-shared':
      return 'Not shared yet — saved on this device';
    case 'no-signaling':
      return 'Not connecting: no signaling servers are set in Settings — saved on this device';
    case 'offline':
      return 'Offline — saved on this device';
    case 'connecting':
      return 'Connecting…';
    case 'unreachable':
      return 'Cannot reach the signaling server — retrying. Your changes are saved on this device.';
    case 'waiting':
      return 'Waiting for others to join';
    case 'direct-closed':
      return 'The direct connection closed — saved on this device. Pair again to reconnect.';
    case 'connected': {
      const visitors = status.visitors > 0 ? [`${status.visitors} unconfirmed ${status.visitors === 1 ? 'visitor' : 'visitors'}`] : [];
      const named = [...status.names, ...visitors];
      return named.length > 0
        ? `Connected with ${listNames(named)}`
        : `Connected with ${status.count} other ${status.count === 1 ? 'person' : 'people'}`;
    }
  }
}
