import * as decoding from 'lib0/decoding';
import { err, ok, type Result } from '../board/result';

/**
 * y-webrtc decrypts each signaling message for a room with the room key and
 * acts on it with no error handling: a message from someone with another
 * secret (a tampered or stale invite), or a well-encrypted but malformed
 * one, becomes an uncaught error in the panel. We read every message for our
 * room first and let y-webrtc see only those that decrypt and have the shape
 * it expects; the rest are dropped and reported.
 */
export type SignalMessage =
  | { type: 'announce'; from: string }
  | { type: 'signal'; from: string; to: string; signal: { type?: string } };

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
