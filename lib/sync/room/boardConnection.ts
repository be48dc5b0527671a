import * as bc from 'lib0/broadcastchannel';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { chunkPeer, type ChunkablePeer } from '@/lib/sync/room/chunking';
import { connectionStatus, type ConnectionFacts } from '@/lib/sync/connectionStatus';
import type { NetSettings } from '@/lib/sync/room/netSettings';
import type { Share } from '@/lib/sync/share';
import { admitSignal, makeSignalMemory, readSignalMessage, type RoomView } from '@/lib/sync/room/signalingGuard';
import { makeGate } from '@/lib/sync/receive/gate';
import { connectionState, type BoardConnection, type Presence, type PresenceIdentity } from '@/lib/sync/presence';
import { MESSAGE, SYNC, makeScreen, screenPeer } from '@/lib/sync/receive/screen';
import { fromBase64 } from '@/lib/util/base64';

interface SignalingClient {
  connected: boolean;
  unsuccessfulReconnects: number;
  ws: WebSocket | null;
  send(message: unknown): void;
  emit(name: string, args: unknown[]): void;
  on(event: 'connect' | 'disconnect', listener: () => void): void;
  off(event: 'connect' | 'disconnect', listener: () => void): void;
}

/** The parts of y-webrtc's Room that passing changes on touches (y-webrtc 10.3). */
interface RoomInternals {
  name: string;
  bcconnected: boolean;
  _docUpdateHandler: (update: Uint8Array, origin: unknown) => void;
  _bcSubscriber: (data: ArrayBuffer, origin?: unknown) => unknown;
}

interface PeerConn {
  connected: boolean;
  closed: boolean;
  remotePeerId: string;
  peer: ChunkablePeer & { on(event: 'connect' | 'close', listener: () => void): unknown; destroy(): void };
}

/**
 * y-webrtc keeps one room per name per page and throws if a room is opened
 * while its previous provider is still shutting down (it deletes the room
 * only after an async key derivation). This page's connections wait here
 * for the previous owner of the same room to be fully gone.
 */
const closingRooms = new Map<string, Promise<void>>();

/**
 * The open room of this page, if any, with a check for each signaling
 * message addressed to it (see signalingGuard.ts). Set and cleared by the
 * connection that owns the room.
 */
const roomChecks = new Map<string, (message: { data: string }) => Promise<boolean>>();

/** How often to re-read signaling state: failed attempts emit no event. */
const POLL_MS = 1000;

/**
 * y-webrtc never gives up on a connection attempt that neither opens nor
 * fails, and never retries it, leaving people "waiting" forever (seen under
 * load). An attempt still not open after this long is closed; y-webrtc then
 * announces again and both sides start afresh.
 */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * A peer asks for the board (sync step 1) as it connects. If no request has
 * come this long after connecting, it was lost (a stock y-webrtc peer that
 * answered the connection sends it before this browser has seen the channel
 * open, and the browser drops it: lib/sync/holdUntilHeard.ts), and nobody
 * would ever send that peer the board: it is sent whole instead, once.
 */
const UNASKED_MS = 5_000;

/** This device, as the connection announces it: its presence, and what proves it (presenceProof.ts). */
export type Me = Omit<Presence, 'editing'> & {
  identity?: PresenceIdentity;
  /** Held open to keep the board in step, nobody at it: its presence says so, and names no person here (presenceProof.ts). */
  inStep?: boolean;
};

/**
 * Connects a board's doc to its room: y-webrtc with the room secret as
 * password (signaling servers see only encrypted signaling), chunked data
 * channels, and presence through Yjs awareness. `destroy()` disconnects and
 * releases everything it made.
 */
