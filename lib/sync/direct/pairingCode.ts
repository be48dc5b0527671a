import { t } from '@/lib/i18n/messages';
import type { CodeProblems } from '@/lib/i18n/en/connection';
import { digest } from 'lib0/hash/sha256';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64Url, toBase64Url } from '@/lib/util/base64';
import { fromHex, randomHex, toHex } from '@/lib/util/ids';
import { MAX_TITLE_LENGTH, ROLES, type Role } from '@/lib/board/format';
import { cleanName } from '@/lib/board/people/names';
import { err, ok, type Result } from '@/lib/util/result';
import { isIceCredential, MAX_CANDIDATES, type Candidate, type CandidateType, type SessionFacts } from '@/lib/sync/direct/sdp';

/**
 * Pairing codes: a WebRTC offer (or its answer) with its gathered ICE
 * candidates, pasted through the chat two people already share, so two
 * devices connect with no signaling server at all. See docs/pairing.md.
 *
 *   CGP1-<base64url>   the offer, with what the other device needs to join the board
 *   CGR1-<base64url>   the reply (the answer)
 *
 * The bytes are packed by hand (lib0 encoding): only the SDP's essential
 * facts (sdp.ts), so a code stays short enough for a chat message. The last
 * 6 bytes are the SHA-256 of the rest: a code changed on the way, by a chat
 * app or by hand, is refused with a clear message. (A deliberate forgery
 * with a fresh checksum is what the confirmation phrase is for.)
 */
export const OFFER_PREFIX = 'CGP1-';
export const REPLY_PREFIX = 'CGR1-';
const VERSION = 1;

/** Whether a pasted code is a pairing code (any version) rather than an invite. */
export const isPairingCode = (pasted: string) => /^CG[PR]\d+-/i.test(pasted.replace(/\s+/g, ''));
const OFFER = 1;
const REPLY = 2;
const CHECKSUM_BYTES = 6;
const ID_BYTES = 8;
/** An offer is only good while the panel that made it waits for the reply. */
export const OFFER_LIFETIME_MS = 15 * 60 * 1000;
const MAX_CODE_LENGTH = 3000;

export interface PairingOffer {
  /** Random; a reply names it, so it answers this offer and no other. */
  id: string;
  expiresAt: number;
  session: SessionFacts;
  board: {
    title: string;
    /** The role the other person takes. */
    role: Role;
    /** The offering device's key fingerprint (signing.ts). */
    inviter: string;
    /** The board's identity (`boardUid`), so the same board is found again on the other device. */
    uid: string;
  };
}

export interface PairingReply {
  id: string;
  session: SessionFacts;
}

export const newPairingId = () => randomHex(ID_BYTES);

const TYPES: CandidateType[] = ['host', 'srflx', 'prflx', 'relay'];
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const MDNS = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\.local$/i;
const ADDRESS_IPV4 = 4;
const ADDRESS_MDNS = 109;
const ADDRESS_TEXT = 115;

function writeSession(encoder: encoding.Encoder, session: SessionFacts): void {
  encoding.writeVarString(encoder, session.iceUfrag);
  encoding.writeVarString(encoder, session.icePwd);
  encoding.writeUint8Array(encoder, session.fingerprint);
  const candidates = session.candidates.slice(0, MAX_CANDIDATES);
  encoding.writeUint8(encoder, candidates.length);
  for (const candidate of candidates) {
    encoding.writeUint8(encoder, TYPES.indexOf(candidate.type));
    const ipv4 = IPV4.exec(candidate.address);
    const mdns = MDNS.exec(candidate.address);
    if (ipv4 && ipv4.slice(1).every((part) => Number(part) <= 255)) {
      encoding.writeUint8(encoder, ADDRESS_IPV4);
      for (const part of ipv4.slice(1)) encoding.writeUint8(encoder, Number(part));
    } else if (mdns) {
      encoding.writeUint8(encoder, ADDRESS_MDNS);
      const hex = mdns.slice(1).join('');
      for (let i = 0; i < 32; i += 2) encoding.writeUint8(encoder, parseInt(hex.slice(i, i + 2), 16));
    } else {
      encoding.writeUint8(encoder, ADDRESS_TEXT);
      encoding.writeVarString(encoder, candidate.address);
    }
    encoding.writeUint16(encoder, candidate.port);
  }
}

