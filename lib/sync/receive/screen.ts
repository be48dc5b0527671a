import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Result } from '@/lib/util/result';
import type { Gate } from '@/lib/sync/receive/gate';

/** y-webrtc's message kinds (the direct link uses the first two). */
export const MESSAGE = { sync: 0, awareness: 1, queryAwareness: 3, bcPeerId: 4 } as const;
/** y-protocols' sync message kinds. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/**
 * A sync step 2 carrying an empty update: what y-webrtc is handed once the
 * gate has applied the real one, so it still marks the peer as synced.
 */
const EMPTY_STEP2 = Uint8Array.of(MESSAGE.sync, SYNC.step2, 2, 0, 0);

export interface ScreenParts {
  gate: Gate;
  /** Bounds and bookkeeping for presence (presenceGuard.ts). */
  screenAwareness(peer: string, update: Uint8Array): Result<Uint8Array>;
  onRefused(peer: string, reason: string): void;
}

/**
 * Reads one whole message from a peer before the transport does, and
 * returns what the transport may still act on (null: nothing). Every
 * message is charged to the peer's budget; document updates go through the
 * gate, which applies them itself; presence is bounded; and a message kind
 * only another window of this browser may send (y-webrtc's BroadcastChannel
 * peer announcements, which once made the status count a peer that was not
 * there and stopped offers to the real partner) is dropped.
 */
export function makeScreen({ gate, screenAwareness, onRefused }: ScreenParts) {
  return (peer: string, message: Uint8Array): Uint8Array | null => {
    if (!gate.charge(peer, message.byteLength)) return null;
    try {
      const decoder = decoding.createDecoder(message);
      const kind = decoding.readVarUint(decoder);
      if (kind === MESSAGE.sync) {
        const step = decoding.readVarUint(decoder);
        if (step === SYNC.step1) return message;
        if (step !== SYNC.step2 && step !== SYNC.update) throw new Error('unknown sync message');
        const update = decoding.readVarUint8Array(decoder);
        gate.receive(peer, update);
        return step === SYNC.step2 ? EMPTY_STEP2 : null;
      }
      if (kind === MESSAGE.awareness) {
        const screened = screenAwareness(peer, decoding.readVarUint8Array(decoder));
        if (!screened.ok) {
          onRefused(peer, screened.error);
          return null;
        }
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE.awareness);
        encoding.writeVarUint8Array(encoder, screened.value);
        return encoding.toUint8Array(encoder);
      }
      if (kind === MESSAGE.queryAwareness) return message;
      onRefused(
        peer,
        kind === MESSAGE.bcPeerId
          ? 'a message only another window of this browser may send'
          : 'a message of a kind this version does not know',
      );
    } catch {
      onRefused(peer, 'a message that could not be read');
    }
    return null;
  };
}

/** The part of a simple-peer instance screening needs (chunking.ts's ChunkablePeer has it). */
interface ScreenablePeer {
  on(event: 'data', listener: (data: Uint8Array) => void): unknown;
  listeners(event: 'data'): unknown[];
  removeAllListeners(event: 'data'): unknown;
}

/**
 * Puts `screen` between a peer connection and the data listeners already on
 * it (y-webrtc's). Call before chunkPeer, which then hands whole messages to it.
 */
export function screenPeer(peer: ScreenablePeer, screen: (message: Uint8Array) => Uint8Array | null): void {
  const listeners = peer.listeners('data') as ((data: Uint8Array) => void)[];
  peer.removeAllListeners('data');
  peer.on('data', (data) => {
    const passed = screen(data);
    if (passed) for (const listener of listeners) listener.call(peer, passed);
  });
}
