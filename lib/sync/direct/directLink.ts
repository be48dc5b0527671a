import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { writeSyncStep1, writeSyncStep2, writeUpdate } from 'y-protocols/sync';
import type * as Y from 'yjs';
import type { Me } from '@/lib/sync/room/boardConnection';
import { makeJoiner, splitMessage } from '@/lib/sync/room/chunking';
import { makeGate } from '@/lib/sync/receive/gate';
import { connectionState, type BoardConnection } from '@/lib/sync/presence';
import { holdUntilHeard } from '@/lib/sync/holdUntilHeard';
import { connectionStatus } from '@/lib/sync/connectionStatus';
import { MESSAGE, SYNC as SYNC_STEP, makeScreen } from '@/lib/sync/receive/screen';

/** The same two message kinds y-webrtc uses: Yjs sync, and awareness (presence). */
const SYNC = MESSAGE.sync;
const AWARENESS = MESSAGE.awareness;
/** The one peer at the other end; it also names this device in presence proofs (presenceProof.ts). */
const PEER = 'direct';
/** How often to re-read who is here: a partner's key becomes known (and their presence provable) once their entry syncs. */
const POLL_MS = 1000;

/** The part of an RTCDataChannel the link uses (a browser's, or node-datachannel's in Node tests). */
export interface DataChannelLike {
  readonly readyState: string;
  binaryType: string;
  send(data: Uint8Array<ArrayBuffer>): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close' | 'open', listener: () => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'close' | 'open', listener: () => void): void;
}

export interface DirectLink extends BoardConnection {
  /** The confirmation words both people compare aloud (confirmPhrase.ts). */
  readonly phrase: string;
}

/**
 * A board's doc, synced over one data channel that was set up by pasting
 * pairing codes (pairing.ts), with no signaling server. It speaks the same
 * Yjs sync and awareness messages as y-webrtc, chunked the same way
 * (chunking.ts), so everything from "Together, live" works over it. Remote
 * updates carry the link as their transaction origin, so undo never tracks
 * them. `destroy()` closes the channel and the peer connection and drops
 * every listener.
 */
export function linkBoard(
  doc: Y.Doc,
  {
    channel,
    close: closeConnection,
    phrase,
    takeEarly,
    answering = false,
  }: {
    channel: DataChannelLike;
    close: () => void;
    phrase: string;
    takeEarly?: () => unknown[];
    /** This end did not make the channel: it is heard only once the other end has spoken (holdUntilHeard.ts). */
    answering?: boolean;
  },
  me: Me,
  onPeerProblem: (reason: string) => void = (reason) => console.warn('Common Ground: ignored data from a peer:', reason),
): DirectLink {
  const awareness = new Awareness(doc);
  const { identity, ...presence } = me;
  const state = connectionState(
    awareness,
    presence,
    channel.readyState === 'open' ? { kind: 'connected', names: [], count: 1, visitors: 0 } : { kind: 'connecting' },
    { identity, selfPeer: () => PEER, onProved: () => refresh() },
  );
  let nextId = 1;
  const join = makeJoiner();

  const outgoing = holdUntilHeard((message) => {
    if (channel.readyState !== 'open') return;
    try {
      for (const frame of splitMessage(message, nextId++ >>> 0)) channel.send(frame as Uint8Array<ArrayBuffer>);
    } catch (error) {
      // A closing channel throws; the close event tells the person.
      console.warn('Common Ground: could not send over the direct connection', error);
    }
  }, answering);
  const send = outgoing.send;
  const problem = (reason: string) => {
    onPeerProblem(reason);
    state.refuse(PEER);
  };
  // Updates from the other end carry this origin: undo never tracks them, and they are not sent back.
  const fromPeer = { direct: PEER };
  const gate = makeGate(doc, {
    origin: fromPeer,
    onRefused: (_peer, reason) => problem(reason),
    onOverBudget() {
      problem('more changes, faster, than any person makes (disconnected)');
      channel.close();
    },
  });
  const screen = makeScreen({
    gate,
    screenAwareness: (peer, update) => state.guard.screen(peer, update),
    onRefused: (_peer, reason) => problem(reason),
  });

  const refresh = () => {
    const others = state.readOthers();
    state.others.set(others);
    if (channel.readyState === 'open') {
      // One peer, the channel's other end: the same reading of who is there as a room's.
      state.status.set(
        connectionStatus({
          browserOnline: true,
          signaling: [],
          peersConnected: 1,
          peerNames: others.map((other) => other.name),
          visitors: state.visitors.get(),
          kept: state.kept(),
        }),
      );
    }
  };

  const onMessage = ({ data }: { data: unknown }) => {
    outgoing.heard();
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
    if (!bytes) return problem('a message that is not binary');
    const joined = join(bytes);
    if (joined.kind === 'invalid') return problem(joined.reason);
    if (joined.kind !== 'message') return;
    const passed = screen(PEER, joined.message);
    if (!passed) return;
    // The screen applied any update itself; what is left is a state vector to answer, or presence.
    const decoder = decoding.createDecoder(passed);
    const kind = decoding.readVarUint(decoder);
    if (kind === SYNC && decoding.readVarUint(decoder) === SYNC_STEP.step1) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, SYNC);
      try {
        writeSyncStep2(reply, doc, decoding.readVarUint8Array(decoder));
      } catch {
        return problem('a sync request that could not be read');
      }
      send(encoding.toUint8Array(reply));
    } else if (kind === AWARENESS) {
      applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), link);
    }
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === fromPeer) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    writeUpdate(encoder, update);
    send(encoding.toUint8Array(encoder));
  };
  const onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin !== link) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, AWARENESS);
      encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]));
      send(encoding.toUint8Array(encoder));
    }
    refresh();
  };
  const greet = () => {
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, SYNC);
    writeSyncStep1(step1, doc);
    send(encoding.toUint8Array(step1));
    const presence = encoding.createEncoder();
    encoding.writeVarUint(presence, AWARENESS);
    encoding.writeVarUint8Array(presence, encodeAwarenessUpdate(awareness, [awareness.clientID]));
    send(encoding.toUint8Array(presence));
    refresh();
  };
  const onClose = () => {
    gate.forget(PEER);
    state.guard.forget(PEER);
    const remote = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
    if (remote.length > 0) removeAwarenessStates(awareness, remote, link);
    state.status.set({ kind: 'direct-closed' });
  };

  const link: DirectLink = {
    kind: 'direct',
    phrase,
    ...state.members,
    destroy() {
      channel.removeEventListener('message', onMessage);
      channel.removeEventListener('open', greet);
      channel.removeEventListener('close', onClose);
      doc.off('update', onUpdate);
      awareness.off('update', onAwarenessUpdate);
      clearInterval(poll);
      state.clear();
      gate.destroy();
      awareness.destroy();
      channel.close();
      closeConnection();
      return Promise.resolve();
    },
  };

  const poll = setInterval(refresh, POLL_MS);
  channel.binaryType = 'arraybuffer';
  channel.addEventListener('message', onMessage);
  for (const data of takeEarly?.() ?? []) onMessage({ data });
  channel.addEventListener('close', onClose);
  doc.on('update', onUpdate);
  awareness.on('update', onAwarenessUpdate);
  if (channel.readyState === 'open') greet();
  else channel.addEventListener('open', greet);
  return link;
}
