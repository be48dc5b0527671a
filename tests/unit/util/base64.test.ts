import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Url, randomBase64Url, toBase64, toBase64Url } from '@/lib/util/base64';

describe('base64, both alphabets', () => {
  const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 151) % 256);

  it('round-trips bytes in each alphabet, a big board included', () => {
    const big = Uint8Array.from({ length: 1 << 20 }, (_, i) => (i * 31) % 256);
    // Buffer#equals: a deep toEqual of a MiB walks it element by element.
    const same = (a: Uint8Array | null, b: Uint8Array) => a !== null && Buffer.from(a).equals(Buffer.from(b));
    for (const sample of [new Uint8Array(), bytes, big]) {
      expect(same(fromBase64(toBase64(sample)), sample)).toBe(true);
      expect(same(fromBase64Url(toBase64Url(sample)), sample)).toBe(true);
    }
  });

  it('writes the standard alphabet padded and base64url without padding', () => {
    const sample = Uint8Array.of(0xfb, 0xff, 0xbf, 0x01);
    expect(toBase64(sample)).toBe('+/+/AQ==');
    expect(toBase64Url(sample)).toBe('-_-_AQ');
  });

  it('refuses text of the other alphabet, bad padding and stray characters', () => {
    expect(fromBase64('-_-_AQ==')).toBeNull();
    expect(fromBase64('+/+/AQ')).toBeNull();
    expect(fromBase64('+/+/AQ=\n=')).toBeNull();
    expect(fromBase64Url('+/+/AQ')).toBeNull();
    expect(fromBase64Url('-_-_AQ==')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('makes random base64url of the asked length', () => {
    const a = randomBase64Url(16);
    expect(fromBase64Url(a)).toHaveLength(16);
    expect(randomBase64Url(16)).not.toBe(a);
  });
});
