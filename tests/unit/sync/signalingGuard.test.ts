import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readSignalMessage } from '../../../lib/sync/signalingGuard';

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
