import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { err, ok, type Result } from '@/lib/util/result';

/**
 * Awareness (who is here, and where their cursor is) is unauthenticated in
 * Yjs and unbounded: one message may announce any number of clients, with
 * states of any size, under any client id, this device's own included. A
 * peer once announced 60,000 people, and each recompute of the people list
 * then took 7.8 s. This reads every awareness update before y-protocols
 * does, with bounds, and remembers which connection delivered which client:
 * a presence counts as a person only when that person's own connection
 * delivered it with a valid proof (presenceProof.ts).
 */
export const PRESENCE_LIMITS = {
  /** Entries in one awareness message (y-webrtc sends one per person in the room). */
  entries: 16,
  /** Clients one connection may speak for: itself, and the others it relays in a small group. */
  clientsPerPeer: 8,
  /** One entry's JSON: a name, a colour, the item being edited, a proof per person here. */
  stateLength: 4096,
};

export interface PresenceGuard {
  /** The update with entries about this device dropped, or why it was refused as a whole. */
  screen(peer: string, update: Uint8Array): Result<Uint8Array>;
  /** The connections that delivered a client's state. */
  deliveredBy(clientId: number): ReadonlySet<string>;
  /** The connection closed: returns the clients nobody else delivered (their presence ends now). */
  forget(peer: string): number[];
}

export function makePresenceGuard(selfClientId: () => number, limits = PRESENCE_LIMITS): PresenceGuard {
  const clientsOf = new Map<string, Set<number>>();
  const peersOf = new Map<number, Set<string>>();
  const none: ReadonlySet<string> = new Set();

  return {
    screen(peer, update) {
      const entries: { clientId: number; clock: number; state: string }[] = [];
      try {
        const decoder = decoding.createDecoder(update);
        const count = decoding.readVarUint(decoder);
        if (count > limits.entries) return err('a presence message announcing too many people');
        for (let i = 0; i < count; i++) {
          const clientId = decoding.readVarUint(decoder);
          const clock = decoding.readVarUint(decoder);
          const length = decoding.peekVarUint(decoder);
          if (length > limits.stateLength * 4) return err('a presence message too large to be one');
          const state = decoding.readVarString(decoder);
          if (state.length > limits.stateLength) return err('a presence message too large to be one');
          JSON.parse(state);
          entries.push({ clientId, clock, state });
        }
        if (decoding.hasContent(decoder)) return err('a presence message with bytes left over');
      } catch {
        return err('a presence message that could not be read');
      }
      const known = clientsOf.get(peer) ?? new Set<number>();
      const kept = entries.filter(({ clientId }) => {
        // Nobody speaks for this device but this device.
        if (clientId === selfClientId()) return false;
        if (known.has(clientId)) return true;
        if (known.size >= limits.clientsPerPeer) return false;
        known.add(clientId);
        return true;
      });
      clientsOf.set(peer, known);
      for (const { clientId } of kept) {
        const peers = peersOf.get(clientId) ?? new Set<string>();
        peers.add(peer);
        peersOf.set(clientId, peers);
      }
      if (kept.length === entries.length) return ok(update);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, kept.length);
      for (const { clientId, clock, state } of kept) {
        encoding.writeVarUint(encoder, clientId);
        encoding.writeVarUint(encoder, clock);
        encoding.writeVarString(encoder, state);
      }
      return ok(encoding.toUint8Array(encoder));
    },
    deliveredBy: (clientId) => peersOf.get(clientId) ?? none,
    forget(peer) {
      const gone: number[] = [];
      for (const clientId of clientsOf.get(peer) ?? []) {
        const peers = peersOf.get(clientId);
        peers?.delete(peer);
        if (!peers || peers.size === 0) {
          peersOf.delete(clientId);
          gone.push(clientId);
        }
      }
      clientsOf.delete(peer);
      return gone;
    },
  };
}
