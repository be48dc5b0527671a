import { t } from '@/lib/i18n/messages';
import { err, ok, type Result } from '@/lib/util/result';
import { confirmPhrase } from '@/lib/sync/direct/confirmPhrase';
import type { IceServer } from '@/lib/sync/room/netSettings';
import { encodeOffer, encodeReply, newPairingId, OFFER_LIFETIME_MS, parseReply, type PairingOffer } from '@/lib/sync/direct/pairingCode';
import { buildSdp, readSessionFacts, type SessionFacts } from '@/lib/sync/direct/sdp';

/**
 * Two devices connecting with no signaling server: one makes an offer
 * (waits for all its ICE candidates, non-trickle) and shows it as a pairing
 * code; the other answers with a reply code; the first pastes the reply.
 * Two pastes in all. What arrives is an open data channel and the
 * confirmation words; directLink.ts runs the board over it.
 */
export interface Opened {
  channel: RTCDataChannel;
  /**
   * Messages that arrived between the channel opening and the board taking
   * it over (the board's code loads on demand meanwhile). Calling it hands
   * them over once and stops keeping them.
   */
  takeEarly: () => unknown[];
  /** Closes the peer connection (the link calls it when the board closes). */
  close: () => void;
  phrase: string;
  /** This side did not make the channel, so it speaks once the other side has (lib/sync/holdUntilHeard.ts). */
  answering: boolean;
}

export interface OfferSide {
  code: string;
  id: string;
  expiresAt: number;
  /** Takes the reply code; the channel opens (`opened`) a moment later. */
  accept(replyCode: string, now: number): Promise<Result<void>>;
  opened: Promise<Opened>;
  cancel(): void;
}

export interface AnswerSide {
  replyCode: string;
  opened: Promise<Opened>;
  cancel(): void;
}

export interface PairingEnvironment {
  /** The browser's, or node-datachannel's in Node tests. */
  RTCPeerConnection: typeof RTCPeerConnection;
  iceServers: IceServer[];
  /** Extra RTCConfiguration (Node tests bind node-datachannel to 127.0.0.1). */
  extra?: Record<string, unknown>;
}

/** STUN can take long to answer, or never (offline): the code goes out with what was gathered by then. */
const GATHER_LIMIT_MS = 4000;
/** After the second paste, how long ICE and DTLS may take before the person is told it did not work. */
const CONNECT_LIMIT_MS = 30_000;
const CHANNEL_LABEL = 'common-ground';

/** An empty `iceServers` asks no STUN or TURN server: only host candidates, for two devices on one network (`Only this network`). */
function rtcConfig(env: PairingEnvironment): RTCConfiguration {
  return { iceServers: env.iceServers.map(({ urls, username, credential }) => ({ urls, username, credential })), ...env.extra };
}

function gathered(connection: RTCPeerConnection): Promise<void> {
  if (connection.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, GATHER_LIMIT_MS);
    function done() {
      clearTimeout(timer);
      connection.removeEventListener('icegatheringstatechange', onChange);
      resolve();
    }
    function onChange() {
      if (connection.iceGatheringState === 'complete') done();
    }
    connection.addEventListener('icegatheringstatechange', onChange);
  });
}

function localFacts(connection: RTCPeerConnection): SessionFacts {
  const facts = readSessionFacts(connection.localDescription?.sdp ?? '');
  if (!facts.ok) throw new Error(facts.error);
  return facts.value;
}

/**
 * Keeps what arrives on a channel from the moment it exists: the other side
 * sends as soon as its end is open, maybe before the board here listens.
 */
function keepEarly(channel: RTCDataChannel): () => unknown[] {
  channel.binaryType = 'arraybuffer';
  let early: unknown[] | null = [];
  const keep = (event: MessageEvent) => early?.push(event.data);
  channel.addEventListener('message', keep);
  return () => {
    channel.removeEventListener('message', keep);
    const taken = early ?? [];
    early = null;
    return taken;
  };
}

/** Resolves once the channel is open; rejects if it closes first or takes too long. */
function whenOpen(
  channel: RTCDataChannel,
  takeEarly: () => unknown[],
  connection: RTCPeerConnection,
  phrase: () => string,
  answering: boolean,
): Promise<Opened> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(t.connection.pairing.timedOut), CONNECT_LIMIT_MS);
    const cleanup = () => {
      clearTimeout(timer);
      channel.removeEventListener('open', onOpen);
      channel.removeEventListener('close', onClose);
      connection.removeEventListener('connectionstatechange', onState);
    };
    function fail(reason: string) {
      cleanup();
      connection.close();
      reject(new Error(reason));
    }
    function onOpen() {
      cleanup();
      resolve({ channel, takeEarly, close: () => connection.close(), phrase: phrase(), answering });
    }
    function onClose() {
      fail(t.connection.pairing.closedBeforeOpen);
    }
    // A failed connection never opens its channel (and a channel that never opened fires no close
    // everywhere): say so now rather than when the time runs out.
    function onState() {
      if (connection.connectionState === 'failed') fail(t.connection.pairing.unreachable);
    }
    if (channel.readyState === 'open') return onOpen();
    channel.addEventListener('open', onOpen);
    channel.addEventListener('close', onClose);
    connection.addEventListener('connectionstatechange', onState);
  });
}

