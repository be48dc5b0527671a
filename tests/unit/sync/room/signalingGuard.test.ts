import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_WINDOW_MS,
  MAX_PEERS,
  admitSignal,
  makeSignalMemory,
  readSignalMessage,
  type RoomView,
} from '@/lib/sync/room/signalingGuard';

/** The envelope y-webrtc writes (crypto.js encryptJson), made here with WebCrypto. */
async function envelope(value: unknown, key: CryptoKey): Promise<Uint8Array> {
  const plain = encoding.createEncoder();
  encoding.writeAny(plain, value as never);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoding.toUint8Array(plain));
  const out = encoding.createEncoder();
  encoding.writeVarString(out, 'AES-GCM');
  encoding.writeVarUint8Array(out, iv);
  encoding.writeVarUint8Array(out, new Uint8Array(cipher));
  return encoding.toUint8Array(out);
}

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('signaling guard', () => {
  it('passes well-formed messages encrypted with the room key', async () => {
    const key = await newKey();
    expect(await readSignalMessage(await envelope({ type: 'announce', from: 'peer-a' }, key), key)).toEqual({
      ok: true,
      value: { type: 'announce', from: 'peer-a' },
    });
    const signal = { type: 'signal', from: 'a', to: 'b', token: 1, signal: { type: 'offer', sdp: 'v=0' } };
    expect(await readSignalMessage(await envelope(signal, key), key)).toMatchObject({ ok: true, value: { type: 'signal' } });
  });

  it.each<[string, (key: CryptoKey) => Promise<Uint8Array>, string]>([
    ['another secret', async () => envelope({ type: 'announce', from: 'x' }, await newKey()), 'cannot decrypt'],
    ['garbage bytes', async () => new Uint8Array([1, 2, 3, 4]), 'unknown encryption'],
    ['no sender', (key) => envelope({ type: 'announce' }, key), 'without a sender'],
    ['a signal without a signal', (key) => envelope({ type: 'signal', from: 'a', to: 'b' }, key), 'unknown kind'],
    ['an unknown type', (key) => envelope({ type: 'boom', from: 'a' }, key), 'unknown kind'],
    ['not an object', (key) => envelope('hello', key), 'wrong shape'],
  ])('drops %s', async (_label, make, reason) => {
    const key = await newKey();
    const read = await readSignalMessage(await make(key), key);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(reason);
  });
});

describe('which signals reach y-webrtc (fake peers, forged offers)', () => {
  const room = (peers: string[]): RoomView => ({ peerId: 'me', webrtcConns: new Set(peers) });
  const offer = (from: string) => ({ type: 'signal' as const, from, to: 'me', signal: { type: 'offer' } });
  const announce = (from: string) => ({ type: 'announce' as const, from });
  const admitted = (result: ReturnType<typeof admitSignal>) => (result.ok ? result.value : result.error);

  it('takes offers from peers that announced themselves, or that answer this device’s own announcement', () => {
    const memory = makeSignalMemory();
    memory.lastAnnounce = 0;
    const later = ANSWER_WINDOW_MS + 1;
    expect(admitted(admitSignal(offer('stranger'), room([]), memory, later))).toBe('an offer from a peer that never announced itself');
    expect(admitted(admitSignal(announce('alex'), room([]), memory, later))).toBe(true);
    expect(admitted(admitSignal(offer('alex'), room([]), memory, later))).toBe(true);
    // Right after this device announced, the people already in the room answer with offers.
    memory.lastAnnounce = later;
    expect(admitted(admitSignal(offer('sam'), room([]), memory, later + 10))).toBe(true);
  });

  it('caps connections for offers as for announcements (60 forged offers built 60 connections)', () => {
    const memory = makeSignalMemory();
    const full = room(Array.from({ length: MAX_PEERS }, (_, i) => `peer${i}`));
    expect(admitted(admitSignal(offer('forged-1'), full, memory, 0))).toBe('an offer while this board has as many peers as it takes');
    expect(admitted(admitSignal(announce('forged-2'), full, memory, 0))).toBe(
      'an announcement while this board has as many peers as it takes',
    );
    // Peers already connected keep signalling (renegotiation, candidates).
    expect(admitted(admitSignal(offer('peer3'), full, memory, 0))).toBe(true);
  });

  it('drops signals between two others quietly, answers to offers never made, and anything from a peer sent away', () => {
    const memory = makeSignalMemory();
    expect(admitted(admitSignal({ type: 'signal', from: 'a', to: 'b', signal: {} }, room([]), memory, 0))).toBe(false);
    expect(admitted(admitSignal({ type: 'signal', from: 'a', to: 'me', signal: { type: 'answer' } }, room([]), memory, 0))).toBe(
      'an answer to an offer this device never made',
    );
    memory.sentAway.add('mallory');
    expect(admitted(admitSignal(announce('mallory'), room([]), memory, 0))).toBe('a message from a peer that was disconnected');
  });
});
