/**
 * One board peer as a Node process (bundled by tests/e2e/nodePeers.test.ts):
 * our real connectBoard over y-webrtc, with node-datachannel as WebRTC.
 * y-webrtc keeps one room registry per process, so each peer needs its own.
 * Commands on stdin, one per line; answers on stdout:
 *   edit N   -> N seeded random edits, then "edited"
 *   report   -> "state <json of the items>"
 *   status   -> "status <kind> <peer count>"
 *   hostile  -> sends every attack of hostile() below, then "attacked <cases>"
 *   wire A   -> sends the raw updates of attack A (wireAttacks.ts), then "wired <messages>"
 *   put T    -> sets the board's first item to the text T, then "put T <when>" (when: just before the edit)
 *   when T   -> "when T <when>" once the first item has held T here (at once if it has); T has no spaces
 *   clock    -> "clock <now>";  cpu -> "cpu <ms of CPU this process used>"
 *   (times: performance.timeOrigin + performance.now(), the machine's clock as pages read it; bench/group.measure.ts)
 *   quit     -> disconnect and exit
 * argv: signalingUrl room secret name seed [lose-first-ask]
 *   lose-first-ask: each connection's first sync step 1 this peer sends is
 *   dropped, as a browser drops what reaches a channel it has not yet seen
 *   open (lib/sync/holdUntilHeard.ts); a stock y-webrtc peer that answers
 *   a connection can lose it so.
 */
import { createInterface } from 'node:readline';
import Peer from 'simple-peer/simplepeer.min.js';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addItem, deleteItem, moveItem, setItemText } from '@/lib/board/actions';
import { SECTIONS } from '@/lib/board/format';
import { readItems } from '@/lib/board/read';
import { textHash } from '@/lib/board/agreement/consent';
import { connectBoard } from '@/lib/sync/room/boardConnection';
import { replayAttack } from '@/tests/e2e/support/replayAttack';
import { seeded } from '@/tests/support/random';
import { nodeWrtc } from '@/tests/support/nodeWebrtc';
import { sendWireAttack } from '@/tests/e2e/support/wireAttacks';

