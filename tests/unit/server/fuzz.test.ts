import { afterAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { seeded } from '@/tests/support/random';
import { connect, roundTrip, startServer, waitFor, type Client, type Json, type Running } from '@/tests/support/signalingServer';

/**
 * At least 10,000 random and hostile frames from several sockets at once
 * (bad JSON, wrong types, huge topic lists, oversize and binary frames, bad
 * UTF-8, floods, publishes of garbage into the pair's own room, abrupt
 * disconnects), while two honest clients in one room keep exchanging
 * signals: every one of theirs must arrive, in order, and the server must
 * end up serving, with nothing left of the attackers. The seed is printed;
 * FUZZ_SEED=<seed> replays the same frames.
 */
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const FRAMES = 10_000;
/** Sockets sending varied hostile frames, one at a time; one more floods. */
const ATTACKERS = 5;
const VARIED = 6_000;
const ROOM = 'cg-fuzz-room';

let running: Running | undefined;
afterAll(() => running?.stop());

type Rng = ReturnType<typeof seeded>;
const randomText = (rng: Rng, length: number) => String.fromCharCode(...Array.from({ length }, () => 32 + rng.int(95)));
const randomTopic = (rng: Rng) => (rng.int(10) === 0 ? ROOM : `t${rng.int(200)}`);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const oddValue = (rng: Rng): unknown =>
  rng.pick([null, 0, -1, 1e308, true, '', 'x', [], {}, [null], { length: 3 }, ['a', 1], randomText(rng, 20)]);

/** One hostile frame: a string or Buffer to send, how (text or binary), and its kind (for the figures). */
function hostileFrame(rng: Rng): { kind: string; data: string | Buffer; binary?: boolean } {
  switch (rng.int(15)) {
    case 0:
      return { kind: 'garbage', data: randomText(rng, 1 + rng.int(200)) };
    case 1:
      return {
        kind: 'bad json',
        data: rng.pick(['{', '{"type":', '[', 'nul', '"', '{"type":"subscribe","topics":[', '{"type":"ping"}}', 'hello', '']),
      };
    case 2:
      return { kind: 'not an object', data: JSON.stringify(oddValue(rng)) };
    case 3:
      return {
        kind: 'wrong type',
        data: JSON.stringify({
          type: rng.pick([oddValue(rng), 'pong', '__proto__', 'constructor', 'PUBLISH', 'subscribe ']),
          topics: [ROOM],
          topic: ROOM,
        }),
      };
    case 4:
      return {
        kind: 'bad topics',
        data: JSON.stringify({
          type: rng.pick(['subscribe', 'unsubscribe']),
          topics: rng.pick([oddValue(rng), [oddValue(rng), ROOM], ['x'.repeat(300)], [''], [[ROOM]]]),
        }),
      };
    case 5: {
      const count = rng.pick([65, 500, 5000]);
      return {
        kind: 'huge topic list',
        data: JSON.stringify({ type: 'subscribe', topics: Array.from({ length: count }, (_, i) => `h${i}`) }),
      };
    }
    case 6:
      return { kind: 'bad publish', data: JSON.stringify({ type: 'publish', topic: oddValue(rng), data: 'x' }) };
    case 7:
      return {
        kind: 'garbage into the room',
        data: rng.pick([
          JSON.stringify({ type: 'publish', topic: ROOM, data: randomText(rng, 100), clients: 'lots' }),
          `{"type":"publish","topic":"${ROOM}","data":${nested(5000)}}`,
          `{"type":"publish","topic":"${ROOM}","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}`,
          JSON.stringify({ type: 'publish', topic: ROOM, data: { from: 'alex', seq: -1 } }),
        ]),
      };
    case 8:
      return { kind: 'binary', data: Buffer.from(JSON.stringify({ type: 'subscribe', topics: [ROOM] })), binary: true };
    case 9:
      return { kind: 'oversize', data: 'x'.repeat(64 * 1024 + 1 + rng.int(100_000)) };
    case 10:
      return { kind: 'bad utf-8', data: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), binary: false };
    case 11:
      return { kind: 'disconnect', data: '' };
    default:
      return {
        kind: 'valid',
        data: JSON.stringify(
          rng.pick([
            { type: 'subscribe', topics: [randomTopic(rng), randomTopic(rng)] },
            { type: 'unsubscribe', topics: [randomTopic(rng)] },
            { type: 'publish', topic: randomTopic(rng), data: randomText(rng, 50) },
            { type: 'ping' },
          ]),
        ),
      };
  }
}

const sendOn = (ws: WebSocket, data: string | Buffer, binary?: boolean) =>
  new Promise<void>((resolve) => ws.send(data, binary === undefined ? {} : { binary }, () => resolve()));

