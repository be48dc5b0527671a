import type { Role } from '@/lib/board/format';

// What the invited person's role means for them, in the invitation's own voice.
const AS_ROLE: Record<Role, string> = {
  partner: '',
  facilitator: ' You are invited as our therapist or facilitator: you can guide us and add to the board.',
  observer: ' You are invited as an observer: you can read the board.',
};

/**
 * `Copy invitation`: the code with a few warm lines around it, for someone
 * who may not have the extension yet. The whole message can be pasted into
 * `Join a board`: the code is found inside it (lib/sync/room/invite.ts).
 * TODO(issue 18): name the store pages here once the extension is listed (docs/publishing.md).
 */
export function invitationMessage(invite: { title: string; role: Role; code: string }): string {
  return [
    `Here is my invitation to “${invite.title}”, our board in Common Ground for our boundaries, expectations and celebrations.${AS_ROLE[invite.role]}`,
    'To join: get Common Ground, a free extension for Chrome and Firefox (search for it in your browser’s extension store). Open it, choose “Join a board” and paste this whole message.',
    invite.code,
  ].join('\n\n');
}
