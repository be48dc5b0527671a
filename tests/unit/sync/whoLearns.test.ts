import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/lib/i18n/messages';
import { defaultNetSettings } from '@/lib/sync/room/netSettings';
import { iceHost, pairingServersNote, signalingHost, whoLearnsAddress } from '@/lib/sync/whoLearns';
import { formatList } from '@/lib/i18n/format';

const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((part) => part.trim()).length;

describe('host names', () => {
  it.each([
    ['wss://y-webrtc-eu.fly.dev', 'y-webrtc-eu.fly.dev'],
    ['wss://signal.practice.example:8443/room', 'signal.practice.example'],
    ['ws://127.0.0.1:4444', '127.0.0.1'],
    ['not a url', 'not a url'],
  ])('of the signaling server %j', (url, host) => expect(signalingHost(url)).toBe(host));

  it.each([
    ['stun:stun.l.google.com:19302', 'stun.l.google.com'],
    ['stun:stun.example', 'stun.example'],
    ['turn:turn.example:3478?transport=udp', 'turn.example'],
    ['turns:[2001:db8::1]:5349', '2001:db8::1'],
    ['STUN:Stun.Example:3478', 'Stun.Example'],
  ])('of the ICE server %j', (url, host) => expect(iceHost(url)).toBe(host));

  it('lists them in words, as Intl does in the panel’s language', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b'])).toBe('a and b');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('which servers learn this device’s address (the notice on the first invite or join)', () => {
  it('names the default signaling and STUN servers, in one sentence', () => {
    const text = whoLearnsAddress(defaultNetSettings());
    expect(text).toBe(
      'To connect, y-webrtc-eu.fly.dev (to introduce your devices) and stun.cloudflare.com and stun.l.google.com ' +
        '(to help them reach each other) will see this device’s internet address, but never your board.',
    );
    expect(sentences(text)).toBe(1);
  });

  it('names only the practice’s server when that is the choice, and TURN servers with the STUN ones', () => {
    expect(whoLearnsAddress({ signaling: ['wss://signal.practice.example'], iceServers: [] })).toBe(
      'To connect, signal.practice.example (to introduce your devices) will see this device’s internet address, but never your board.',
    );
    const text = whoLearnsAddress({
      signaling: ['wss://signal.practice.example'],
      iceServers: [
        { urls: 'stun:signal.practice.example:3478' },
        { urls: 'turn:relay.practice.example:3478', username: 'a', credential: 'b' },
      ],
    });
    expect(text).toContain('signal.practice.example and relay.practice.example (to help them reach each other)');
    expect(text).not.toContain('fly.dev');
    expect(sentences(text)).toBe(1);
  });

  it('names each host once, whatever its ports or schemes', () => {
    const text = whoLearnsAddress({
      signaling: ['wss://a.example', 'wss://a.example:8443'],
      iceServers: [{ urls: 'stun:s.example:3478' }, { urls: 'stun:s.example:19302' }],
    });
    expect(text.match(/a\.example/g)).toHaveLength(1);
    expect(text.match(/s\.example/g)).toHaveLength(1);
  });

  it('says so when STUN servers alone learn it (a pairing code), and when no server does', () => {
    expect(whoLearnsAddress({ signaling: [], iceServers: [{ urls: 'stun:stun.example:3478' }] })).toBe(
      'To connect, stun.example (to help your devices reach each other) will see this device’s internet address, but never your board.',
    );
    const none = whoLearnsAddress({ signaling: [], iceServers: [] });
    expect(none).toBe('To connect, no server sees this device’s internet address: only the people you connect with do.');
    expect(sentences(none)).toBe(1);
  });
});

describe('what `Pair without a server` says about servers', () => {
  const stun = defaultNetSettings().iceServers;

  it('names the STUN servers it asks for this device’s address', () => {
    expect(pairingServersNote(stun, false)).toBe(
      'No signaling server is involved, but to find a path between your devices, this device asks stun.cloudflare.com and ' +
        'stun.l.google.com for its internet address, so they learn it (never your board).',
    );
    expect(pairingServersNote([{ urls: 'stun:stun.example' }], false)).toContain('so that server learns it');
  });

  it('asks none with `Only this network`, or when no ICE server is set', () => {
    const none = pairingServersNote(stun, true);
    expect(none).toContain('No server is asked anything');
    expect(none).toContain('same one');
    expect(pairingServersNote([], false)).toBe(none);
  });
});

describe('in Spanish', () => {
  afterEach(() => useLocale('en'));

  it('says the same, in whole Spanish sentences, whatever the number of servers', async () => {
    await useLocale('es');
    expect(whoLearnsAddress(defaultNetSettings())).toBe(
      'Para conectar, este dispositivo da a conocer su dirección de internet a y-webrtc-eu.fly.dev (para que tus dispositivos se encuentren) ' +
        'y a stun.cloudflare.com y stun.l.google.com (para ayudarlos a conectarse entre sí), pero nunca tu tablero.',
    );
    expect(pairingServersNote([{ urls: 'stun:stun.example' }], false)).toContain(
      'le pregunta su dirección de internet a stun.example, así que ese servidor la conoce',
    );
    expect(pairingServersNote(defaultNetSettings().iceServers, false)).toContain(
      'a stun.cloudflare.com y stun.l.google.com, así que esos servidores la conocen',
    );
    expect(formatList(['a', 'b', 'c'])).toBe('a, b y c');
  });
});
