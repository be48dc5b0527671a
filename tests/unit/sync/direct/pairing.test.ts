import * as polyfill from 'node-datachannel/polyfill';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '@/lib/board/actions';
import { readItems } from '@/lib/board/read';
import { linkBoard } from '@/lib/sync/direct/directLink';
import { PHRASE_WORDS } from '@/lib/sync/direct/confirmPhrase';
import { answerPairing, offerPairing, type PairingEnvironment } from '@/lib/sync/direct/pairing';
import { parseOffer } from '@/lib/sync/direct/pairingCode';
import { newBoardDoc } from '@/tests/support/docs';
import { knownPeople } from '@/tests/support/identities';

/** node-datachannel as the browser's WebRTC, bound to loopback so nothing leaves the machine. */
const env: PairingEnvironment = {
  RTCPeerConnection: polyfill.RTCPeerConnection as unknown as typeof RTCPeerConnection,
  iceServers: [],
  extra: { bindAddress: '127.0.0.1' },
};
const board = { title: 'Us', role: 'partner' as const, inviter: `k${'1'.repeat(32)}`, uid: 'maker:1' };

describe('pairing with no server (node-datachannel over loopback)', () => {
  it('two pastes connect two docs; they sync both ways and show the same confirmation words', async () => {
    const offer = await offerPairing(env, board, Date.now());
    const parsed = parseOffer(offer.code, Date.now());
    if (!parsed.ok) expect.fail(parsed.error);
    expect(parsed.value.board).toEqual(board);
    const answer = await answerPairing(env, parsed.value);
    if (!answer.ok) expect.fail(answer.error);
    expect(await offer.accept(answer.value.replyCode, Date.now())).toEqual({ ok: true, value: undefined });
    expect(await offer.accept(answer.value.replyCode, Date.now())).toMatchObject({ ok: false, error: expect.stringContaining('already used') });
    const [a, b] = await Promise.all([offer.opened, answer.value.opened]);
    expect(a.phrase).toBe(b.phrase);
    expect(a.phrase.split(' ')).toHaveLength(PHRASE_WORDS);
    console.log(`pairing code ${offer.code.length} characters, reply code ${answer.value.replyCode.length}`);

    const sam = newBoardDoc();
    addItem(sam, { section: 'boundary', author: 'sam', now: 1, text: 'Made before we paired.' });
    const alex = new Y.Doc();
    const { me } = await knownPeople(['Sam', 'Alex']);
    const samLink = linkBoard(sam, a, me(0));
    // Alex's side takes over a moment later: what Sam sent meanwhile is kept, not lost.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const alexLink = linkBoard(alex, b, me(1));
    await expect.poll(() => readItems(alex).map((item) => item.text)).toEqual(['Made before we paired.']);
    addItem(alex, { section: 'celebration', author: 'alex', now: 2, text: 'We paired with no server.' });
    await expect.poll(() => readItems(sam).map((item) => item.text).sort()).toEqual(['Made before we paired.', 'We paired with no server.']);
    await expect.poll(() => samLink.others().map((other) => other.name)).toEqual(['Alex']);
    expect(samLink.status()).toMatchObject({ kind: 'connected', names: ['Alex'] });
    await samLink.destroy();
    await expect.poll(() => alexLink.status().kind).toBe('direct-closed');
    await alexLink.destroy();
  });

  it('refuses a reply meant for another pairing, and one that comes too late', async () => {
    const first = await offerPairing(env, board, Date.now());
    const second = await offerPairing(env, board, Date.now());
    const parsed = parseOffer(second.code, Date.now());
    if (!parsed.ok) expect.fail(parsed.error);
    const answer = await answerPairing(env, parsed.value);
    if (!answer.ok) expect.fail(answer.error);
    expect(await first.accept(answer.value.replyCode, Date.now())).toMatchObject({ ok: false, error: expect.stringContaining('different pairing code') });
    expect(await second.accept(answer.value.replyCode, second.expiresAt + 1)).toMatchObject({ ok: false, error: expect.stringContaining('expired') });
    first.cancel();
    second.cancel();
    answer.value.cancel();
  });
});
