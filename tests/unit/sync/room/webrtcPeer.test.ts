import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import WebrtcPeer from '@/lib/sync/room/webrtcPeer';
import { nodeWrtc } from '@/tests/support/nodeWebrtc';

/**
 * The panel's WebRTC peer (webrtcPeer.ts, which replaces simple-peer in the
 * extension) against stock simple-peer 9, the one every stock y-webrtc peer
 * uses: real WebRTC in Node (node-datachannel) on loopback, each side in
 * either role. The browser test of the same is tests/e2e/stockPeer.test.ts.
 */

const wrtc = nodeWrtc;
const config = { iceServers: [], bindAddress: '127.0.0.1' } as RTCConfiguration;

/** What both kinds of peer offer y-webrtc. */
interface Peer {
  on(event: string, listener: (...args: never[]) => void): unknown;
  signal(data: unknown): void;
  send(data: Uint8Array): void;
  destroy(): void;
}
const StockPeer = createRequire(import.meta.url)('simple-peer') as new (options: object) => Peer;

const made: Peer[] = [];
afterEach(() => {
  made.splice(0).forEach((peer) => peer.destroy());
});

function pair(lightStarts: boolean): { light: Peer; stock: Peer } {
  const light = new WebrtcPeer({ initiator: lightStarts, config, wrtc }) as Peer;
  const stock = new StockPeer({ initiator: !lightStarts, config, wrtc });
  made.push(light, stock);
  // Through JSON, as y-webrtc's signaling carries them.
  light.on('signal', (signal: unknown) => stock.signal(JSON.parse(JSON.stringify(signal))));
  stock.on('signal', (signal: unknown) => light.signal(JSON.parse(JSON.stringify(signal))));
  return { light, stock };
}

const once = <T extends unknown[]>(peer: Peer, event: string) =>
  new Promise<T>((resolve) => peer.on(event, (...args: never[]) => resolve(args as unknown as T)));
const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

describe.each([
  ['the panel starts', true],
  ['the stock peer starts', false],
])('panel peer with a stock simple-peer: %s', (_, lightStarts) => {
  it('connects, carries binary messages both ways, and closes both sides', { timeout: 20_000 }, async () => {
    const { light, stock } = pair(lightStarts);
    await Promise.all([once(light, 'connect'), once(stock, 'connect')]);

    const toStock = once<[Uint8Array]>(stock, 'data');
    light.send(bytes(60_000, 1));
    expect(new Uint8Array((await toStock)[0])).toEqual(bytes(60_000, 1));
    const toLight = once<[Uint8Array]>(light, 'data');
    stock.send(bytes(5, 2));
    const received = (await toLight)[0];
    expect(received).toBeInstanceOf(Uint8Array);
    expect(received).toEqual(bytes(5, 2));

    // Whichever side leaves, the other hears 'close' (y-webrtc then drops the connection).
    const [leaving, staying] = lightStarts ? [light, stock] : [stock, light];
    const closed = once(staying, 'close');
    leaving.destroy();
    await closed;
  });
});

describe('panel peer', () => {
  it('refuses a signal that is neither a description nor a candidate: error, then close, once', async () => {
    const peer = new WebrtcPeer({ initiator: false, config, wrtc });
    made.push(peer as Peer);
    const events: string[] = [];
    peer.on('error', () => events.push('error'));
    peer.on('close', () => events.push('close'));
    peer.signal({ type: 'nonsense' });
    peer.destroy();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['error', 'close']);
    // A signal after the end is ignored (simple-peer threw, inside y-webrtc's signaling promise).
    expect(() => peer.signal({ type: 'offer', sdp: '' })).not.toThrow();
  });

  it('throws on send before its channel exists, as y-webrtc expects (it catches)', () => {
    const peer = new WebrtcPeer({ initiator: false, config, wrtc });
    made.push(peer as Peer);
    expect(() => peer.send(Uint8Array.of(1))).toThrow();
  });
});
