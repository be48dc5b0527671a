import { t } from '@/lib/i18n/messages';
import { err, type Result } from '@/lib/util/result';
import { fromBase64Url, randomBase64Url } from '@/lib/util/base64';
import { type Invite } from '@/lib/sync/room/inviteFields';
import { JSON_VERSION, encodeJsonInvite, readJsonInvite } from '@/lib/sync/room/inviteJson';
import { BYTES_VERSION, encodeByteInvite, readByteInvite, roomOfSecret } from '@/lib/sync/room/inviteBytes';

export type { Invite } from '@/lib/sync/room/inviteFields';

/**
 * Invite codes: everything another device needs to join a board, pasted
 * through a channel the people already share. Version 2 (inviteBytes.ts)
 * fits in 100 characters; version 1 (inviteJson.ts), the codes sent before
 * it, still reads. See docs/invite-format.md.
 */
export const INVITE_VERSION = BYTES_VERSION;
/** Far above any real code; stops a pasted novel before we decode it. */
const MAX_CODE_LENGTH = 2000;
const SECRET_BYTES = 16;

/**
 * A fresh secret (128 random bits) for a board that is about to be shared,
 * and the room derived from it, so a code need carry only the secret.
 */
export function newShare(): { room: string; secret: string } {
  const secret = randomBase64Url(SECRET_BYTES);
  return { room: roomOfSecret(fromBase64Url(secret)!), secret };
}

/** The shortest code for the invite: version 2, or version 1 for a room or secret it cannot pack. */
export const encodeInvite = (invite: Invite): string => encodeByteInvite(invite) ?? encodeJsonInvite(invite);

/**
 * Reads a pasted invite code. Every failure says, in plain words, what is
 * wrong with the code, so the person can ask for a fresh one.
 */
export function parseInvite(pasted: string): Result<Invite> {
  const whole = parseCode(pasted);
  if (whole.ok) return whole;
  // Not the code alone: a chat message copied with it ("Alex: here it is → CG2-… see you at 6").
  return findCode(pasted) ?? whole;
}

/** Base64url (and its padding, should a tool add it): what an invite code is made of after its prefix. */
const CODE_RUN = /^[A-Za-z0-9_=-]*/;
/** Pieces a wrapped code may be split into: a 300-character code wrapped at 10 is 30. */
const MAX_PIECES = 200;
/** Places a code might start that are tried: a paste full of "CG2-" is not read for ever. */
const MAX_STARTS = 20;

/**
 * An invite code inside longer pasted text, wherever it starts, wrapped over
 * lines or not, in quotes or not. From each `CG<n>-`, the code's pieces are
 * joined one whitespace-separated piece at a time until they read as a whole
 * code: a code ends where its JSON or its checksum does, so the first reading
 * that works is the code, and the words after it are never taken in. Null
 * when none reads.
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
  if (code === '') return err(t.connection.invite.empty);
  if (code.length > MAX_CODE_LENGTH) return err(t.connection.invite.tooLong);
  const prefix = /^CG(\d+)-/i.exec(code);
  if (!prefix) return err(t.connection.invite.notOne);
  const version = Number(prefix[1]);
  const payload = code.slice(prefix[0].length);
  if (version === BYTES_VERSION) return readByteInvite(payload);
  if (version === JSON_VERSION) return readJsonInvite(payload);
  if (version > INVITE_VERSION) return err(t.connection.invite.newer);
  return err(t.connection.invite.unknownVersion);
}
