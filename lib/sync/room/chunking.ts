/**
 * Splits data-channel messages into chunks and joins them again. Browsers
 * drop data-channel messages above ~256 KiB (Chromium's SCTP limit) and
 * y-webrtc swallows the send error, so without this the initial sync of a
 * large board never arrives. A message that fits in one frame goes out
 * exactly as y-webrtc sends it, so any y-webrtc peer reads it; only a
 * larger one is cut into chunk frames, marked with a message kind y-webrtc
 * never uses (it uses 0 to 4; docs/interop.md):
 *
 *   <message>                                                 a whole message, as y-webrtc's
 *   0x64 <id u32> <index u32> <count u32> <part>              one chunk of a larger message
 *
 * Data channels are reliable and ordered, so chunks of one message arrive in
 * order and uninterleaved; anything else is a broken or hostile peer and is
 * dropped (reported as an error value, never thrown).
 *
 * What the receiver accepts, and why each rule is sound for our sender
 * (`splitMessage` cuts every part but the last at exactly chunkSize - 13
 * bytes, and sends a message whole whenever it fits in one frame; a whole
 * message never starts with CHUNK_KIND, since y-webrtc's kinds are 0 to 4):
 * - a whole message is at most `maxBytes`, like a chunked one;
 * - a chunked message has 2 or more parts, none empty;
 * - part 0 carries at least MIN_PART_BYTES, and parts 1..count-2 carry
 *   exactly as many bytes as part 0, the last at most as many;
 * - (count - 1) * (part 0's length) < maxBytes, checked on part 0, so the
 *   count is refused before any other part is held;
 * - the parts received so far never add up to more than `maxBytes`.
 * Together these bound a message's parts to maxBytes / MIN_PART_BYTES + 1
 * (16,385 at the defaults). Without them a peer could send 2**32 - 1 empty
 * parts: 37 MiB of them took the heap from 13 to 573 MiB, all in the
 * per-part arrays, since the byte cap never grew.
 */
export const CHUNK_SIZE = 64 * 1024;
/**
 * A single message larger than this is refused on receipt, before Yjs sees
 * it (a 5,000-item board's whole initial sync is ~1.3 MB).
 */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
/** The smallest first part the receiver accepts; see the rules above. */
export const MIN_PART_BYTES = 1024;

/** The message kind of a chunk frame: a one-byte varUint y-webrtc never sends (docs/interop.md). */
export const CHUNK_KIND = 0x64;
const HEADER = 13;

/** Frames one message; `chunkSize` (for tests) must leave parts of at least MIN_PART_BYTES, or the receiver refuses them. */
export function splitMessage(message: Uint8Array, id: number, chunkSize = CHUNK_SIZE): Uint8Array[] {
  // y-webrtc's kinds are 0 to 4; a whole message of our kind would read as a chunk.
  if (message[0] === CHUNK_KIND) throw new RangeError('a message of the chunk kind cannot be sent');
  if (message.byteLength <= chunkSize) return [message];
  const partSize = chunkSize - HEADER;
  if (partSize < MIN_PART_BYTES) throw new RangeError(`chunk size ${chunkSize} leaves parts under ${MIN_PART_BYTES} bytes`);
  const count = Math.ceil(message.byteLength / partSize);
  return Array.from({ length: count }, (_, index) => {
    const part = message.subarray(index * partSize, (index + 1) * partSize);
    const frame = new Uint8Array(HEADER + part.byteLength);
    const view = new DataView(frame.buffer);
    frame[0] = CHUNK_KIND;
    view.setUint32(1, id);
    view.setUint32(5, index);
    view.setUint32(9, count);
    frame.set(part, HEADER);
    return frame;
  });
}

export type Joined = { kind: 'message'; message: Uint8Array } | { kind: 'partial' } | { kind: 'invalid'; reason: string };

interface Pending {
  id: number;
  count: number;
  /** Length of part 0, which every part but the last must match. */
  partBytes: number;
  parts: Uint8Array[];
  bytes: number;
}

/** Why a part cannot be the next one of `pending`, or null if it can. */
function partProblem(pending: Pending, id: number, index: number, count: number, bytes: number, maxBytes: number) {
  if (pending.id !== id || pending.count !== count || pending.parts.length !== index || count < 2) return 'chunk out of order';
  if (bytes === 0) return 'empty chunk';
  if (index === 0 && bytes < MIN_PART_BYTES) return 'chunk too small';
  const last = index === count - 1;
  if (last ? bytes > pending.partBytes : bytes !== pending.partBytes) return 'chunk of the wrong size';
  // Every part before the last is full, so this is the least the whole message can weigh.
  if ((count - 1) * pending.partBytes >= maxBytes || pending.bytes + bytes > maxBytes) return 'message too large';
  return null;
}

/** Reassembles one connection's incoming frames. */
export function makeJoiner(maxBytes = MAX_MESSAGE_BYTES): (frame: Uint8Array) => Joined {
  let pending: Pending | null = null;
  return (frame) => {
    if (frame.byteLength === 0) return { kind: 'invalid', reason: 'empty frame' };
    if (frame[0] !== CHUNK_KIND) {
      // A whole message: the screen reads its kind (screen.ts).
      pending = null;
      if (frame.byteLength > maxBytes) return { kind: 'invalid', reason: 'message too large' };
      return { kind: 'message', message: frame };
    }
    if (frame.byteLength < HEADER) return { kind: 'invalid', reason: 'chunk cut short' };
    const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    const id = view.getUint32(1);
    const index = view.getUint32(5);
    const count = view.getUint32(9);
    const bytes = frame.byteLength - HEADER;
    const current = index === 0 ? { id, count, partBytes: bytes, parts: [], bytes: 0 } : pending;
    pending = null; // kept only if this part fits
    if (!current) return { kind: 'invalid', reason: 'chunk out of order' };
    const problem = partProblem(current, id, index, count, bytes, maxBytes);
    if (problem !== null) return { kind: 'invalid', reason: problem };
    current.parts.push(frame.slice(HEADER));
    current.bytes += bytes;
    if (current.parts.length < count) {
      pending = current;
      return { kind: 'partial' };
    }
    const message = new Uint8Array(current.bytes);
    let offset = 0;
    for (const part of current.parts) {
      message.set(part, offset);
      offset += part.byteLength;
    }
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