function readSession(decoder: decoding.Decoder): SessionFacts | null {
  const iceUfrag = decoding.readVarString(decoder);
  const icePwd = decoding.readVarString(decoder);
  const fingerprint = decoding.readUint8Array(decoder, 32).slice();
  if (!isIceCredential(iceUfrag, 4, 256) || !isIceCredential(icePwd, 22, 256)) return null;
  const count = decoding.readUint8(decoder);
  if (count > MAX_CANDIDATES) return null;
  const candidates: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    const type = TYPES[decoding.readUint8(decoder)];
    const kind = decoding.readUint8(decoder);
    let address: string;
    if (kind === ADDRESS_IPV4) {
      address = Array.from(decoding.readUint8Array(decoder, 4)).join('.');
    } else if (kind === ADDRESS_MDNS) {
      const hex = toHex(decoding.readUint8Array(decoder, 16));
      address = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}.local`;
    } else if (kind === ADDRESS_TEXT) {
      address = decoding.readVarString(decoder);
      // IPv6 or a host name: nothing that could break the SDP line it goes into.
      if (!/^[0-9A-Za-z.:-]{2,64}$/.test(address)) return null;
    } else {
      return null;
    }
    const port = decoding.readUint16(decoder);
    if (!type || port === 0) return null;
    candidates.push({ type, address, port });
  }
  return { iceUfrag, icePwd, fingerprint, candidates };
}

function seal(prefix: string, encoder: encoding.Encoder): string {
  const body = encoding.toUint8Array(encoder);
  const sealed = new Uint8Array(body.length + CHECKSUM_BYTES);
  sealed.set(body);
  sealed.set(digest(body).subarray(0, CHECKSUM_BYTES), body.length);
  return prefix + toBase64Url(sealed);
}

/** The code's bytes after its prefix, checksum checked; or what is wrong, in plain words (`words`: this kind of code's). */
function open(pasted: string, prefix: string, otherPrefix: string, words: CodeProblems): Result<decoding.Decoder> {
  const code = pasted.replace(/\s+/g, '');
  if (code === '') return err(words.empty);
  if (code.length > MAX_CODE_LENGTH) return err(words.tooLong);
  if (code.startsWith(otherPrefix)) return err(words.otherKind);
  const version = /^CG[PR](\d+)-/i.exec(code);
  if (version && Number(version[1]) > VERSION) return err(words.newer);
  if (!code.startsWith(prefix)) return err(words.notOne(prefix));
  const bytes = fromBase64Url(code.slice(prefix.length));
  if (!bytes) return err(words.badCharacters);
  if (bytes.length <= CHECKSUM_BYTES + 2) return err(words.incomplete);
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const checksum = bytes.subarray(bytes.length - CHECKSUM_BYTES);
  if (
    !digest(body)
      .subarray(0, CHECKSUM_BYTES)
      .every((byte, i) => byte === checksum[i])
  ) {
    return err(words.changed);
  }
  return ok(decoding.createDecoder(body));
}

/** A new code of `kind`: its version, kind and pairing id, for the rest to follow. */
function startCode(kind: typeof OFFER | typeof REPLY, id: string): encoding.Encoder {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, VERSION);
  encoding.writeUint8(encoder, kind);
  encoding.writeUint8Array(encoder, fromHex(id));
  return encoder;
}

/**
 * Opens a pasted code of `kind` and reads its version, kind and pairing id;
 * `read` reads the rest, returning null for anything it cannot read. What
 * cannot be read is damaged, never a throw.
 */
function readCode<T>(
  pasted: string,
  kind: typeof OFFER | typeof REPLY,
  read: (decoder: decoding.Decoder, id: string) => Result<T> | null,
): Result<T> {
  const words = kind === OFFER ? t.connection.pairingCode : t.connection.replyCode;
  const damaged = words.damaged;
  const opened = kind === OFFER ? open(pasted, OFFER_PREFIX, REPLY_PREFIX, words) : open(pasted, REPLY_PREFIX, OFFER_PREFIX, words);
  if (!opened.ok) return opened;
  try {
    const decoder = opened.value;
    if (decoding.readUint8(decoder) !== VERSION || decoding.readUint8(decoder) !== kind) return err(damaged);
    return read(decoder, toHex(decoding.readUint8Array(decoder, ID_BYTES))) ?? err(damaged);
  } catch {
    return err(damaged);
  }
}

export function encodeOffer(offer: PairingOffer): string {
  const encoder = startCode(OFFER, offer.id);
  encoding.writeVarUint(encoder, Math.ceil(offer.expiresAt / 1000));
  writeSession(encoder, offer.session);
  encoding.writeUint8(encoder, ROLES.indexOf(offer.board.role));
  encoding.writeUint8Array(encoder, fromHex(offer.board.inviter.slice(1)));
  encoding.writeVarString(encoder, offer.board.uid);
  encoding.writeVarString(encoder, offer.board.title);
  return seal(OFFER_PREFIX, encoder);
}

/** Reads a pasted pairing code; `now` decides whether it has expired. */
export function parseOffer(pasted: string, now: number): Result<PairingOffer> {
  return readCode(pasted, OFFER, (decoder, id) => {
    const expiresAt = decoding.readVarUint(decoder) * 1000;
    const session = readSession(decoder);
    const role = ROLES[decoding.readUint8(decoder)];
    const inviter = `k${toHex(decoding.readUint8Array(decoder, 16))}`;
    const uid = decoding.readVarString(decoder);
    const title = cleanName(decoding.readVarString(decoder), MAX_TITLE_LENGTH);
    if (!session || !role || !title.ok || !/^[A-Za-z0-9_-]{1,64}:\d{1,16}$/.test(uid) || decoding.hasContent(decoder)) return null;
    if (now > expiresAt) return err(t.connection.pairing.expiredCode);
    return ok({ id, expiresAt, session, board: { title: title.value, role, inviter, uid } });
  });
}

export function encodeReply(reply: PairingReply): string {
  const encoder = startCode(REPLY, reply.id);
  writeSession(encoder, reply.session);
  return seal(REPLY_PREFIX, encoder);
}

export function parseReply(pasted: string): Result<PairingReply> {
  return readCode(pasted, REPLY, (decoder, id) => {
    const session = readSession(decoder);
    return !session || decoding.hasContent(decoder) ? null : ok({ id, session });
  });
}
