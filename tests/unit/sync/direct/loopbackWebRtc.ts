import * as polyfill from 'node-datachannel/polyfill';
import type { PairingEnvironment } from '@/lib/sync/direct/pairing';

/**
 * node-datachannel (libdatachannel) as the browser's WebRTC for the pairing
 * tests, bound to loopback so nothing leaves the machine, and watched for one
 * race of the library's own.
 *
 * libdatachannel applies a remote answer in two steps: it hands the answer's
 * ICE credentials to its ICE agent, then stores the answer, with its DTLS
 * fingerprint, in the connection. The answering side is usually connected
 * already (it had the offer's candidates, and the offering side answered its
 * ICE checks while it waited) and is sending its DTLS hello; so on the
 * offering side ICE connects the moment it has the credentials, and the DTLS
 * handshake can finish between the two steps. The other side's certificate
 * is then checked against no fingerprint at all and refused ("certificate
 * verify failed", alert "unknown CA"), and the connection fails and closes.
 * Either `setRemoteDescription` is still adding the answer's candidates and
 * throws "Got a remote candidate without ICE transport", or it had finished
 * and the channel never opens (node-datachannel fires no `close` for a
 * channel that was never open). A busy CPU widens the gap. Browsers cannot
 * hit this: their DTLS waits for the fingerprint before it checks a
 * certificate.
 *
 * Only those events are recorded, so a test may pair again for them and for
 * nothing else: an answer refused for another reason, a connection closed
 * before its answer came, or a channel that does not open while its
 * connection has not failed, is still a failure.
 */
export interface Spoiled {
  /** Which connection: they are numbered as they are made (`madeSoFar`). */
  serial: number;
  what: string;
}
/** `setRemoteDescription(answer)` threw the race's error, the connection closing under it. */
export const refusedAnswers: Spoiled[] = [];
/** The connection failed after its answer went in, never having connected (on loopback: the race's refused certificate). */
export const failedAfterAnswer: Spoiled[] = [];
let made = 0;
export const madeSoFar = () => made;

const recorded = new EventTarget();
function record(list: Spoiled[], entry: Spoiled) {
  list.push(entry);
  recorded.dispatchEvent(new Event('record'));
}

const RACE_MESSAGE = 'Got a remote candidate without ICE transport';

class WatchedPeerConnection extends polyfill.RTCPeerConnection {
  readonly serial = ++made;
  #answered = false;
  #connected = false;

  constructor(config?: RTCConfiguration) {
    super(config);
    this.addEventListener('connectionstatechange', () => {
      if (this.connectionState === 'connected') this.#connected = true;
      if (this.connectionState === 'failed' && this.#answered && !this.#connected) {
        record(failedAfterAnswer, { serial: this.serial, what: 'the connection failed right after its answer went in' });
      }
    });
  }

  override async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    if (description.type === 'answer') this.#answered = true;
    const states = () => `${this.signalingState}/${this.connectionState}/${this.iceConnectionState}`;
    const before = states();
    const stateBefore: RTCPeerConnectionState = this.connectionState;
    try {
      await super.setRemoteDescription(description);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (
        description.type === 'answer' &&
        stateBefore !== 'closed' &&
        this.connectionState === 'closed' &&
        message.includes(RACE_MESSAGE)
      ) {
        record(refusedAnswers, {
          serial: this.serial,
          what: `${message} (signaling/connection/ICE state ${before} before, ${states()} after)`,
        });
      }
      throw error;
    }
  }
}

export const loopbackEnv: PairingEnvironment = {
  RTCPeerConnection: WatchedPeerConnection as unknown as typeof RTCPeerConnection,
  iceServers: [],
  extra: { bindAddress: '127.0.0.1' },
};

/** Resolves once `list` holds an entry for a connection made after the first `madeBefore` (the library reports from its own threads, whenever). */
export function spoiledSince(list: readonly Spoiled[], madeBefore: number, stop: AbortSignal): Promise<Spoiled> {
  return new Promise((resolve) => {
    const check = () => {
      const found = list.find((entry) => entry.serial > madeBefore);
      if (!found) return;
      recorded.removeEventListener('record', check);
      resolve(found);
    };
    recorded.addEventListener('record', check);
    stop.addEventListener('abort', () => recorded.removeEventListener('record', check), { once: true });
    check();
  });
}
