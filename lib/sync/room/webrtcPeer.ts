/**
 * The one WebRTC connection y-webrtc makes per peer, in place of simple-peer
 * in the extension (wxt.config.ts points y-webrtc's `simple-peer/simplepeer.min.js`
 * here). simple-peer's browser file is a browserify bundle of Node's Buffer,
 * streams and events: 28 KB of the panel's 33 KB gzipped connection code, for
 * the few calls y-webrtc makes. This is those calls over the browser's own
 * RTCPeerConnection, about 2 KB.
 *
 * The wire is simple-peer's, so a stock y-webrtc peer (simple-peer 9) is a
 * peer like any other (tests/unit/sync/room/webrtcPeer.test.ts pairs the two;
 * docs/interop.md):
 * - the initiator makes one data channel (any label) and sends the offer;
 * - signals are `{ type: 'offer' | 'answer', sdp }` and trickled
 *   `{ type: 'candidate', candidate: { candidate, sdpMLineIndex, sdpMid } }`;
 * - messages are binary, received as Uint8Array;
 * - the answering side holds what it sends until the initiator has spoken
 *   (lib/sync/holdUntilHeard.ts): y-webrtc's initiator always speaks first.
 * Not carried over, since y-webrtc never asks for them: media streams,
 * renegotiation, non-trickle ICE, the Duplex stream API and backpressure
 * (y-webrtc calls `send` directly), and simple-peer's default public STUN
 * servers (connectBoard always passes the servers from Settings).
 *
 * Events, as simple-peer emits them and y-webrtc listens: 'signal', 'connect',
 * 'data', 'error' (before 'close', when destroyed by a failure) and 'close'
 * (once, a microtask after `destroy`).
 */

import { holdUntilHeard } from '@/lib/sync/holdUntilHeard';

type Listener = (...args: never[]) => void;

/** The WebRTC classes to use: the page's own unless given (Node peers pass node-datachannel's). */
interface Wrtc {
  RTCPeerConnection: typeof RTCPeerConnection;
}

export interface PeerOptions {
  initiator?: boolean;
  config?: RTCConfiguration;
  wrtc?: Wrtc;
}

/** A signal as simple-peer sends and reads it. */
type Signal = {
  type?: string;
  sdp?: string;
  candidate?: RTCIceCandidateInit;
};

/**
 * Chrome can leave a data channel in "closing" without ever firing `close`
 * (simple-peer checks for it too); such a connection is destroyed when
 * found, so y-webrtc reconnects.
 */
const CLOSING_CHECK_MS = 5000;

