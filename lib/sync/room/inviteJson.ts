import { t } from '@/lib/i18n/messages';
import { isRole } from '@/lib/board/format';
import { err, ok, type Result } from '@/lib/util/result';
import { fromBase64Url, toBase64Url } from '@/lib/util/base64';
import { FINGERPRINT, readSignaling, readTitle, type Invite } from '@/lib/sync/room/inviteFields';

/**
 * Version 1 invite codes: base64url of UTF-8 JSON, about 280 characters.
 * Codes already sent in chats are of this kind, so they are read for good;
 * they are written only for shares the short format cannot hold (a room or
 * secret this version did not make). See docs/invite-format.md.
 *
 *   CG1-<base64url of {"v":1,"r":room,"s":secret,"t":title,"a":role,"k":fingerprint,"b":board,"g":[signaling]}>
 */
export const JSON_VERSION = 1;

const RANDOM_PART = /^[A-Za-z0-9_-]{22,64}$/;
/** A boardUid: the maker's person id, a colon, and a time. */
const BOARD_UID = /^[A-Za-z0-9_-]{1,64}:\d{1,16}$/;

export function encodeJsonInvite(invite: Invite): string {
  const body: Record<string, unknown> = { v: JSON_VERSION, r: invite.room, s: invite.secret, t: invite.title };
  if (invite.role !== 'partner') body.a = invite.role;
  if (invite.inviter) body.k = invite.inviter;
  if (invite.board) body.b = invite.board;
  if (invite.signaling?.length) body.g = invite.signaling;
  return `CG${JSON_VERSION}-${toBase64Url(new TextEncoder().encode(JSON.stringify(body)))}`;
}

/** Reads what follows `CG1-`. */
export function readJsonInvite(payload: string): Result<Invite> {
  const problem = t.connection.invite;
  const bytes = fromBase64Url(payload);
  if (!bytes) return err(problem.badCharacters);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return err(problem.damaged);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return err(problem.damaged);
  const { v, r, s, t: rawTitle, a, g, k, b } = body as Record<string, unknown>;
  if (v !== JSON_VERSION) return err(problem.versionMismatch);
  if (typeof r !== 'string' || !RANDOM_PART.test(r)) return err(problem.noRoom);
  if (typeof s !== 'string' || !RANDOM_PART.test(s)) return err(problem.noSecret);
  const title = readTitle(rawTitle);
  if (!title.ok) return title;
  if (a !== undefined && !isRole(a)) return err(problem.unknownRole);
  if (k !== undefined && (typeof k !== 'string' || !FINGERPRINT.test(k))) return err(problem.badFingerprint);
  if (b !== undefined && (typeof b !== 'string' || !BOARD_UID.test(b))) return err(problem.badBoard);
  const signaling = g === undefined ? undefined : readSignaling(g);
  if (signaling && !signaling.ok) return signaling;
  return ok({
    room: r,
    secret: s,
    title: title.value,
    role: a ?? 'partner',
    ...(signaling ? { signaling: signaling.value } : {}),
    ...(k !== undefined ? { inviter: k } : {}),
    ...(b !== undefined ? { board: b } : {}),
  });
}
