import * as decoding from 'lib0/decoding';
import { err, ok, type Result } from '@/lib/util/result';

/**
 * y-webrtc decrypts each signaling message for a room with the room key and
 * acts on it with no error handling: a message from someone with another
 * secret (a tampered or stale invite), or a well-encrypted but malformed
 * one, becomes an uncaught error in the panel. We read every message for our
 * room first and let y-webrtc see only those that decrypt and have the shape
 * it expects; the rest are dropped and reported.
 */
export type SignalMessage = { type: 'announce'; from: string } | { type: 'signal'; from: string; to: string; signal: { type?: string } };

/** y-webrtc's envelope: varString algorithm, varUint8Array iv, varUint8Array cipher; inside, lib0 `writeAny` JSON. */
export async function readSignalMessage(data: Uint8Array, key: CryptoKey): Promise<Result<SignalMessage>> {
  let plain: Uint8Array;
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarString(decoder) !== 'AES-GCM') return err('unknown encryption');
    // Copies: WebCrypto wants buffers that are plain ArrayBuffers.
    const iv = new Uint8Array(decoding.readVarUint8Array(decoder));
    const cipher = new Uint8Array(decoding.readVarUint8Array(decoder));
    plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher));
  } catch {
    return err('a signaling message that this board’s secret cannot decrypt');
  }
  let message: unknown;
  try {
    message = decoding.readAny(decoding.createDecoder(plain));
  } catch {
    return err('a signaling message that does not decode');
  }
  return checkShape(message);
}

function checkShape(message: unknown): Result<SignalMessage> {
  if (typeof message !== 'object' || message === null) return err('a signaling message of the wrong shape');
  const { type, from, to, signal } = message as Record<string, unknown>;
  if (typeof from !== 'string' || from.length > 100) return err('a signaling message without a sender');
  if (type === 'announce') return ok({ type, from });
  if (type === 'signal' && typeof to === 'string' && typeof signal === 'object' && signal !== null) {
    const signalType = (signal as { type?: unknown }).type;
    if (signalType !== undefined && typeof signalType !== 'string') return err('a signal of the wrong shape');
    return ok({ type, from, to, signal: signal as { type?: string } });
  }
  return err('a signaling message of an unknown kind');
}

/**
 * Peers one board connects to at once. y-webrtc caps the connections it
 * starts on announcements (at 20 to 35) but builds one for every signal
 * that names it, from anyone: 60 forged offers built 60 connections. A
 * board is a handful of people; past this, new peers are turned away.
 */
export const MAX_PEERS = 12;
/** Peer ids seen announcing themselves, remembered so that they may offer later. */
const MAX_ANNOUNCED = 256;
/**
 * This device announces itself when it reaches a signaling server and when
 * a connection closes; the peers already in the room answer with offers
 * without announcing themselves. So an offer from a peer that never
 * announced is taken only this long after this device announced.
 */
export const ANSWER_WINDOW_MS = 60_000;

/** What the room's signaling check remembers between messages. */
export interface SignalMemory {
  announced: Set<string>;
  /** Peers sent away (past their budget): nothing of theirs is let through. */
  sentAway: Set<string>;
  /** When this device last announced itself. */
  lastAnnounce: number;
}

export const makeSignalMemory = (): SignalMemory => ({ announced: new Set(), sentAway: new Set(), lastAnnounce: 0 });

/** The part of y-webrtc's room the check reads. */
export interface RoomView {
  peerId: string;
  webrtcConns: { has(peerId: string): boolean; readonly size: number };
}

/**
 * Whether y-webrtc may act on a decrypted signaling message for this room:
 * true, false for a message that is simply not ours (a signal between two
 * others), or an error naming why it is refused.
 */
export function admitSignal(message: SignalMessage, room: RoomView | null, memory: SignalMemory, now: number): Result<boolean> {
  if (memory.sentAway.has(message.from)) return err('a message from a peer that was disconnected');
  const known = room?.webrtcConns.has(message.from) ?? false;
  const full = (room?.webrtcConns.size ?? 0) >= MAX_PEERS;
  if (message.type === 'announce') {
    if (!known && full) return err('an announcement while this board has as many peers as it takes');
    if (memory.announced.size >= MAX_ANNOUNCED) memory.announced.clear();
    memory.announced.add(message.from);
    return ok(true);
  }
  // y-webrtc updates the glare token of its connection to the sender
  // before it checks whom a signal is for, so with three or more people a
  // signal between two others corrupts (or, with no such connection,
  // crashes on) ours. It would ignore such a signal afterwards anyway.
  if (!room || message.to !== room.peerId) return ok(false);
  if (!known) {
    // And it dereferences the connection an answer is for without checking it exists.
    if (message.signal.type === 'answer') return err('an answer to an offer this device never made');
    if (full) return err('an offer while this board has as many peers as it takes');
    const answering = now - memory.lastAnnounce <= ANSWER_WINDOW_MS;
    if (!memory.announced.has(message.from) && !answering) return err('an offer from a peer that never announced itself');
  }
  return ok(true);
}
