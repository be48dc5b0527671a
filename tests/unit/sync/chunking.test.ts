import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkPeer, makeJoiner, splitMessage, type ChunkablePeer } from '../../../lib/sync/chunking';

describe('chunking', () => {
  it('split then join gives back any message, at any chunk size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 20, max: 600 }), (message, size) => {
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
    const join = makeJoiner(1000);
    const [first, second, third] = splitMessage(new Uint8Array(300).fill(1), 1, 120);
    expect(join(second!)).toMatchObject({ kind: 'invalid' });
    expect(join(first!)).toEqual({ kind: 'partial' });
    expect(join(third!)).toMatchObject({ kind: 'invalid', reason: 'chunk out of order' });
    expect(join(new Uint8Array([9, 9]))).toMatchObject({ kind: 'invalid', reason: 'unknown frame' });
    expect(join(new Uint8Array())).toMatchObject({ kind: 'invalid' });
    const huge = splitMessage(new Uint8Array(5000), 2, 600);
    expect(huge.map(join).some((r) => r.kind === 'invalid' && r.reason === 'message too large')).toBe(true);
    expect(join(splitMessage(new Uint8Array([4, 2]), 3)[0]!)).toEqual({ kind: 'message', message: new Uint8Array([4, 2]) });
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
    receiver.emit('data', new Uint8Array([7]));
    expect(invalid).toEqual(['unknown frame']);
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
    for (const byte of [1, 0xff, 2]) expect(() => peer.emit('data', new Uint8Array([0, byte]))).not.toThrow();
    expect(read).toEqual([1, 2]);
    expect(invalid).toEqual(['a change that could not be read']);
  });
});
