import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIGNALING,
  formatIceLines,
  parseIceLines,
  parseSignalingChoice,
  parseSignalingLines,
  readSignalingChoice,
  signalingInForce,
} from '@/lib/sync/room/netSettings';

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

describe('the signaling choice (Settings) and what older devices stored', () => {
  it('reads a device that never saved settings, or saved the old defaults unchanged, as the defaults', () => {
    expect(readSignalingChoice({ choice: undefined, list: undefined })).toEqual({ mode: 'defaults' });
    expect(readSignalingChoice({ choice: undefined, list: ['wss://y-webrtc-eu.fly.dev'] })).toEqual({ mode: 'defaults' });
    expect(signalingInForce({ mode: 'defaults' })).toEqual([...DEFAULT_SIGNALING]);
  });

  it('keeps an older device’s own list, an empty one (offline only) included', () => {
    expect(readSignalingChoice({ choice: undefined, list: ['ws://127.0.0.1:4444'] })).toEqual({
      mode: 'list',
      servers: ['ws://127.0.0.1:4444'],
    });
    expect(readSignalingChoice({ choice: undefined, list: [] })).toEqual({ mode: 'list', servers: [] });
    expect(signalingInForce({ mode: 'list', servers: [] })).toEqual([]);
  });

  it('reads stored choices, and drops what is not a signaling address', () => {
    expect(readSignalingChoice({ choice: { mode: 'practice', server: 'wss://signal.practice.example' }, list: ['x'] })).toEqual({
      mode: 'practice',
      server: 'wss://signal.practice.example',
    });
    expect(signalingInForce({ mode: 'practice', server: 'wss://signal.practice.example' })).toEqual(['wss://signal.practice.example']);
    expect(readSignalingChoice({ choice: { mode: 'defaults' }, list: ['ws://127.0.0.1:4444'] })).toEqual({ mode: 'defaults' });
    expect(
      readSignalingChoice({ choice: { mode: 'list' }, list: ['wss://a.example', 7, 'https://no.example', 'wss://a.example'] }),
    ).toEqual({
      mode: 'list',
      servers: ['wss://a.example'],
    });
  });

  it.each([
    [{ mode: 'practice', server: 'https://not-a-socket.example' }, ['wss://a.example']],
    [{ mode: 'practice' }, ['wss://a.example']],
    [{ mode: 'sometimes' }, ['wss://a.example']],
    ['practice', ['wss://a.example']],
    [null, 'wss://a.example'],
  ])('falls back to what the list says for the damaged choice %j', (choice, list) => {
    const read = readSignalingChoice({ choice, list });
    expect(read).toEqual(Array.isArray(list) ? { mode: 'list', servers: list } : { mode: 'defaults' });
  });

  it('parses the form: the defaults, the practice’s one server, or a list (the defaults if it is exactly them)', () => {
    expect(parseSignalingChoice('defaults', 'ignored', 'ignored')).toEqual({ ok: true, value: { mode: 'defaults' } });
    expect(parseSignalingChoice('practice', '', ' wss://signal.practice.example ')).toEqual({
      ok: true,
      value: { mode: 'practice', server: 'wss://signal.practice.example' },
    });
    expect(parseSignalingChoice('list', 'ws://127.0.0.1:4444\nwss://b.example', '')).toEqual({
      ok: true,
      value: { mode: 'list', servers: ['ws://127.0.0.1:4444', 'wss://b.example'] },
    });
    expect(parseSignalingChoice('list', DEFAULT_SIGNALING.join('\n'), '')).toEqual({ ok: true, value: { mode: 'defaults' } });
    expect(parseSignalingChoice('list', '', '')).toEqual({ ok: true, value: { mode: 'list', servers: [] } });
  });

  it.each([
    ['practice', '', '', 'give your practice’s server address'],
    ['practice', '', 'https://signal.practice.example', 'must start with wss://'],
    ['list', 'not a url', '', 'is not a web address'],
    ['now and then', '', '', 'choose which signaling servers'],
  ])('refuses mode %j with list %j and practice %j', (mode, list, practice, message) => {
    const parsed = parseSignalingChoice(mode, list, practice);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