/** Starts a pairing: the offer, as a code, for the board described in `board`. */
export async function offerPairing(env: PairingEnvironment, board: PairingOffer['board'], now: number): Promise<OfferSide> {
  const connection = new env.RTCPeerConnection(rtcConfig(env));
  const channel = connection.createDataChannel(CHANNEL_LABEL, { ordered: true });
  const takeEarly = keepEarly(channel);
  let mine: SessionFacts;
  try {
    await connection.setLocalDescription(await connection.createOffer());
    await gathered(connection);
    mine = localFacts(connection);
  } catch (error) {
    connection.close();
    throw error;
  }
  const id = newPairingId();
  const expiresAt = now + OFFER_LIFETIME_MS;
  // Nobody can answer an expired offer: its connection goes then, unless a reply came.
  const expiry = setTimeout(() => {
    if (!theirs) connection.close();
  }, OFFER_LIFETIME_MS);
  let theirs: SessionFacts | null = null;
  let used = false;
  let cancelled = false;
  // Only once a reply was accepted can the channel open; until then this just waits.
  let resolve: (opened: Opened) => void = () => {};
  let reject: (reason: Error) => void = () => {};
  const opened = new Promise<Opened>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  opened.catch(() => {});
  return {
    code: encodeOffer({ id, expiresAt, session: mine, board }),
    id,
    expiresAt,
    opened,
    async accept(replyCode, at) {
      const reply = parseReply(replyCode);
      if (!reply.ok) return reply;
      if (reply.value.id !== id) return err(t.connection.pairing.otherPairing);
      if (used) return err(t.connection.pairing.replyUsed);
      if (cancelled || at > expiresAt) return err(t.connection.pairing.expired);
      used = true;
      clearTimeout(expiry);
      theirs = reply.value.session;
      try {
        await connection.setRemoteDescription({ type: 'answer', sdp: buildSdp(theirs, 'answer') });
      } catch {
        // A connection that closed while the reply went in cannot take it again: only a new pairing helps then.
        if (connection.connectionState === 'closed' || connection.connectionState === 'failed') {
          return err(t.connection.pairing.closedBeforeReach);
        }
        used = false;
        return err(t.connection.pairing.replyUnusable);
      }
      whenOpen(channel, takeEarly, connection, () => confirmPhrase(mine.fingerprint, theirs!.fingerprint), false).then(resolve, reject);
      return ok(undefined);
    },
    cancel() {
      cancelled = true;
      clearTimeout(expiry);
      reject(new Error('cancelled'));
      connection.close();
    },
  };
}
/** Answers a pairing code: the reply code to send back, and the channel once the other side pastes it. */
export async function answerPairing(env: PairingEnvironment, offer: PairingOffer): Promise<Result<AnswerSide>> {
  const connection = new env.RTCPeerConnection(rtcConfig(env));
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The other person has until the offer expires to paste the reply; then this side gives up.
  const channel = new Promise<{ open: RTCDataChannel; takeEarly: () => unknown[] }>((resolve, reject) => {
    timer = setTimeout(
      () => {
        connection.close();
        reject(new Error(t.connection.pairing.replyNotPasted));
      },
      Math.max(0, offer.expiresAt - Date.now()) + CONNECT_LIMIT_MS,
    );
    connection.addEventListener(
      'datachannel',
      (event) => {
        clearTimeout(timer);
        resolve({ open: event.channel, takeEarly: keepEarly(event.channel) });
      },
      { once: true },
    );
  });
  channel.catch(() => {});
  let mine: SessionFacts;
  try {
    await connection.setRemoteDescription({ type: 'offer', sdp: buildSdp(offer.session, 'offer') });
    await connection.setLocalDescription(await connection.createAnswer());
    await gathered(connection);
    mine = localFacts(connection);
  } catch {
    clearTimeout(timer);
    connection.close();
    return err(t.connection.pairing.codeUnusable);
  }
  const opened = channel.then(({ open, takeEarly }) =>
    whenOpen(open, takeEarly, connection, () => confirmPhrase(mine.fingerprint, offer.session.fingerprint), true),
  );
  opened.catch(() => {});
  return ok({
    replyCode: encodeReply({ id: offer.id, session: mine }),
    opened,
    cancel() {
      clearTimeout(timer);
      connection.close();
    },
  });
}
