import { t } from '@/lib/i18n/messages';
import { digest } from 'lib0/hash/sha256';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ROLES } from '@/lib/board/format';
import { BOARD_KEY_BYTES, boardKeyBytes } from '@/lib/board/boardKey';
import { fromHex, toHex } from '@/lib/util/ids';
import { err, ok, type Result } from '@/lib/util/result';
import { fromBase64Url, toBase64Url } from '@/lib/util/base64';
import { FINGERPRINT, readSignaling, readTitle, type Invite } from '@/lib/sync/room/inviteFields';

/**
 * Version 2 invite codes: the same facts packed as bytes, so a code made by
 * this version fits in 100 characters and in one chat line.
 *
 *   CG2-<base64url of: flags · secret · [room] · [fingerprint] · [board key] · [signaling] · title · checksum>
 *
 * What makes it short: the room is derived from the secret (so a board
 * shared by this version carries 16 bytes, not two 22-character strings),
 * the board's identity travels as its 8-byte key, and the title is cut to
 * what fits, ending in “…” (the whole title arrives with the board). The
 * last 3 bytes are the SHA-256 of the rest: a code changed on the way, or
 * cut short, is refused with a clear message instead of joining a room
 * nobody is in. See docs/invite-format.md.
 */
export const BYTES_VERSION = 2;
const PREFIX = `CG${BYTES_VERSION}-`;
/** 96 base64url characters: with the prefix, 100. */
export const SHORT_CODE_BYTES = 72;
const SECRET_BYTES = 16;
const ROOM_BYTES = 16;
const FINGERPRINT_BYTES = 16;
const CHECKSUM_BYTES = 3;
/** A title cut shorter than this says too little (a letter or two and “…”), so it is left out. */
const MIN_TITLE_BYTES = 8;

// The flags byte: the role in its two low bits, then which optional parts follow.
const ROLE_MASK = 0b11;
const HAS_ROOM = 1 << 2;
const HAS_INVITER = 1 << 3;
const HAS_BOARD = 1 << 4;
const HAS_SIGNALING = 1 << 5;
const KNOWN_FLAGS = ROLE_MASK | HAS_ROOM | HAS_INVITER | HAS_BOARD | HAS_SIGNALING;

const ROOM_LABEL = new TextEncoder().encode('common-ground room v2:');

/**
 * The room a secret made by this version lives in: the first 16 bytes of
 * SHA-256 over a label and the secret. Signaling servers see the room name;
 * they cannot work back from it to the secret, which encrypts everything
 * they relay.
 */
export function roomOfSecret(secretBytes: Uint8Array): string {
  const input = new Uint8Array(ROOM_LABEL.length + secretBytes.length);
  input.set(ROOM_LABEL);
  input.set(secretBytes, ROOM_LABEL.length);
  return toBase64Url(digest(input).subarray(0, ROOM_BYTES));
}

/** The 16 bytes a base64url string stands for, when it is exactly that (as every room and secret this extension makes is). */
function sixteenBytes(text: string): Uint8Array | null {
  const bytes = fromBase64Url(text);
  return bytes && bytes.length === SECRET_BYTES && toBase64Url(bytes) === text ? bytes : null;
}

const checksum = (bytes: Uint8Array) => digest(bytes).subarray(0, CHECKSUM_BYTES);

/** The title, cut at a whole character (emoji included) so its UTF-8 fits in `maxBytes`, ending in “…” when cut. */
export function fitTitle(title: string, maxBytes: number): string {
  const utf8 = new TextEncoder();
  if (utf8.encode(title).length <= maxBytes) return title;
  const ellipsis = '…';
  let kept = '';
  let size = utf8.encode(ellipsis).length;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(title)) {
    size += utf8.encode(segment).length;
    if (size > maxBytes) break;
    kept += segment;
  }
  return kept.trimEnd() + ellipsis;
}

/**
 * The invite as a version 2 code, or null when it cannot be one (a room or
 * secret made elsewhere, not 16 bytes, or a fingerprint of another form):
 * the caller then writes version 1.
 */
export function encodeByteInvite(invite: Invite): string | null {
  const secret = sixteenBytes(invite.secret);
  if (!secret) return null;
  const derived = invite.room === roomOfSecret(secret);
  const room = derived ? null : sixteenBytes(invite.room);
  if (!derived && !room) return null;
  if (invite.inviter !== undefined && !FINGERPRINT.test(invite.inviter)) return null;
  const signaling = invite.signaling?.length ? invite.signaling : undefined;

  const encoder = encoding.createEncoder();
  const flags =
    ROLES.indexOf(invite.role) |
    (room ? HAS_ROOM : 0) |
    (invite.inviter ? HAS_INVITER : 0) |
    (invite.board ? HAS_BOARD : 0) |
    (signaling ? HAS_SIGNALING : 0);
  encoding.writeUint8(encoder, flags);
  encoding.writeUint8Array(encoder, secret);
  if (room) encoding.writeUint8Array(encoder, room);
  if (invite.inviter) encoding.writeUint8Array(encoder, fromHex(invite.inviter.slice(1)));
  if (invite.board) encoding.writeUint8Array(encoder, boardKeyBytes(invite.board));
  if (signaling) {
    encoding.writeVarUint(encoder, signaling.length);
    for (const url of signaling) writeServer(encoder, url);
  }
  // The title takes what is left of 100 characters (one byte says its length). When
  // that is too little to say anything, it is left out: the board brings it.
  const titleBytes = SHORT_CODE_BYTES - encoding.length(encoder) - 1 - CHECKSUM_BYTES;
  encoding.writeVarString(encoder, titleBytes < MIN_TITLE_BYTES ? '' : fitTitle(invite.title, titleBytes));
  const body = encoding.toUint8Array(encoder);
  const sealed = new Uint8Array(body.length + CHECKSUM_BYTES);
  sealed.set(body);
  sealed.set(checksum(body), body.length);
  return PREFIX + toBase64Url(sealed);
}