it('stays up and keeps relaying an honest pair through 10,000 hostile frames', { timeout: 60_000 }, async () => {
  console.log(`signaling fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
  const rng = seeded(seed);
  running = await startServer({ maxPerIp: 64, rate: 1000, burst: 200, overLimitClose: 0.2 });
  const { url, server } = running;
  const started = Date.now();

  // The honest pair: each publishes a numbered signal every 10 ms, throughout.
  const [alex, sam] = await Promise.all([connect(url), connect(url)]);
  for (const client of [alex, sam]) client.send({ type: 'subscribe', topics: [ROOM] });
  await Promise.all([roundTrip(alex), roundTrip(sam)]);
  const sent = { alex: 0, sam: 0 };
  let hostileDone = false;
  const pair = (async () => {
    while (!hostileDone || sent.alex < 100) {
      alex.send({ type: 'publish', topic: ROOM, data: { pair: true, from: 'alex', seq: sent.alex++ } });
      sam.send({ type: 'publish', topic: ROOM, data: { pair: true, from: 'sam', seq: sent.sam++ } });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();

  // The attackers.
  const kinds = new Map<string, number>();
  let frames = 0;
  let reconnects = 0;
  // Frames the server read from the attackers (not counting the pair's); a
  // frame sent after the server closed that socket never arrives.
  const fromAttackers = () => server.metrics.received - (sent.alex + sent.sam + 4);
  let varied = 0;
  const count = (kind: string, n = 1) => {
    kinds.set(kind, (kinds.get(kind) ?? 0) + n);
    frames += n;
  };
  const reopen = async (client: Client) => {
    if (client.ws.readyState === WebSocket.OPEN) return client;
    client.ws.terminate();
    reconnects++;
    return connect(url);
  };
  let attacking = true;
  const attacker = async () => {
    let client: Client = await connect(url);
    while (varied < VARIED || fromAttackers() < FRAMES) {
      client = await reopen(client);
      const frame = hostileFrame(rng);
      count(frame.kind);
      varied++;
      if (frame.kind === 'disconnect') client.ws.terminate();
      else await sendOn(client.ws, frame.data, frame.binary);
    }
    client.ws.terminate();
  };
  // Bursts of tiny frames as fast as the socket takes them: over the rate, dropped, then closed.
  // It keeps to about as many frames as the varied attackers have sent, or it would be all there is.
  let flooded = 0;
  const flooder = async () => {
    let client: Client = await connect(url);
    while (attacking) {
      if (flooded > varied) {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      client = await reopen(client);
      const data = rng.pick(['{"type":"ping"}', 'x', `{"type":"publish","topic":"${ROOM}"}`]);
      const burst = 20 + rng.int(180);
      for (let i = 1; i < burst; i++) client.ws.send(data);
      count('flood', burst);
      flooded += burst;
      await sendOn(client.ws, data);
    }
    client.ws.terminate();
  };
  const flooding = flooder();
  await Promise.all(Array.from({ length: ATTACKERS }, attacker));
  attacking = false;
  await flooding;
  hostileDone = true;
  const attackerFrames = fromAttackers();
  expect(attackerFrames).toBeGreaterThanOrEqual(FRAMES);
  const hostileSeconds = (Date.now() - started) / 1000;
  await pair;

  // Every honest signal arrived, once and in order, on the other side.
  const honest = (client: Client, from: string) =>
    client.received
      .filter((m) => (m.data as Json | undefined)?.pair === true && (m.data as Json).from === from)
      .map((m) => (m.data as Json).seq);
  await waitFor(() => honest(sam, 'alex').length === sent.alex && honest(alex, 'sam').length === sent.sam, 'every honest signal', 10_000);
  expect(honest(sam, 'alex')).toEqual(Array.from({ length: sent.alex }, (_, i) => i));
  expect(honest(alex, 'sam')).toEqual(Array.from({ length: sent.sam }, (_, i) => i));

  // Still up, and nothing of the attackers left behind.
  const late = await connect(url);
  await roundTrip(late);
  late.ws.terminate();
  await waitFor(() => server.state().connections === 2, 'the attackers to be let go');
  expect(server.state()).toMatchObject({ topics: 1, subscriptions: 2 });
  expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
  const dropped = Object.fromEntries(server.metrics.dropped);
  expect(dropped.internal).toBe(0);
  expect(server.metrics.closed.get('rate')).toBeGreaterThan(0);
  for (const reason of ['json', 'not_object', 'type', 'topics', 'topics_too_many', 'topic', 'binary', 'too_large', 'invalid_frame']) {
    expect(dropped[reason], reason).toBeGreaterThan(0);
  }

  console.log(
    [
      `signaling fuzz (seed ${seed}): ${frames} hostile frames sent from ${ATTACKERS + 1} sockets (${varied} varied, the rest floods), ${attackerFrames} read by the server, in ${hostileSeconds.toFixed(1)} s (${reconnects} reconnects)`,
      `  kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`,
      `  server received ${server.metrics.received}, relayed ${server.metrics.relayed}; closed ${JSON.stringify(Object.fromEntries(server.metrics.closed))}`,
      `  dropped: ${Object.entries(dropped)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
      `  honest pair: ${sent.alex} + ${sent.sam} signals, all delivered in order`,
    ].join('\n'),
  );
  await Promise.all([alex.close(), sam.close()]);
});