/** A random data channel label: simple-peer's are 20 random bytes in hex. The label carries no meaning. */
function channelLabel(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export default class WebrtcPeer {
  readonly initiator: boolean;
  connected = false;
  destroyed = false;
  private readonly handlers = new Map<string, Listener[]>();
  private readonly pc: RTCPeerConnection;
  private channel: RTCDataChannel | null = null;
  /** Candidates that arrive before the remote description cannot be added yet. */
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private iceReady = false;
  private channelOpen = false;
  private closingCheck: ReturnType<typeof setInterval> | undefined;
  /** The answering side holds what it sends until the other side has spoken (holdUntilHeard.ts). */
  private readonly outgoing: ReturnType<typeof holdUntilHeard>;

  constructor(options: PeerOptions = {}) {
    this.initiator = options.initiator ?? false;
    this.outgoing = holdUntilHeard((message) => {
      try {
        this.channel?.send(message as Uint8Array<ArrayBuffer>);
      } catch {
        // A channel closing as it sends: 'close' follows, and y-webrtc ignores send errors anyway.
      }
    }, !this.initiator);
    // Read per connection, not at load: a test page may wrap the global (bench/group.measure.ts).
    const Connection = options.wrtc?.RTCPeerConnection ?? globalThis.RTCPeerConnection;
    this.pc = new Connection(options.config);
    this.pc.oniceconnectionstatechange = () => {
      const state = this.pc.iceConnectionState;
      if (state === 'connected' || state === 'completed') {
        this.iceReady = true;
        this.maybeConnect();
      }
      // not-ui: simple-peer's own error texts, which y-webrtc only logs
      if (state === 'failed') this.destroy(new Error('Ice connection failed.'));
      // not-ui: as above
      if (state === 'closed') this.destroy(new Error('Ice connection closed.'));
    };
    this.pc.onconnectionstatechange = () => {
      // not-ui: as above
      if (this.pc.connectionState === 'failed') this.destroy(new Error('Connection failed.'));
    };
    this.pc.onicecandidate = ({ candidate }) => {
      if (candidate) {
        const { candidate: line, sdpMLineIndex, sdpMid } = candidate;
        this.emit('signal', { type: 'candidate', candidate: { candidate: line, sdpMLineIndex, sdpMid } });
      }
    };
    if (this.initiator) {
      this.setUpChannel(this.pc.createDataChannel(channelLabel()));
      // A microtask later, as simple-peer does: y-webrtc attaches its 'signal' listener after construction.
      queueMicrotask(() => this.negotiate());
    } else {
      this.pc.ondatachannel = ({ channel }) => this.setUpChannel(channel);
    }
  }

  on(event: string, listener: Listener): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }

  listeners(event: string): Listener[] {
    return [...(this.handlers.get(event) ?? [])];
  }

  removeAllListeners(event: string): this {
    this.handlers.delete(event);
    return this;
  }

  private emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners(event)) (listener as (...args: unknown[]) => void).apply(this, args);
  }

  /** Takes a signal from the other side (through y-webrtc's signaling). */
  signal(data: Signal | string): void {
    if (this.destroyed) return;
    const signal: Signal = typeof data === 'string' ? (JSON.parse(data) as Signal) : data;
    if (signal.candidate) {
      if (this.pc.remoteDescription?.type) this.addCandidate(signal.candidate);
      else this.pendingCandidates.push(signal.candidate);
    } else if (signal.sdp !== undefined && (signal.type === 'offer' || signal.type === 'answer')) {
      const description: RTCSessionDescriptionInit = { type: signal.type, sdp: signal.sdp };
      this.pc
        .setRemoteDescription(description)
        .then(() => {
          if (this.destroyed) return;
          for (const candidate of this.pendingCandidates) this.addCandidate(candidate);
          this.pendingCandidates = [];
          if (description.type === 'offer') return this.describe('answer');
        })
        .catch((error: unknown) => this.destroy(error));
    } else if (!('renegotiate' in signal) && !('transceiverRequest' in signal)) {
      // simple-peer's two media signals need nothing here (there are no media); anything else is broken.
      this.destroy(new Error('signal() called with invalid signal data'));
    }
  }

  /** Sends one binary message; throws, like simple-peer, if the channel is not open (y-webrtc catches). */
  send(data: Uint8Array): void {
    if (!this.channel) throw new Error('the data channel is not open yet');
    this.outgoing.send(data);
  }

  /** Closes the connection; 'error' (if given one) and 'close' follow a microtask later. Safe to call again. */
  destroy(error?: unknown): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.connected = false;
    clearInterval(this.closingCheck);
    const channel = this.channel;
    this.channel = null;
    if (channel) {
      channel.onopen = channel.onclose = channel.onerror = channel.onmessage = null;
      channel.close();
    }
    this.pc.oniceconnectionstatechange = this.pc.onconnectionstatechange = this.pc.onicecandidate = this.pc.ondatachannel = null;
    this.pc.close();
    queueMicrotask(() => {
      if (error) this.emit('error', error instanceof Error ? error : new Error(String(error)));
      this.emit('close');
    });
  }

  private negotiate(): void {
    if (!this.destroyed) this.describe('offer').catch((error: unknown) => this.destroy(error));
  }

  /** Makes and sends this side's offer or answer. */
  private async describe(type: 'offer' | 'answer'): Promise<void> {
    const description = type === 'offer' ? await this.pc.createOffer() : await this.pc.createAnswer();
    if (this.destroyed) return;
    await this.pc.setLocalDescription(description);
    if (this.destroyed) return;
    const sent = this.pc.localDescription ?? description;
    this.emit('signal', { type: sent.type, sdp: sent.sdp });
  }

  private addCandidate(candidate: RTCIceCandidateInit): void {
    // A candidate this browser cannot use (an mDNS name it cannot resolve, say)
    // only removes one path: ICE tries the others, and if none works its
    // 'failed' state destroys the connection. So a refusal is not an error here.
    this.pc.addIceCandidate(candidate).catch(() => undefined);
  }

  private setUpChannel(channel: RTCDataChannel): void {
    this.channel = channel;
    channel.binaryType = 'arraybuffer';
    // Handler properties, not listeners, as simple-peer sets them (bench/panelProbe.ts counts through onmessage).
    channel.onmessage = ({ data }: MessageEvent<ArrayBuffer | ArrayBufferView | string>) => {
      // A peer may send text; y-webrtc reads bytes (simple-peer turned both into a Buffer).
      const bytes =
        typeof data === 'string'
          ? new TextEncoder().encode(data)
          : ArrayBuffer.isView(data)
            ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
            : new Uint8Array(data);
      this.outgoing.heard();
      this.emit('data', bytes);
    };
    channel.onopen = () => {
      this.channelOpen = true;
      this.maybeConnect();
    };
    channel.onclose = () => this.destroy();
    channel.onerror = (event) => this.destroy((event as RTCErrorEvent).error ?? new Error('data channel error'));
    this.closingCheck = setInterval(() => {
      if (channel.readyState === 'closing') this.destroy();
    }, CLOSING_CHECK_MS);
  }

  /** 'connect' once both the transport and the channel are up, as simple-peer waits for both. */
  private maybeConnect(): void {
    if (this.connected || this.destroyed || !this.iceReady || !this.channelOpen) return;
    this.connected = true;
    this.emit('connect');
  }
}
