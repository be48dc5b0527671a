// `npm run board-peer -- '<invite code>' [--watch] [--append TEXT] [--signaling URL] [--stun URL | --no-stun] [--local]`
//
// A worked example of another program joining a Common Ground board
// (docs/interop.md), written with nothing but upstream yjs and y-webrtc (plus
// a WebRTC implementation for Node and a WebSocket, which browsers have
// built in). No code of the extension is used: everything it needs is in
// the invite format (docs/invite-format.md) and the board format
// (docs/board-format.md).
//
// It joins the board's room, waits until a peer has sent it the board,
// prints the board as Markdown and exits. --watch keeps printing it after
// every change. --append TEXT adds TEXT at the end of the board's first
// item, as a character edit (the panel shows it like anyone's typing).
// --local binds WebRTC to 127.0.0.1 and uses no STUN server (tests).
//
// What it does not do: it has no device key, so it never agrees or votes,
// its presence shows as an "unconfirmed visitor", and it prints the board's
// words without checking whose agreements count (docs/interop.md says how).
import { createHash } from 'node:crypto';
import * as polyfill from 'node-datachannel/polyfill';
import { WebSocket } from 'ws';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const valued = new Set(['append', 'signaling', 'stun']);
const positional = args.filter((arg, i) => !arg.startsWith('--') && !(i > 0 && valued.has(args[i - 1].slice(2))));

function fail(message) {
  process.stderr.write(`board-peer: ${message}\n`);
  process.exit(2);
}

/**
 * The invite code's fields (docs/invite-format.md): `CG2-` and packed bytes,
 * or the first format, `CG1-` and base64url JSON. Whitespace is ignored.
 * Returns { r: room, s: secret, g?: signaling servers }, as the JSON has them.
 */
