import { t } from '@/lib/i18n/messages';
import { MAX_TITLE_LENGTH, type Role } from '@/lib/board/format';
import { cleanName } from '@/lib/board/people/names';
import { err, ok, type Result } from '@/lib/util/result';
import { parseSignalingUrl } from '@/lib/sync/room/netSettings';

/** What an invite code carries, in either format (docs/invite-format.md). */
export interface Invite {
  room: string;
  secret: string;
  /**
   * The board's name as the inviter saw it. A short code may carry only its
   * beginning, ending in “…”, or, when there is no room at all, none: ''.
   */
  title: string;
  /** The role the invited person takes; partner when the code does not say (codes made before roles). */
  role: Role;
  /** The inviter's signaling servers, when they differ from the defaults. */
  signaling?: string[];
  /** The fingerprint of the inviter's device key (signing.ts): the joiner checks the board is signed by it. */
  inviter?: string;
  /** The board's identity (`boardUid`): a code for a board already here (after `Reset invite`) moves it. Version 1 codes carry it whole. */
  board?: string;
  /** The same, as its short key (lib/board/boardKey.ts): what version 2 codes carry instead. */
  boardKey?: string;
}

export const MAX_SIGNALING = 5;
export const FINGERPRINT = /^k[0-9a-f]{32}$/;

export function readTitle(raw: unknown): Result<string> {
  const title = typeof raw === 'string' ? cleanName(raw, MAX_TITLE_LENGTH) : err('');
  return title.ok ? title : err(t.connection.invite.noTitle);
}

export function readSignaling(raw: unknown): Result<string[]> {
  const invalid = err(t.connection.invite.badSignaling);
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_SIGNALING) return invalid;
  const signaling: string[] = [];
  for (const url of raw) {
    const parsed = typeof url === 'string' ? parseSignalingUrl(url) : err('');
    if (!parsed.ok) return invalid;
    signaling.push(parsed.value);
  }
  return ok(signaling);
}
