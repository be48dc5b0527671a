/**
 * Splits data-channel messages into chunks and joins them again. Browsers
 * drop data-channel messages above ~256 KiB (Chromium's SCTP limit) and
 * y-webrtc swallows the send error, so without this the initial sync of a
 * large board never arrives. Every message gets a one-byte frame header:
 *
 *   0x00 <message>                                   a whole message
 *   0x01 <id u32> <index u32> <count u32> <part>     one chunk of a message
 *
 * Data channels are reliable and ordered, so chunks of one message arrive in
 * order and uninterleaved; anything else is a broken or hostile peer and is
 * dropped (reported as an error value, never thrown).
 */
export const CHUNK_SIZE = 64 * 1024;
/**
 * A single message larger than this is refused on receipt, before Yjs sees
 * it (a 5,000-item board's whole initial sync is ~1.3 MB).
 */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

const WHOLE = 0x00;
const PART = 0x01;
const HEADER = 13;

export function splitMessage(message: Uint8Array, id: number, chunkSize = CHUNK_SIZE): Uint8Array[] {
  if (message.byteLength + 1 <= chunkSize) {
    const frame = new Uint8Array(message.byteLength + 1);
    frame[0] = WHOLE;
    frame.set(message, 1);
    return [frame];
  }
  const partSize = chunkSize - HEADER;
  const count = Math.ceil(message.byteLength / partSize);
  return Array.from({ length: count }, (_, index) => {
    const part = message.subarray(index * partSize, (index + 1) * partSize);
    const frame = new Uint8Array(HEADER + part.byteLength);
    const view = new DataView(frame.buffer);
    frame[0] = PART;
    view.setUint32(1, id);
    view.setUint32(5, index);
    view.setUint32(9, count);
    frame.set(part, HEADER);
    return frame;
  });
}

export type Joined = { kind: 'message'; message: Uint8Array } | { kind: 'partial' } | { kind: 'invalid'; reason: string };

/** Reassembles one connection's incoming frames. */
export function makeJoiner(maxBytes = MAX_MESSAGE_BYTES): (frame: Uint8Array) => Joined {
  let pending: { id: number; count: number; parts: Uint8Array[]; bytes: number } | null = null;
  return (frame) => {
    if (frame.byteLength === 0) return { kind: 'invalid', reason: 'empty frame' };
    if (frame[0] === WHOLE) {
      pending = null;
      return { kind: 'message', message: frame.subarray(1) };
    }
    if (frame[0] !== PART || frame.byteLength < HEADER) return { kind: 'invalid', reason: 'unknown frame' };
    const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    const id = view.getUint32(1);
    const index = view.getUint32(5);
    const count = view.getUint32(9);
    if (index === 0) pending = { id, count, parts: [], bytes: 0 };
    if (!pending || pending.id !== id || pending.count !== count || pending.parts.length !== index || count < 2) {
      pending = null;
      return { kind: 'invalid', reason: 'chunk out of order' };
    }
    pending.parts.push(frame.slice(HEADER));
    pending.bytes += frame.byteLength - HEADER;
    if (pending.bytes > maxBytes) {
      pending = null;
      return { kind: 'invalid', reason: 'message too large' };
    }
    if (pending.parts.length < count) return { kind: 'partial' };
    const message = new Uint8Array(pending.bytes);
    let offset = 0;
    for (const part of pending.parts) {
      message.set(part, offset);
      offset += part.byteLength;
    }
    pending = null;
    return { kind: 'message', message };
  };
}

/** The part of a simple-peer instance that chunking needs. */
export interface ChunkablePeer {
  send(data: Uint8Array): void;
  on(event: 'data', listener: (data: Uint8Array) => void): unknown;
  /** Node's EventEmitter types these as Function[]. */
  listeners(event: 'data'): unknown[];
  removeAllListeners(event: 'data'): unknown;
}

/**
 * Makes a peer chunk what it sends and reassemble what it receives, before
 * any data flows. The listeners already attached (y-webrtc's) see only whole
 * messages. `onInvalid` hears about frames that were dropped, and about
 * messages y-webrtc could not read (a malformed update throws inside its
 * listener: caught here, so one bad message never breaks the connection).
 */
export function chunkPeer(peer: ChunkablePeer, onInvalid: (reason: string) => void): void {
  const send = peer.send.bind(peer);
  let nextId = 1;
  peer.send = (data) => {
    for (const frame of splitMessage(data, nextId++ >>> 0)) send(frame);
  };
  const listeners = peer.listeners('data') as ((data: Uint8Array) => void)[];
  peer.removeAllListeners('data');
  const join = makeJoiner();
  peer.on('data', (frame) => {
    const joined = join(new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength));
    if (joined.kind === 'invalid') return onInvalid(joined.reason);
    if (joined.kind !== 'message') return;
    for (const listener of listeners) {
      try {
        listener.call(peer, joined.message);
      } catch {
        onInvalid('a change that could not be read');
      }
    }
  });
}
