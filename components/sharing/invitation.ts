import type { Role } from '@/lib/board/format';
import { t } from '@/lib/i18n/messages';

/**
 * `Copy invitation`: the code with a few warm lines around it, for someone
 * who may not have the extension yet, in the inviter's language. The whole
 * message can be pasted into `Join a board`: the code is found inside it
 * (lib/sync/room/invite.ts).
 * TODO(issue 18): name the store pages here once the extension is listed (docs/publishing.md).
 */
export function invitationMessage(invite: { title: string; role: Role; code: string }): string {
  return [t.sharing.invitationFor[invite.role](invite.title), t.sharing.invitationHowTo, invite.code].join('\n\n');
}
