import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useLocale } from '@/lib/i18n/messages';
import { fromBase64Url, toBase64Url } from '@/lib/util/base64';
import { encodeOffer, encodeReply, newPairingId, parseOffer, parseReply, type PairingOffer } from '@/lib/sync/direct/pairingCode';
import { buildSdp, readSessionFacts, type SessionFacts } from '@/lib/sync/direct/sdp';

const ice = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'),
    minLength: min,
    maxLength: max,
  });
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
const mdns = fc.uuid().map((uuid) => `${uuid}.local`);
const session: fc.Arbitrary<SessionFacts> = fc.record({
  iceUfrag: ice(4, 32),
  icePwd: ice(22, 64),
  fingerprint: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  candidates: fc.array(
    fc.record({
      type: fc.constantFrom('host' as const, 'srflx' as const, 'prflx' as const, 'relay' as const),
      address: fc.oneof(ipv4, mdns, fc.constant('2001:db8::1')),
      port: fc.integer({ min: 1, max: 65535 }),
    }),
    { maxLength: 8 },
  ),
});
const offer: fc.Arbitrary<PairingOffer> = fc.record({
  id: fc.constant(null).map(() => newPairingId()),
  expiresAt: fc.integer({ min: 2_000_000_000, max: 4_000_000_000 }).map((s) => s * 1000),
  session,
  board: fc.record({
    title: fc.constantFrom('Us', 'Sam & Alex — spring', 'Ünser Board 💛'),
    role: fc.constantFrom('partner' as const, 'facilitator' as const, 'observer' as const),
    inviter: fc
      .uint8Array({ minLength: 16, maxLength: 16 })
      .map((b) => `k${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`),
    uid: fc
      .tuple(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat())
      .map(([id, at]) => `k${Array.from(id, (x) => x.toString(16).padStart(2, '0')).join('')}:${at}`),
  }),
});

/** A typical Chromium offer for one data channel, with a host (mDNS) and a STUN candidate. */
const CHROMIUM_OFFER = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'a=extmap-allow-mixed',
  'a=msid-semantic: WMS',
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
  'c=IN IP4 0.0.0.0',
  'a=candidate:3442447574 1 udp 2122260223 9b36eaac-bb2e-49bb-bb78-21c41c499900.local 58097 typ host generation 0 network-cost 999',
  'a=candidate:842163049 1 udp 1686052607 203.0.113.7 58097 typ srflx raddr 0.0.0.0 rport 0 generation 0 network-cost 999',
  'a=candidate:1 1 tcp 1518280447 192.168.1.5 9 typ host tcptype active',
  'a=ice-ufrag:EsAw',
  'a=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1',
  'a=ice-options:trickle',
  'a=fingerprint:sha-256 ' + Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(':'),
  'a=setup:actpass',
  'a=mid:0',
  'a=sctp-port:5000',
  'a=max-message-size:262144',
  '',
].join('\r\n');

describe('pairing codes', () => {
  it('round-trip any offer and reply, even wrapped and spaced by a chat app', () => {
    fc.assert(
      fc.property(offer, fc.integer({ min: 5, max: 60 }), (original, width) => {
        const code = encodeOffer(original);
        const wrapped = code.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n ');
        expect(parseOffer(wrapped, 0)).toEqual({ ok: true, value: original });
        const reply = encodeReply({ id: original.id, session: original.session });
        expect(parseReply(` ${reply} `)).toEqual({ ok: true, value: { id: original.id, session: original.session } });
      }),
    );
  });

  it('keep only what the other side needs from a real offer, and rebuild SDP that reads back the same', () => {
    const facts = readSessionFacts(CHROMIUM_OFFER);
    if (!facts.ok) expect.fail(facts.error);
    expect(facts.value.candidates).toEqual([
      { type: 'host', address: '9b36eaac-bb2e-49bb-bb78-21c41c499900.local', port: 58097 },
      { type: 'srflx', address: '203.0.113.7', port: 58097 },
    ]);
    expect(readSessionFacts(buildSdp(facts.value, 'offer'))).toEqual(facts);
    const code = encodeOffer({
      id: newPairingId(),
      expiresAt: Date.now() + 60_000,
      session: facts.value,
      board: { title: 'Sam & Alex', role: 'partner', inviter: `k${'a'.repeat(32)}`, uid: `k${'b'.repeat(32)}:1763776000000` },
    });
    const reply = encodeReply({ id: newPairingId(), session: facts.value });
    // The sizes a person pastes (docs/pairing.md): the SDP alone is ~2.5x the whole pairing code.
    console.log(`SDP ${CHROMIUM_OFFER.length} characters -> pairing code ${code.length}, reply code ${reply.length}`);
    expect(code.length).toBeLessThan(300);
    expect(reply.length).toBeLessThan(200);
  });

  it('say plainly what is wrong: expired, the wrong kind of code, damaged, tampered with, garbage', () => {
    const base: PairingOffer = fc.sample(offer, 1)[0]!;
    const code = encodeOffer({ ...base, expiresAt: 1_000_000_000_000 });
    expect(parseOffer(code, 1_000_000_000_001)).toMatchObject({ ok: false, error: expect.stringContaining('expired') });
    const reply = encodeReply({ id: base.id, session: base.session });
    expect(parseOffer(reply, 0)).toMatchObject({ ok: false, error: expect.stringContaining('That is a reply code') });
    expect(parseReply(code)).toMatchObject({ ok: false, error: expect.stringContaining('That is a pairing code') });
    expect(parseOffer('CGP9-abc', 0)).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });
    expect(parseOffer('', 0)).toMatchObject({ ok: false, error: expect.stringContaining('Please paste') });
    expect(parseOffer('CG1-abcdef', 0)).toMatchObject({ ok: false, error: expect.stringContaining('does not look like a pairing code') });
    expect(parseOffer(code.slice(0, 40), 0)).toMatchObject({ ok: false });
    // Any single byte changed is caught by the checksum.
    const bytes = fromBase64Url(code.slice(5))!;
    for (let i = 0; i < bytes.length; i++) {
      const tampered = bytes.slice();
      tampered[i]! ^= 0x01;
      expect(parseOffer(`CGP1-${toBase64Url(tampered)}`, 0)).toMatchObject({
        ok: false,
        error: expect.stringContaining('changed or damaged'),
      });
    }
  });

  it('say it in the panel’s language, each kind of code by its own name', async () => {
    const base: PairingOffer = fc.sample(offer, 1)[0]!;
    const code = encodeOffer({ ...base, expiresAt: 1_000_000_000_000 });
    const reply = encodeReply({ id: base.id, session: base.session });
    try {
      await useLocale('es');
      expect(parseOffer(reply, 0)).toMatchObject({ ok: false, error: expect.stringContaining('Eso es un código de respuesta') });
      expect(parseReply(code)).toMatchObject({ ok: false, error: expect.stringContaining('Eso es un código de vinculación') });
      expect(parseReply('')).toMatchObject({ ok: false, error: 'Pega aquí el código de respuesta que te enviaron.' });
      expect(parseOffer(code, 1_000_000_000_001)).toMatchObject({ ok: false, error: expect.stringContaining('caducó') });
    } finally {
      await useLocale('en');
    }
  });

  it('never throw, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array().map((b) => `CGP1-${toBase64Url(b)}`),
          fc.uint8Array().map((b) => `CGR1-${toBase64Url(b)}`),
        ),
        (text) => {
          expect(parseOffer(text, 0).ok).toBe(false);
          expect(parseReply(text).ok).toBe(false);
        },
      ),
    );
  });
});
