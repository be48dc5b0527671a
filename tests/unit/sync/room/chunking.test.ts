import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_KIND, chunkPeer, makeJoiner, MIN_PART_BYTES, splitMessage, type ChunkablePeer } from '@/lib/sync/room/chunking';

/** The smallest chunk size whose parts the receiver accepts (13 header bytes). */
const SMALLEST_CHUNK = MIN_PART_BYTES + 13;

/** A hand-made chunk frame, as a hostile peer could send it. */
function chunk(id: number, index: number, count: number, part: Uint8Array): Uint8Array {
  const frame = new Uint8Array(13 + part.byteLength);
  const view = new DataView(frame.buffer);
  frame[0] = CHUNK_KIND;
  view.setUint32(1, id);
  view.setUint32(5, index);
  view.setUint32(9, count);
  frame.set(part, 13);
  return frame;
}

describe('chunking', () => {
  it('sends a message that fits exactly as y-webrtc would (no header), and chunks only larger ones', () => {
    const message = Uint8Array.of(0, 2, 3, 1, 2, 3);
    expect(splitMessage(message, 1)).toEqual([message]);
    const frames = splitMessage(new Uint8Array(70_000), 2);
    expect(frames).toHaveLength(2);
    expect(frames.every((frame) => frame[0] === CHUNK_KIND)).toBe(true);
    expect(() => splitMessage(Uint8Array.of(CHUNK_KIND, 1), 3)).toThrow(RangeError);
  });

  it('split then join gives back any message, at any chunk size', () => {
    // Messages are y-webrtc's (kinds 0 to 4): none starts with the chunk kind.
    const messages = fc.uint8Array({ minLength: 1, maxLength: 12_000 }).filter((message) => message[0] !== CHUNK_KIND);
    fc.assert(
      fc.property(messages, fc.integer({ min: SMALLEST_CHUNK, max: 4000 }), (message, size) => {
        const join = makeJoiner();
        const frames = splitMessage(message, 7, size);
        frames.forEach((frame) => expect(frame.byteLength).toBeLessThanOrEqual(size));
        const results = frames.map(join);
        expect(results.slice(0, -1).every((r) => r.kind === 'partial')).toBe(true);
        expect(results.at(-1)).toEqual({ kind: 'message', message });
      }),
    );
  });

  it('drops out-of-order, unknown and oversized frames without throwing, and recovers', () => {
    const join = makeJoiner(10_000);
    const [first, second, third] = splitMessage(new Uint8Array(2500).fill(1), 1, SMALLEST_CHUNK);
    expect(join(second!)).toMatchObject({ kind: 'invalid' });
    expect(join(first!)).toEqual({ kind: 'partial' });
    expect(join(third!)).toMatchObject({ kind: 'invalid', reason: 'chunk out of order' });
    expect(join(Uint8Array.of(CHUNK_KIND, 9))).toMatchObject({ kind: 'invalid', reason: 'chunk cut short' });
    // Any other first byte is a whole message: the screen reads its kind (screen.ts).
    expect(join(Uint8Array.of(9, 9))).toEqual({ kind: 'message', message: Uint8Array.of(9, 9) });
    expect(join(new Uint8Array())).toMatchObject({ kind: 'invalid' });
    const huge = splitMessage(new Uint8Array(50_000), 2, SMALLEST_CHUNK);
    expect(huge.map(join).some((r) => r.kind === 'invalid' && r.reason === 'message too large')).toBe(true);
    expect(join(splitMessage(new Uint8Array([4, 2]), 3)[0]!)).toEqual({ kind: 'message', message: new Uint8Array([4, 2]) });
  });

  it('refuses a whole message over the cap, as it does a chunked one', () => {
    const join = makeJoiner(100);
    expect(join(splitMessage(new Uint8Array(100), 1)[0]!)).toMatchObject({ kind: 'message' });
    expect(join(splitMessage(new Uint8Array(101), 2)[0]!)).toEqual({ kind: 'invalid', reason: 'message too large' });
  });

  it('refuses empty parts, so a flood of them is never held', () => {
    const join = makeJoiner();
    const empty = new Uint8Array();
    const results = Array.from({ length: 10_000 }, (_, index) => join(chunk(1, index, 2 ** 32 - 1, empty)));
    expect(results[0]).toEqual({ kind: 'invalid', reason: 'empty chunk' });
    expect(results.every((r) => r.kind === 'invalid')).toBe(true);
    const [first] = splitMessage(new Uint8Array(3000), 2, SMALLEST_CHUNK);
    expect(join(first!)).toEqual({ kind: 'partial' });
    expect(join(chunk(2, 1, 3, empty))).toEqual({ kind: 'invalid', reason: 'empty chunk' });
  });

  it('refuses a first part too small to bound the part count', () => {
    const join = makeJoiner();
    expect(join(chunk(1, 0, 2, new Uint8Array(1)))).toEqual({ kind: 'invalid', reason: 'chunk too small' });
    expect(join(chunk(1, 0, 2, new Uint8Array(MIN_PART_BYTES - 1)))).toEqual({ kind: 'invalid', reason: 'chunk too small' });
    expect(join(chunk(1, 0, 2, new Uint8Array(MIN_PART_BYTES)))).toEqual({ kind: 'partial' });
  });

  it('refuses a part count that could not fit under the cap on the first part', () => {
    const join = makeJoiner(10 * MIN_PART_BYTES);
    const part = new Uint8Array(MIN_PART_BYTES);
    expect(join(chunk(1, 0, 2 ** 32 - 1, part))).toEqual({ kind: 'invalid', reason: 'message too large' });
    expect(join(chunk(2, 0, 11, part))).toEqual({ kind: 'invalid', reason: 'message too large' });
    expect(join(chunk(3, 0, 10, part))).toEqual({ kind: 'partial' });
  });

  it('accepts a chunked message of exactly the cap and refuses one byte more', () => {
    const cap = 5 * MIN_PART_BYTES + 7;
    const exact = Uint8Array.from({ length: cap }, (_, i) => i % 253);
    const join = makeJoiner(cap);
    expect(splitMessage(exact, 1, SMALLEST_CHUNK).map(join).at(-1)).toEqual({ kind: 'message', message: exact });
    const over = splitMessage(new Uint8Array(cap + 1), 2, SMALLEST_CHUNK).map(join);
    expect(over.some((r) => r.kind === 'invalid' && r.reason === 'message too large')).toBe(true);
    expect(over.some((r) => r.kind === 'message')).toBe(false);
  });

  it('refuses middle parts that differ from the first and a last part larger than it', () => {
    const [a, b, c] = splitMessage(new Uint8Array(2500), 1, SMALLEST_CHUNK).map((f) => f.subarray(13));
    const short = makeJoiner();
    expect(short(chunk(1, 0, 3, a!))).toEqual({ kind: 'partial' });
    expect(short(chunk(1, 1, 3, b!.subarray(1)))).toEqual({ kind: 'invalid', reason: 'chunk of the wrong size' });
    const long = makeJoiner();
    long(chunk(1, 0, 3, a!));
    long(chunk(1, 1, 3, b!));
    expect(long(chunk(1, 2, 3, new Uint8Array(a!.byteLength + 1)))).toEqual({ kind: 'invalid', reason: 'chunk of the wrong size' });
    const fine = makeJoiner();
    [a, b].forEach((part, index) => fine(chunk(1, index, 3, part!)));
    expect(fine(chunk(1, 2, 3, c!))).toMatchObject({ kind: 'message' });
  });

  it('never throws on random frames', () => {
    const join = makeJoiner(64 * MIN_PART_BYTES);
    const frame = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc
        .tuple(fc.nat(3), fc.nat(4), fc.constantFrom(0, 1, 2, 3, 2 ** 32 - 1), fc.nat(3 * MIN_PART_BYTES))
        .map(([id, index, count, bytes]) => chunk(id, index, count, new Uint8Array(bytes))),
    );
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 30 }), (frames) => frames.forEach((f) => expect(() => join(f)).not.toThrow())),
      {
        seed: 4,
      },
    );
  });

  it('will not cut parts smaller than the receiver accepts', () => {
    expect(() => splitMessage(new Uint8Array(5000), 1, SMALLEST_CHUNK - 1)).toThrow(RangeError);
  });

  it('patches a peer so its existing listeners only see whole messages', () => {
    const wire: Uint8Array[] = [];
    class FakePeer extends EventEmitter implements ChunkablePeer {
      send(data: Uint8Array) {
        wire.push(data);
      }
    }
    const sender = new FakePeer();
    const receiver = new FakePeer();
    const received: Uint8Array[] = [];
    receiver.on('data', (data: Uint8Array) => received.push(data));
    const invalid: string[] = [];
    chunkPeer(sender, (reason) => invalid.push(reason));
    chunkPeer(receiver, (reason) => invalid.push(reason));
    const big = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
    sender.send(big);
    sender.send(new Uint8Array([1, 2, 3]));
    expect(wire.length).toBe(6);
    wire.forEach((frame) => receiver.emit('data', frame));
    expect(received).toEqual([big, new Uint8Array([1, 2, 3])]);
    receiver.emit('data', Uint8Array.of(CHUNK_KIND, 7));
    expect(invalid).toEqual(['chunk cut short']);
  });

  it('reports a message its reader cannot read instead of throwing, and keeps reading', () => {
    class FakePeer extends EventEmitter implements ChunkablePeer {
      send() {}
    }
    const peer = new FakePeer();
    const read: number[] = [];
    peer.on('data', (data: Uint8Array) => {
      if (data[0] === 0xff) throw new Error('malformed update');
      read.push(data[0]!);
    });
    const invalid: string[] = [];
    chunkPeer(peer, (reason) => invalid.push(reason));
    for (const byte of [1, 0xff, 2]) expect(() => peer.emit('data', new Uint8Array([byte]))).not.toThrow();
    expect(read).toEqual([1, 2]);
    expect(invalid).toEqual(['a change that could not be read']);
  });
});