function readInvite(text) {
  const match = /CG([12])-([A-Za-z0-9_-]+)/.exec((text ?? '').replace(/\s+/g, ''));
  if (!match) fail('give an invite code (it starts with CG2- or CG1-)');
  const bytes = Buffer.from(match[2], 'base64url');
  if (match[1] === '1') {
    let invite;
    try {
      invite = JSON.parse(bytes.toString('utf8'));
    } catch {
      fail('that invite code does not decode; copy it again');
    }
    if (invite.v !== 1 || typeof invite.r !== 'string' || typeof invite.s !== 'string') fail('that is not a version 1 invite code');
    return invite;
  }
  // Version 2: flags, secret, [room], [fingerprint], [board key], [signaling], title, 3-byte SHA-256 checksum.
  const body = bytes.subarray(0, -3);
  if (bytes.length < 21 || !createHash('sha256').update(body).digest().subarray(0, 3).equals(bytes.subarray(-3))) {
    fail('that invite code is incomplete or damaged; copy it again');
  }
  let at = 0;
  const take = (n) => body.subarray(at, (at += n));
  const varUint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = body[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const flags = take(1)[0];
  const secret = take(16);
  const room = flags & 0b100 ? take(16).toString('base64url') : roomOfSecret(secret);
  if (flags & 0b1000) take(16); // the inviter's key fingerprint: this peer checks no signatures
  if (flags & 0b10000) take(8); // the board's key
  const server = () => {
    const kind = take(1)[0];
    if (kind === 2 || kind === 3) {
      const [a, b, c, d, low, high] = take(6);
      return `${kind === 3 ? 'wss' : 'ws'}://${a}.${b}.${c}.${d}:${low + high * 256}`;
    }
    const text = take(varUint()).toString('utf8');
    return kind === 1 ? `wss://${text}` : kind === 0 ? `ws://${text}` : text;
  };
  const g = flags & 0b100000 ? Array.from({ length: varUint() }, server) : undefined;
  return { r: room, s: secret.toString('base64url'), ...(g ? { g } : {}) };
}

/** The room of a version 2 code: the first 16 bytes of SHA-256 over a label and the secret's bytes. */
const roomOfSecret = (secret) =>
  createHash('sha256')
    .update(Buffer.concat([Buffer.from('common-ground room v2:'), secret]))
    .digest()
    .subarray(0, 16)
    .toString('base64url');

const invite = readInvite(positional[0]);
const local = flag('local');
const signaling = option('signaling') ? [option('signaling')] : Array.isArray(invite.g) ? invite.g : ['wss://y-webrtc-eu.fly.dev'];
const iceServers = local || flag('no-stun') ? [] : [{ urls: option('stun') ?? 'stun:stun.l.google.com:19302' }];

// Node has no WebSocket global before Node 22; y-webrtc's signaling client needs one.
globalThis.WebSocket ??= WebSocket;

/** simple-peer rewrites offers and answers: node-datachannel's must be plain objects. */
class PlainPeerConnection extends polyfill.RTCPeerConnection {
  async createOffer() {
    const offer = await super.createOffer();
    return { type: offer.type, sdp: offer.sdp };
  }
  async createAnswer() {
    const answer = await super.createAnswer();
    return { type: answer.type, sdp: answer.sdp };
  }
}

const doc = new Y.Doc();
const provider = new WebrtcProvider(invite.r, doc, {
  signaling,
  password: invite.s,
  peerOpts: {
    wrtc: {
      RTCPeerConnection: PlainPeerConnection,
      RTCSessionDescription: polyfill.RTCSessionDescription,
      RTCIceCandidate: polyfill.RTCIceCandidate,
    },
    config: { iceServers, ...(local ? { bindAddress: '127.0.0.1' } : {}) },
  },
});
provider.awareness.setLocalStateField('name', 'board-peer');

const SECTIONS = [
  ['boundary', 'Boundaries'],
  ['expectation', 'Expectations'],
  ['celebration', 'Celebrations'],
  ['support', 'Support'],
];

/** The board's items in board order: by section, then `order`, then id (docs/board-format.md). Anything malformed is skipped. */
function items() {
  const list = [];
  doc.getMap('items').forEach((item, id) => {
    if (!(item instanceof Y.Map)) return;
    const text = item.get('text');
    const section = item.get('section');
    const order = item.get('order');
    if (!(text instanceof Y.Text) || typeof section !== 'string' || typeof order !== 'string') return;
    list.push({ id, section, order, item, text });
  });
  const rank = (section) => SECTIONS.findIndex(([name]) => name === section);
  const compare = (a, b) => rank(a.section) - rank(b.section) || (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1);
  return list.filter((entry) => rank(entry.section) >= 0).sort(compare);
}

function markdown() {
  const title = doc.getMap('meta').get('title');
  const lines = [`# ${typeof title === 'string' ? title : 'Untitled board'}`];
  const all = items();
  for (const [section, heading] of SECTIONS) {
    const mine = all.filter((entry) => entry.section === section);
    if (mine.length === 0) continue;
    lines.push('', `## ${heading}`, '');
    for (const { text } of mine) lines.push(`- ${text.toString().slice(0, 4000).replace(/\n/g, ' ')}`);
  }
  return lines.join('\n');
}

const hasBoard = () => typeof doc.getMap('meta').get('title') === 'string';
let printed = '';
function print() {
  const text = markdown();
  if (text === printed) return;
  printed = text;
  process.stdout.write(`${text}\n\n`);
}

let done = false;
async function finish(code = 0) {
  if (done) return;
  done = true;
  provider.destroy();
  doc.destroy();
  // y-webrtc closes its sockets asynchronously; give it a moment, then leave.
  setTimeout(() => process.exit(code), 200).unref();
}
process.on('SIGINT', () => void finish(0));
process.on('SIGTERM', () => void finish(0));

// Synced: y-webrtc says so once every connected peer has sent its state.
provider.on('synced', ({ synced }) => {
  if (!synced || !hasBoard() || done) return;
  const append = option('append');
  const [first] = items();
  if (append && first) {
    doc.transact(() => first.text.insert(first.text.length, append), 'board-peer');
    process.stderr.write(`board-peer: appended to "${first.text.toString().slice(0, 40)}…"\n`);
  }
  print();
  if (!flag('watch')) {
    // Let the appended edit reach the peers before leaving.
    setTimeout(() => void finish(0), append ? 1500 : 0);
  }
});
if (flag('watch')) doc.on('update', () => hasBoard() && print());
