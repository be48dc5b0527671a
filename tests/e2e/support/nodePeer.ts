/**
 * One board peer as a Node process (bundled by tests/e2e/nodePeers.test.ts):
 * our real connectBoard over y-webrtc, with node-datachannel as WebRTC.
 * y-webrtc keeps one room registry per process, so each peer needs its own.
 * Commands on stdin, one per line; answers on stdout:
 *   edit N   -> N seeded random edits, then "edited"
 *   report   -> "state <json of the items>"
 *   status   -> "status <kind> <peer count>"
 *   quit     -> disconnect and exit
 * argv: signalingUrl room secret name seed
 */
import * as polyfill from 'node-datachannel/polyfill';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addItem, deleteItem, moveItem, setItemText } from '../../../lib/board/actions';
import { SECTIONS } from '../../../lib/board/format';
import { readItems } from '../../../lib/board/read';
import { connectBoard } from '../../../lib/sync/boardConnection';
import { seeded } from '../../support/random';

// Node 20 has no WebSocket global; y-webrtc's signaling client needs one.
(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;

/** simple-peer mutates offers and answers: node-datachannel's must be plain objects. */
class PlainPeerConnection extends polyfill.RTCPeerConnection {
  override async createOffer() {
    const offer = await super.createOffer();
    return { type: offer.type, sdp: offer.sdp } as RTCSessionDescriptionInit;
  }
  override async createAnswer() {
    const answer = await super.createAnswer();
    return { type: answer.type, sdp: answer.sdp } as RTCSessionDescriptionInit;
  }
}

const [signalingUrl = '', room = '', secret = '', name = 'peer', seedText = '1'] = process.argv.slice(2);
const rng = seeded(Number(seedText));
const doc = new Y.Doc();
const connection = await connectBoard(
  doc,
  { room, secret },
  { signaling: [signalingUrl], iceServers: [] },
  { personId: name, name, colour: '#2f7f8f' },
  (reason) => console.error(`${name}: ignored ${reason}`),
  {
    wrtc: { RTCPeerConnection: PlainPeerConnection, RTCSessionDescription: polyfill.RTCSessionDescription, RTCIceCandidate: polyfill.RTCIceCandidate },
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
  } else if (command === 'quit') {
    await connection.destroy();
    doc.destroy();
    process.exit(0);
  }
}
