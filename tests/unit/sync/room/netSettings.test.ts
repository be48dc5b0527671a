import { describe, expect, it } from 'vitest';
import { formatIceLines, parseIceLines, parseSignalingLines } from '@/lib/sync/room/netSettings';

describe('signaling server lines', () => {
  it('accepts ws:// and wss:// URLs, one per line, ignoring blanks and repeats', () => {
    expect(parseSignalingLines(' wss://a.example \n\nws://127.0.0.1:4444\nwss://a.example')).toEqual({
      ok: true,
      value: ['wss://a.example', 'ws://127.0.0.1:4444'],
    });
    expect(parseSignalingLines('')).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['https://a.example', 'must start with wss://'],
    ['not a url', 'is not a web address'],
    ['wss://user:pw@a.example', 'must not contain a user name'],
  ])('refuses %j', (line, message) => {
    const parsed = parseSignalingLines(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});

describe('ICE server lines', () => {
  it('reads STUN, and TURN with credentials, and writes them back the same', () => {
    const text = 'stun:stun.example:3478\nturn:turn.example:3478?transport=udp alex s3cret';
    const parsed = parseIceLines(text);
    expect(parsed).toEqual({
      ok: true,
      value: [{ urls: 'stun:stun.example:3478' }, { urls: 'turn:turn.example:3478?transport=udp', username: 'alex', credential: 's3cret' }],
    });
    if (parsed.ok) expect(formatIceLines(parsed.value)).toBe(text);
  });

  it.each([
    ['http://x', 'must start with stun: or turn:'],
    ['turn:t.example:3478', 'needs a user name and a password'],
    ['stun:s.example alex', 'takes no user name'],
    ['turn:t.example a b c', 'more parts'],
  ])('refuses %j', (line, message) => {
    const parsed = parseIceLines(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