// A signaling server: a kind byte, then the address. `ws://127.0.0.1:4444` (a server on this
// computer or network, the usual custom one) takes 7 bytes; a name takes its length, less the scheme.
const SERVER_WS = 0;
const SERVER_WSS = 1;
const SERVER_WS_IPV4 = 2;
const SERVER_WSS_IPV4 = 3;
const SERVER_TEXT = 4;
const IPV4_PORT = /^(wss?):\/\/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})$/;

function writeServer(encoder: encoding.Encoder, url: string): void {
  const ipv4 = IPV4_PORT.exec(url);
  const numbers = ipv4?.slice(2).map(Number);
  // Only when writing the numbers back gives the very same text (no leading zeros).
  if (ipv4 && numbers!.slice(0, 4).every((n) => n <= 255) && numbers![4]! <= 65535 && url === ipv4Url(ipv4[1]!, numbers!)) {
    encoding.writeUint8(encoder, ipv4[1] === 'wss' ? SERVER_WSS_IPV4 : SERVER_WS_IPV4);
    for (const n of numbers!.slice(0, 4)) encoding.writeUint8(encoder, n);
    encoding.writeUint16(encoder, numbers![4]!);
  } else if (url.startsWith('wss://')) {
    encoding.writeUint8(encoder, SERVER_WSS);
    encoding.writeVarString(encoder, url.slice('wss://'.length));
  } else if (url.startsWith('ws://')) {
    encoding.writeUint8(encoder, SERVER_WS);
    encoding.writeVarString(encoder, url.slice('ws://'.length));
  } else {
    encoding.writeUint8(encoder, SERVER_TEXT);
    encoding.writeVarString(encoder, url);
  }
}

const ipv4Url = (scheme: string, numbers: number[]) => `${scheme}://${numbers.slice(0, 4).join('.')}:${numbers[4]}`;

/** The server's address as text; readSignaling checks it is one. */
function readServer(decoder: decoding.Decoder): string {
  const kind = decoding.readUint8(decoder);
  if (kind === SERVER_WS_IPV4 || kind === SERVER_WSS_IPV4) {
    const numbers = [...decoding.readUint8Array(decoder, 4), decoding.readUint16(decoder)];
    return ipv4Url(kind === SERVER_WSS_IPV4 ? 'wss' : 'ws', numbers);
  }
  const text = decoding.readVarString(decoder);
  return kind === SERVER_WSS ? `wss://${text}` : kind === SERVER_WS ? `ws://${text}` : kind === SERVER_TEXT ? text : '';
}

/** Reads what follows `CG2-`. */
export function readByteInvite(payload: string): Result<Invite> {
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return err(t.connection.invite.badCharacters);
  const sealed = fromBase64Url(payload);
  if (!sealed || sealed.length < 1 + SECRET_BYTES + 1 + CHECKSUM_BYTES) return err(t.connection.invite.damaged);
  const body = sealed.subarray(0, sealed.length - CHECKSUM_BYTES);
  const sum = checksum(body);
  if (sum.some((byte, i) => byte !== sealed[body.length + i])) return err(t.connection.invite.damaged);
  const flags = body[0]!;
  if ((flags & ~KNOWN_FLAGS) !== 0) return err(t.connection.invite.newer);
  const role = ROLES[flags & ROLE_MASK];
  if (!role) return err(t.connection.invite.unknownRole);
  try {
    const decoder = decoding.createDecoder(body);
    decoding.readUint8(decoder);
    const secret = decoding.readUint8Array(decoder, SECRET_BYTES);
    const room = flags & HAS_ROOM ? toBase64Url(decoding.readUint8Array(decoder, ROOM_BYTES)) : roomOfSecret(secret);
    const inviter = flags & HAS_INVITER ? `k${toHex(decoding.readUint8Array(decoder, FINGERPRINT_BYTES))}` : undefined;
    const boardKey = flags & HAS_BOARD ? toHex(decoding.readUint8Array(decoder, BOARD_KEY_BYTES)) : undefined;
    let signaling: string[] | undefined;
    if (flags & HAS_SIGNALING) {
      const count = decoding.readVarUint(decoder);
      const urls = Array.from({ length: Math.min(count, 6) }, () => readServer(decoder));
      const read = readSignaling(count === urls.length ? urls : []);
      if (!read.ok) return read;
      signaling = read.value;
    }
    const rawTitle = decoding.readVarString(decoder);
    // An empty title: there was no room for it in the code (see encodeByteInvite).
    const title = rawTitle === '' ? ok('') : readTitle(rawTitle);
    if (!title.ok) return title;
    if (decoding.hasContent(decoder)) return err(t.connection.invite.damaged);
    return ok({
      room,
      secret: toBase64Url(secret),
      title: title.value,
      role,
      ...(signaling ? { signaling } : {}),
      ...(inviter ? { inviter } : {}),
      ...(boardKey ? { boardKey } : {}),
    });
  } catch {
    // lib0 throws when the bytes end before a part does.
    return err(t.connection.invite.damaged);
  }
}
