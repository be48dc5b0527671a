import { MAX_TITLE_LENGTH, isRole, type Role } from '@/lib/board/format';
import { cleanName } from '@/lib/board/people/names';
import { err, ok, type Result } from '@/lib/util/result';
import { fromBase64Url, randomBase64Url, toBase64Url } from '@/lib/util/base64';
import { parseSignalingUrl } from '@/lib/sync/room/netSettings';

/**
 * An invite code: everything another device needs to join a board, pasted
 * through a channel the people already share. See docs/invite-format.md.
 *
 *   CG1-<base64url of UTF-8 JSON {"v":1,"r":room,"s":secret,"t":title,"a":role,"k":fingerprint,"b":board,"g":[signaling]}>
 *
 * `k` (the inviter's key fingerprint) and `b` (the board's identity) are
 * optional, so codes made before them still read; see docs/invite-format.md.
 */
export const INVITE_VERSION = 1;
const PREFIX = `CG${INVITE_VERSION}-`;
/** 128 bits each, base64url: 22 characters. */
const ROOM_BYTES = 16;
const SECRET_BYTES = 16;
const MAX_SIGNALING = 5;
/** Far above any real code; stops a pasted novel before we decode it. */
const MAX_CODE_LENGTH = 2000;

export interface Invite {
  room: string;
  secret: string;
  title: string;
  /** The role the invited person takes; partner when the code does not say (codes made before roles). */
  role: Role;
  /** The inviter's signaling servers, when they differ from the defaults. */
  signaling?: string[];
  /** The fingerprint of the inviter's device key (signing.ts): the joiner checks the board is signed by it. */
  inviter?: string;
  /** The board's identity (`boardUid`): a code for a board already here (after `Reset invite`) moves it. */
  board?: string;
}

/** A fresh room and secret for a board that is about to be shared. */
export function newShare(): { room: string; secret: string } {
  return { room: randomBase64Url(ROOM_BYTES), secret: randomBase64Url(SECRET_BYTES) };
}

export function encodeInvite(invite: Invite): string {
  const body: Record<string, unknown> = { v: INVITE_VERSION, r: invite.room, s: invite.secret, t: invite.title };
  if (invite.role !== 'partner') body.a = invite.role;
  if (invite.inviter) body.k = invite.inviter;
  if (invite.board) body.b = invite.board;
  if (invite.signaling?.length) body.g = invite.signaling;
  return PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(body)));
}

const RANDOM_PART = /^[A-Za-z0-9_-]{22,64}$/;
const FINGERPRINT = /^k[0-9a-f]{32}$/;
/** A boardUid: the maker's person id, a colon, and a time. */
const BOARD_UID = /^[A-Za-z0-9_-]{1,64}:\d{1,16}$/;

/**
 * Reads a pasted invite code. Every failure says, in plain words, what is
 * wrong with the code, so the person can ask for a fresh one.
 */
export function parseInvite(pasted: string): Result<Invite> {
  const whole = parseCode(pasted);
  if (whole.ok) return whole;
  // Not the code alone: a chat message copied with it ("Alex: here it is → CG1-… see you at 6").
  return findCode(pasted) ?? whole;
}

/** Base64url (and its padding, should a tool add it): what an invite code is made of after its prefix. */
const CODE_RUN = /^[A-Za-z0-9_=-]*/;
/** Pieces a wrapped code may be split into: a 300-character code wrapped at 10 is 30. */
const MAX_PIECES = 200;
/** Places a code might start that are tried: a paste full of "CG1-" is not read for ever. */
const MAX_STARTS = 20;

/**
 * An invite code inside longer pasted text, wherever it starts, wrapped over
 * lines or not, in quotes or not. From each `CG<n>-`, the code's pieces are
 * joined one whitespace-separated piece at a time until they read as a whole
 * code: a code ends where its JSON does, so the first reading that works is
 * the code, and the words after it are never taken in. Null when none reads.
 */
function findCode(pasted: string): Result<Invite> | null {
  for (const start of [...pasted.matchAll(/CG\d+-/gi)].slice(0, MAX_STARTS)) {
    let code = '';
    for (const piece of pasted.slice(start.index).split(/\s+/).slice(0, MAX_PIECES)) {
      const run = CODE_RUN.exec(piece)![0];
      code += run;
      if (code.length > MAX_CODE_LENGTH) break;
      const parsed = parseCode(code);
      if (parsed.ok) return parsed;
      // A character no code holds (a quote, a full stop, an arrow) ends it.
      if (run.length < piece.length) break;
    }
  }
  return null;
}

/** The pasted text as one code, spaces and line breaks aside. */
function parseCode(pasted: string): Result<Invite> {
  // Chat apps wrap long lines and add spaces; none of them are part of a code.
  const code = pasted.replace(/\s+/g, '');
  if (code === '') return err('Please paste the invite code you were sent.');
  if (code.length > MAX_CODE_LENGTH) return err('That is much longer than an invite code. Please copy just the code.');
  const version = /^CG(\d+)-/i.exec(code);
  if (!version) return err('That does not look like a Common Ground invite code (they start with “CG1-”).');
  if (Number(version[1]) > INVITE_VERSION) {
    return err('This invite code was made by a newer version of Common Ground. Please update the extension and try again.');
  }
  if (Number(version[1]) !== INVITE_VERSION) return err('This invite code’s version is not one we know.');
  const bytes = fromBase64Url(code.slice(version[0].length));
  if (!bytes) return err('This invite code has characters that do not belong in it. Please copy it again, whole.');
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return err('This invite code is incomplete or damaged. Please copy it again, whole.');
  }
  return readBody(body);
}

function readBody(body: unknown): Result<Invite> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return err('This invite code is incomplete or damaged. Please copy it again, whole.');
  }
  const { v, r, s, t, a, g, k, b } = body as Record<string, unknown>;
  if (v !== INVITE_VERSION) return err('This invite code’s version does not match its contents.');
  if (typeof r !== 'string' || !RANDOM_PART.test(r)) return err('This invite code has no valid room in it.');
  if (typeof s !== 'string' || !RANDOM_PART.test(s)) return err('This invite code has no valid secret in it.');
  const title = typeof t === 'string' ? cleanName(t, MAX_TITLE_LENGTH) : err('');
  if (!title.ok) return err('This invite code has no valid board name in it.');
  if (a !== undefined && !isRole(a)) return err('This invite code names a role we do not know. Please ask for a fresh code.');
  if (k !== undefined && (typeof k !== 'string' || !FINGERPRINT.test(k))) {
    return err('This invite code’s key fingerprint is damaged. Please copy it again, whole.');
  }
  if (b !== undefined && (typeof b !== 'string' || !BOARD_UID.test(b))) {
    return err('This invite code’s board identity is damaged. Please copy it again, whole.');
  }
  let signaling: string[] | undefined;
  if (g !== undefined) {
    if (!Array.isArray(g) || g.length === 0 || g.length > MAX_SIGNALING) {
      return err('This invite code’s signaling servers are not valid.');
    }
    signaling = [];
    for (const url of g) {
      const parsed = typeof url === 'string' ? parseSignalingUrl(url) : err('');
      if (!parsed.ok) return err('This invite code’s signaling servers are not valid.');
      signaling.push(parsed.value);
    }
  }
  return ok({
    room: r,
    secret: s,
    title: title.value,
    role: a ?? 'partner',
    ...(signaling ? { signaling } : {}),
    ...(k !== undefined ? { inviter: k } : {}),
    ...(b !== undefined ? { board: b } : {}),
  });
}