// Node 20 has no WebSocket global; y-webrtc's signaling client needs one.
(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;

const [signalingUrl = '', room = '', secret = '', name = 'peer', seedText = '1', lose = ''] = process.argv.slice(2);
if (lose === 'lose-first-ask') {
  // Below the connection's own wrappers (chunking, screening): the stock simple-peer y-webrtc uses in Node.
  const proto = Peer.prototype;
  const send = proto.send;
  const asked = new WeakSet<object>();
  proto.send = function (this: object, data: Uint8Array) {
    if (data[0] === 0 && data[1] === 0 && !asked.has(this)) return void asked.add(this);
    send.call(this, data);
  };
}
const rng = seeded(Number(seedText));
const doc = new Y.Doc();
const connection = await connectBoard(
  doc,
  { room, secret },
  { signaling: [signalingUrl], iceServers: [] },
  { personId: name, name, colour: '#2f7f8f' },
  (reason) => console.error(`${name}: ignored ${reason}`),
  {
    wrtc: nodeWrtc,
    config: { bindAddress: '127.0.0.1' },
  },
);

let counter = 0;
function randomEdit() {
  const items = readItems(doc);
  const roll = rng.next();
  if (roll < 0.4 || items.length === 0) {
    addItem(doc, { section: rng.pick(SECTIONS), author: name, now: Date.now(), text: `${name} ${counter++}` });
  } else if (roll < 0.7) {
    const item = rng.pick(items);
    const at = rng.int(item.text.length + 1);
    setItemText(doc, item.id, `${item.text.slice(0, at)}${name[0]}${item.text.slice(at)}`, Date.now());
  } else if (roll < 0.9) {
    moveItem(doc, rng.pick(items).id, rng.int(items.length));
  } else {
    deleteItem(doc, rng.pick(items).id);
  }
}

/**
 * What a peer with the invite code could send (tests/e2e/hostile.test.ts):
 * bytes that are not a Yjs update, a cut-off one, one over the size cap
 * (sent as if they were this doc's own updates, so y-webrtc relays them),
 * and well-formed updates with values of the wrong type, markup, a huge
 * text, thousands of items, and more items than a board may hold. Returns
 * the number of cases tried.
 */
function hostile(): number {
  const cases: (() => void)[] = [];
  const fake = (update: Uint8Array) => () => doc.emit('update', [update, 'hostile', doc, null as never]);
  for (let i = 0; i < 5; i++) cases.push(fake(Uint8Array.from({ length: 50 + rng.int(500) }, () => rng.int(256))));
  const scratch = new Y.Doc();
  addItem(scratch, { section: 'boundary', author: 'mallory', now: 1, text: 'A real item, cut in half on the way' });
  const real = Y.encodeStateAsUpdate(scratch);
  cases.push(fake(real.slice(0, real.length >> 1)));
  cases.push(fake(new Uint8Array(17 * 1024 * 1024).fill(7)));
  const items = doc.getMap<unknown>('items');
  const weird = (key: string, make: () => unknown) => () => doc.transact(() => items.set(key, make()));
  cases.push(weird('not-a-map', () => 'a string where an item should be'));
  cases.push(weird('number-section', () => new Y.Map(Object.entries({ section: 42, text: new Y.Text('x'), order: 'a0' }))));
  cases.push(weird('string-text', () => new Y.Map(Object.entries({ section: 'boundary', text: 'plain string', order: 'a0' }))));
  cases.push(weird('array-order', () => new Y.Map(Object.entries({ section: 'boundary', text: new Y.Text('y'), order: [1, 2] }))));
  cases.push(() => doc.getMap('meta').set('title', 12345));
  cases.push(() => doc.getMap('meta').set('revisitEveryDays', 'often'));
  cases.push(() => doc.getMap<unknown>('people').set('mallory', 'not a person'));
  cases.push(() => doc.getMap<unknown>('consent').set('garbage', { textHash: 1, text: null, at: 'now' }));
  cases.push(() => doc.getMap<unknown>('checkIns').set('mallory:x', { score: 99, at: 1 }));
  cases.push(() => doc.getMap<unknown>('reactions').set('x:mallory', '<b>boo</b>'));
  cases.push(() => doc.getMap<unknown>('roleVotes').set('a|boss|b', 1));
  for (const markup of [
    '<img src=x onerror="document.title=\'pwned\'">',
    '<script>document.title="pwned"</script>',
    '[link](javascript:alert(1))',
  ]) {
    cases.push(() => addItem(doc, { section: 'expectation', author: 'mallory', now: 2, text: markup }));
  }
  cases.push(() => {
    const person = new Y.Map<unknown>(
      Object.entries({ name: '<b onmouseover="document.title=\'pwned\'">Mallory</b>', joinedAt: 3, role: 'partner' }),
    );
    doc.getMap<unknown>('people').set('mallory-markup', person);
  });
  // Long, but within what the board's items could hold in all: taken in, then cut back to 4,000.
  cases.push(() =>
    doc.transact(() =>
      items.set('huge', new Y.Map(Object.entries({ section: 'support', text: new Y.Text('x'.repeat(20_000)), order: 'zz' }))),
    ),
  );
  cases.push(() => {
    doc.transact(() => {
      for (let i = 0; i < 5_000; i++) {
        items.set(
          `flood-${i}`,
          new Y.Map(Object.entries({ section: 'celebration', text: new Y.Text(`flood ${i}`), order: `a${String(i).padStart(5, '0')}` })),
        );
      }
    });
  });
  // Forged identity: agreements and role votes in everyone's name (made-up
  // signatures), and the board's people rewritten to be observers with
  // Mallory's key. Without signature checks, every item would read
  // "Agreed by everyone" and Sam would lose the Agree button.
  const people = [...doc.getMap<unknown>('people').keys()];
  const forged = 'A'.repeat(86);
  cases.push(() =>
    doc.transact(() => {
      for (const [itemId, item] of items) {
        if (itemId.startsWith('flood-') || !(item instanceof Y.Map) || !(item.get('text') instanceof Y.Text)) continue;
        const text = (item.get('text') as Y.Text).toString();
        for (const personId of people)
          doc.getMap<unknown>('consent').set(`${itemId}:${personId}`, { textHash: textHash(text), text, at: 5, sig: forged });
      }
    }),
  );
  cases.push(() =>
    doc.transact(() => {
      for (const subject of people) {
        for (const voter of people) doc.getMap<unknown>('roleVotes').set(`${subject}|observer|${voter}`, { at: 6, sig: forged });
      }
    }),
  );
  cases.push(() =>
    doc.transact(() => {
      for (const personId of people) {
        const person = doc.getMap<unknown>('people').get(personId);
        if (person instanceof Y.Map) {
          person.set('role', 'observer');
          person.set('key', 'ed25519:' + 'B'.repeat(43));
          person.set('sig', forged);
        }
      }
    }),
  );
  // Last, because every later change of this client builds on it: more items than a board may hold, refused whole.
  cases.push(() =>
    doc.transact(() => {
      for (let i = 0; i < 6_000; i++)
        items.set(`over-${i}`, new Y.Map(Object.entries({ section: 'support', text: new Y.Text(`over ${i}`), order: 'zz' })));
    }),
  );
  for (const attack of cases) attack();
  return cases.length;
}

/**
 * For bench/group.measure.ts: when this peer first held each text of the
 * board's first item. Off until the first put or when, so other tests pay
 * nothing for it.
 */
const clock = () => performance.timeOrigin + performance.now();
const heldAt = new Map<string, number>();
const awaiting = new Map<string, ((at: number) => void)[]>();
let tracking = false;
function noteFirstText() {
  const text = readItems(doc)[0]?.text;
  if (text === undefined || heldAt.has(text)) return;
  const at = clock();
  heldAt.set(text, at);
  for (const resolve of awaiting.get(text) ?? []) resolve(at);
  awaiting.delete(text);
}
function track() {
  if (tracking) return;
  tracking = true;
  doc.on('afterTransaction', noteFirstText);
  noteFirstText();
}
function put(text: string): number {
  track();
  const item = readItems(doc)[0];
  if (!item) return NaN;
  const at = clock();
  setItemText(doc, item.id, text, Date.now());
  return at;
}
function when(text: string): Promise<number> {
  track();
  const at = heldAt.get(text);
  if (at !== undefined) return Promise.resolve(at);
  return new Promise((resolve) => awaiting.set(text, [...(awaiting.get(text) ?? []), resolve]));
}

const say = (line: string) => process.stdout.write(`${line}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const [command, arg] = line.trim().split(' ');
  if (command === 'edit') {
    for (let i = 0; i < Number(arg); i++) randomEdit();
    say('edited');
  } else if (command === 'report') {
    say(`state ${JSON.stringify(readItems(doc).map((item) => [item.id, item.section, item.order, item.text]))}`);
  } else if (command === 'status') {
    const status = connection.status();
    say(`status ${status.kind} ${status.kind === 'connected' ? status.count : 0}`);
  } else if (command === 'hostile') {
    say(`attacked ${hostile()}`);
  } else if (command === 'replay') {
    say(`replay ${replayAttack(doc, arg ?? '')}`);
  } else if (command === 'wire') {
    say(`wired ${sendWireAttack(doc, arg ?? '')}`);
  } else if (command === 'put') {
    say(`put ${arg} ${put(arg ?? '')}`);
  } else if (command === 'when') {
    void when(arg ?? '').then((at) => say(`when ${arg} ${at}`));
  } else if (command === 'clock') {
    say(`clock ${clock()}`);
  } else if (command === 'cpu') {
    const { user, system } = process.cpuUsage();
    say(`cpu ${(user + system) / 1000}`);
  } else if (command === 'quit') {
    await connection.destroy();
    doc.destroy();
    process.exit(0);
  }
}