export async function connectBoard(
  doc: Y.Doc,
  share: Share,
  net: NetSettings,
  me: Me,
  onPeerProblem: (reason: string) => void = (reason) => console.warn('Common Ground: ignored data from a peer:', reason),
  /** Extra simple-peer options: Node peers pass their WebRTC implementation (`wrtc`) and a bind address. */
  peerOptions: { wrtc?: unknown; config?: Record<string, unknown> } = {},
): Promise<BoardConnection> {
  await closingRooms.get(share.room);
  const awareness = new Awareness(doc);
  const { identity, ...presence } = me;
  let selfPeer = (): string | undefined => undefined;
  const state = connectionState(
    awareness,
    presence,
    { kind: 'connecting' },
    {
      identity,
      selfPeer: () => selfPeer(),
      onProved: () => update(),
    },
  );
  const provider = new WebrtcProvider(share.room, doc, {
    signaling: share.signaling ?? net.signaling,
    password: share.secret,
    awareness,
    peerOpts: { ...peerOptions, config: { iceServers: net.iceServers, ...peerOptions.config } },
  });

  selfPeer = () => provider.room?.peerId;
  const refuse = (peer: string, reason: string) => {
    onPeerProblem(reason);
    state.refuse(peer);
  };
  const onUnreadableData = (reason: string) => {
    onPeerProblem(reason);
    state.unreadable.set(state.unreadable.get() + 1);
  };
  const seenConns = new WeakSet<object>();
  const connectTimers = new Set<ReturnType<typeof setTimeout>>();

  let destroyed: Promise<void> | null = null;
  const signalingClients = () => provider.signalingConns as SignalingClient[];
  const peerConns = (): PeerConn[] => [...(provider.room?.webrtcConns.values() ?? [])] as unknown as PeerConn[];
  const signals = makeSignalMemory();

  const gate = makeGate(doc, {
    origin: provider,
    onRefused: refuse,
    onOverBudget(peer) {
      signals.sentAway.add(peer);
      refuse(peer, 'more changes, faster, than any person makes (disconnected)');
      for (const conn of peerConns()) if (conn.remotePeerId === peer) conn.peer.destroy();
    },
  });
  const screen = makeScreen({
    gate,
    screenAwareness: (peer, update) => state.guard.screen(peer, update),
    onRefused: refuse,
  });

  /** While y-webrtc passes on a change this peer sent: that peer already has it. */
  let passingOnFrom: string | undefined;
  /**
   * y-webrtc sends every change to every peer, the one it came from too, and
   * delivers its own BroadcastChannel messages to itself. For a joiner that
   * meant the whole board (262 KB for 1,000 items) going straight back to the
   * person who sent it, who read it all again, and this page decrypting and
   * re-reading its own copy: ~40 ms here and more there, while the board was
   * first drawn. A change from a peer is still passed on to every other peer
   * (a mesh not yet complete relies on that) and to this browser's other windows.
   */
  const passOnWithoutEchoes = (room: RoomInternals) => {
    const passOn = room._docUpdateHandler;
    const quiet = (update: Uint8Array, origin: unknown) => {
      passingOnFrom = origin === provider ? gate.applyingFrom() : undefined;
      try {
        passOn(update, origin);
      } finally {
        passingOnFrom = undefined;
      }
    };
    const hear = room._bcSubscriber;
    // lib0 hands a page's own publish to its subscribers with no origin, others' with 'broadcastchannel'.
    const hearOthers = (data: ArrayBuffer, origin?: unknown) => (origin == null ? undefined : hear(data, origin));
    doc.off('update', passOn);
    bc.unsubscribe(room.name, hear);
    room._docUpdateHandler = quiet;
    room._bcSubscriber = hearOthers;
    if (room.bcconnected) {
      doc.on('update', quiet);
      bc.subscribe(room.name, hearOthers);
    }
  };

  const update = () => {
    const connected = peerConns().filter((conn) => conn.connected).length + (provider.room?.bcConns.size ?? 0);
    if (connected === 0) {
      // y-webrtc keeps a departed peer's presence for 30 s; with nobody
      // connected, nobody is here now.
      const remote = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
      if (remote.length > 0) removeAwarenessStates(awareness, remote, 'no peers');
    }
    // The poll runs every second: listeners hear only when someone came, went or moved.
    const others = state.readOthers();
    const facts: ConnectionFacts = {
      browserOnline: typeof navigator === 'undefined' || navigator.onLine,
      signaling: signalingClients().map((s) => ({ connected: s.connected, failedAttempts: s.unsuccessfulReconnects })),
      peersConnected: connected,
      peerNames: others.map((other) => other.name),
      visitors: state.visitors.get(),
      kept: state.kept(),
    };
    state.status.set(connectionStatus(facts));
    state.others.set(others);
  };

  /** The whole board as one sync update, to a peer whose request for it was lost (UNASKED_MS). */
  const sendWholeBoard = (conn: PeerConn) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    encoding.writeVarUint(encoder, SYNC.update);
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
    try {
      conn.peer.send(encoding.toUint8Array(encoder));
    } catch {
      // The connection is closing: a new one asks afresh.
    }
  };

  const onPeers = () => {
    for (const conn of peerConns()) {
      if (seenConns.has(conn)) continue;
      seenConns.add(conn);
      const peer = conn.remotePeerId;
      // Before any data flows: y-webrtc attaches its data listener in the
      // connection's constructor and sends only after 'connect'. Screening
      // goes in first, so chunking hands it whole messages.
      let asked = false;
      screenPeer(conn.peer, (message) => {
        if (message[0] === MESSAGE.sync && message[1] === SYNC.step1) asked = true;
        return screen(peer, message);
      });
      chunkPeer(conn.peer, onUnreadableData);
      const send = conn.peer.send.bind(conn.peer);
      conn.peer.send = (data) => {
        if (passingOnFrom !== peer) send(data);
      };
      conn.peer.on('close', () => {
        // y-webrtc announces this device again when a connection closes.
        signals.lastAnnounce = Date.now();
        gate.forget(peer);
        const gone = state.guard.forget(peer);
        if (gone.length > 0) removeAwarenessStates(awareness, gone, 'connection closed');
      });
      const timer = setTimeout(() => {
        connectTimers.delete(timer);
        if (conn.connected || conn.closed) return;
        onPeerProblem('a connection that did not open in time (trying again)');
        conn.peer.destroy();
      }, CONNECT_TIMEOUT_MS);
      connectTimers.add(timer);
      const settle = () => {
        clearTimeout(timer);
        connectTimers.delete(timer);
        update();
      };
      conn.peer.on('connect', settle);
      conn.peer.on('connect', () => {
        const unasked = setTimeout(() => {
          connectTimers.delete(unasked);
          if (!asked && conn.connected && !conn.closed) sendWholeBoard(conn);
        }, UNASKED_MS);
        connectTimers.add(unasked);
      });
      conn.peer.on('close', settle);
    }
    update();
  };
  provider.on('peers', onPeers);
  // y-webrtc makes its room once the key is derived (its own callback on the key runs first).
  void provider.key.then(() => {
    const room = provider.room as unknown as RoomInternals | null;
    if (room && !destroyed) passOnWithoutEchoes(room);
  });
  const onAwareness = () => update();
  awareness.on('change', onAwareness);
  roomChecks.set(share.room, async ({ data }) => {
    const key = await provider.key;
    if (!key) return true;
    const bytes = fromBase64(data);
    if (!bytes) {
      onPeerProblem('a signaling message that is not base64');
      return false;
    }
    const message = await readSignalMessage(bytes, key);
    if (!message.ok) {
      onPeerProblem(message.error);
      return false;
    }
    const admitted = admitSignal(message.value, provider.room as RoomView | null, signals, Date.now());
    if (!admitted.ok) onPeerProblem(admitted.error);
    return admitted.ok && admitted.value;
  });
  const watched = signalingClients();
  // y-webrtc announces this device whenever a signaling server (re)connects.
  const onSignalingConnect = () => {
    signals.lastAnnounce = Date.now();
    update();
  };
  for (const client of watched) {
    guardClient(client);
    if (client.connected) signals.lastAnnounce = Date.now();
    client.on('connect', onSignalingConnect);
    client.on('disconnect', update);
  }
  const onOnline = () => update();
  globalThis.addEventListener?.('online', onOnline);
  globalThis.addEventListener?.('offline', onOnline);
  const poll = setInterval(update, POLL_MS);
  update();

  return {
    kind: 'room',
    ...state.members,
    destroy() {
      destroyed ??= (async () => {
        clearInterval(poll);
        connectTimers.forEach(clearTimeout);
        globalThis.removeEventListener?.('online', onOnline);
        globalThis.removeEventListener?.('offline', onOnline);
        provider.off('peers', onPeers);
        awareness.off('change', onAwareness);
        for (const client of watched) {
          client.off('connect', onSignalingConnect);
          client.off('disconnect', update);
        }
        state.clear();
        gate.destroy();
        roomChecks.delete(share.room);
        const closing = (async () => {
          // Told to the others while still connected: y-webrtc's own leaving
          // names `doc.clientID`, which Yjs may have changed (presence.ts).
          removeAwarenessStates(awareness, [awareness.clientID], 'leaving');
          provider.disconnect();
          await provider.key;
          provider.room?.destroy();
          provider.destroy();
          // provider.destroy() frees the room name once the key settles; wait for that.
          await provider.key;
          awareness.destroy();
        })();
        closingRooms.set(share.room, closing);
        await closing;
        if (closingRooms.get(share.room) === closing) closingRooms.delete(share.room);
      })();
      return destroyed;
    },
  };
}

/**
 * Two guards on a signaling client (shared per URL, so applied once):
 * - y-webrtc publishes after async encryption; if the socket closed
 *   meanwhile, lib0's send throws "WebSocket is not open" as an uncaught
 *   rejection. Such a message is dropped instead: on reconnect y-webrtc
 *   re-subscribes and re-announces anyway.
 * - every message published to our room is checked (decrypts, has the
 *   expected shape) before y-webrtc's handler sees it.
 */
const guarded = new WeakSet<object>();
function guardClient(client: SignalingClient): void {
  if (guarded.has(client)) return;
  guarded.add(client);
  const send = client.send.bind(client);
  client.send = (message) => {
    if (client.ws?.readyState === 1) send(message);
  };
  const emit = client.emit.bind(client);
  client.emit = (name, args) => {
    const message = args[0] as { type?: unknown; topic?: unknown; data?: unknown } | undefined;
    const check = name === 'message' && message?.type === 'publish' && typeof message.topic === 'string' && roomChecks.get(message.topic);
    if (!check) return emit(name, args);
    if (typeof message.data !== 'string') return;
    void check({ data: message.data }).then((pass) => pass && emit(name, args));
  };
}
