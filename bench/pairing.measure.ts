import * as polyfill from 'node-datachannel/polyfill';
import { it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '@/lib/board/actions';
import { readItems } from '@/lib/board/read';
import { initBoard } from '@/lib/board/schema';
import { linkBoard } from '@/lib/sync/direct/directLink';
import { answerPairing, offerPairing, type PairingEnvironment } from '@/lib/sync/direct/pairing';
import { parseOffer } from '@/lib/sync/direct/pairingCode';
import { fmt, median } from '@/bench/support';

/**
 * Pairing without a server, node-datachannel on loopback (in the bench's
 * private namespace): the sizes of the two codes a person pastes, the time
 * from the second paste to an open channel, and from there to a 1,000-item
 * board arriving whole on the other side. 10 pairings.
 */
const env: PairingEnvironment = {
  RTCPeerConnection: polyfill.RTCPeerConnection as unknown as typeof RTCPeerConnection,
  iceServers: [],
  extra: { bindAddress: '127.0.0.1' },
};
const me = (name: string) => ({ personId: name, name, colour: '#2f7f8f' });

it('pairing codes and time to connect', async () => {
  const board = new Y.Doc();
  initBoard(board, {
    title: 'Sam & Alex, spring sessions',
    kind: 'partners',
    createdAt: 1_763_776_000_000,
    createdBy: `k${'a'.repeat(32)}`,
  });
  for (let i = 0; i < 1000; i++)
    addItem(board, { section: 'boundary', author: 'sam', now: i, text: `Item ${i}: I need us to check in before plans change.` });
  const sizes: { offer: number; reply: number }[] = [];
  const connect: number[] = [];
  const whole: number[] = [];
  for (let round = 0; round < 10; round++) {
    const offer = await offerPairing(
      env,
      { title: 'Sam & Alex, spring sessions', role: 'partner', inviter: `k${'a'.repeat(32)}`, uid: `k${'a'.repeat(32)}:1763776000000` },
      Date.now(),
    );
    const parsed = parseOffer(offer.code, Date.now());
    if (!parsed.ok) throw new Error(parsed.error);
    const answer = await answerPairing(env, parsed.value);
    if (!answer.ok) throw new Error(answer.error);
    sizes.push({ offer: offer.code.length, reply: answer.value.replyCode.length });
    const started = performance.now();
    await offer.accept(answer.value.replyCode, Date.now());
    const [a, b] = await Promise.all([offer.opened, answer.value.opened]);
    connect.push(performance.now() - started);
    const copy = new Y.Doc();
    const opened = performance.now();
    const links = [linkBoard(board, a, me('Sam')), linkBoard(copy, b, me('Alex'))];
    while (readItems(copy).length < 1000) await new Promise((resolve) => setTimeout(resolve, 5));
    whole.push(performance.now() - opened);
    await Promise.all(links.map((link) => link.destroy()));
    copy.destroy();
  }
  const offers = sizes.map((s) => s.offer);
  const replies = sizes.map((s) => s.reply);
  process.stdout.write(
    `pairing: code ${Math.min(...offers)}-${Math.max(...offers)} characters, reply ${Math.min(...replies)}-${Math.max(...replies)} (one loopback candidate each); ` +
      `second paste to open channel median ${fmt(median(connect))} ms (max ${fmt(Math.max(...connect))}); ` +
      `a 1,000-item board whole on the other side median ${fmt(median(whole))} ms, over 10 pairings\n`,
  );
}, 120_000);
