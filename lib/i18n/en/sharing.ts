import type { Role } from '@/lib/board/format';

/**
 * Inviting and pairing (components/sharing): the invite view, `Pair without
 * a server`, the reply code, and the invitation `Copy invitation` copies.
 * Most labels here are accessible names in docs/ui-contract.md: keep them exactly.
 */
export const sharing = {
  close: 'Close',

  // AddressNotice: said once per device, the first time it invites or joins.
  addressNotice: 'Who learns your address',
  gotIt: 'Got it',
  chooseServers: 'Choose servers',

  // CodeBox
  /** `chord`: the copy shortcut in this platform's words (lib/i18n/platform.ts). */
  copyRefused: (chord: string) => `Copying was not allowed here: the code is selected, press ${chord} to copy it.`,
  copiedInvitation: 'Copied the invitation, with the code in it. Paste it into the chat you already share, such as your video call’s chat.',
  copied: 'Copied. Paste it into the chat you already share, such as your video call’s chat.',

  inviteAs: 'Invite as',

  // InvitePanel
  inviteTitle: 'Invite someone to this board',
  inviteAsNote: 'Each code names one role, and the person sees it before joining.',
  preparingInvite: 'Preparing the invite…',
  inviteCode: 'Invite code',
  copyInviteCode: 'Copy invite code',
  copyInvitation: 'Copy invitation',
  inviteHelp:
    'Anyone with this code can join this board and see everything on it. Send it only to the people it is for, through a channel you already share, like your video call’s chat. The board itself travels directly between your devices, never through a server.',
  resetSummary: 'If a code reached the wrong person',
  resetHelp:
    'Resetting moves this board to a new private room. The old code stops working, and anyone connected now, or holding an old code, is left behind: a former partner, or someone a code was passed to by mistake. What they already saw stays on their device; what you add from now on does not reach them.',
  resetInvite: 'Reset invite',
  resetTitle: 'Reset the invite?',
  keepCode: 'Keep the current code',
  resetConfirm:
    'Everyone connected now is disconnected, and the current code stops working. You will get a new code to send to the people who should stay. Nothing on the board is deleted.',
  resetDone:
    'Done. The old code no longer reaches this board. Send this new code to each person who should stay; their copy of the board moves over when they paste it into “Join a board”.',

  // PairingPanel
  pairTitle: 'Pair without a server',
  pairHelp:
    'For when you would rather no signaling server is involved, or none can be reached. Send the pairing code in your call’s chat; the other person pastes it into “Join a board” and sends you back a reply code; paste that below. The code works for 15 minutes, while this stays open.',
  onlyThisNetwork: 'Only this network',
  onlyThisNetworkHelp:
    'Asks no server at all, not even for this device’s address. It works when both devices are on the same network, like the Wi-Fi in a therapist’s office; a new code is made when you change it.',
  preparingPairing: 'Preparing a pairing code…',
  pairingCode: 'Pairing code',
  copyPairingCode: 'Copy pairing code',
  replyCode: 'Reply code',
  connect: 'Connect',
  connecting: 'Connecting…',
  /** Followed by the four confirmation words, in bold. */
  confirmWordsLead: 'Connected directly. Your confirmation words:',
  confirmWordsHelp:
    'Say them aloud on your call and check the other person sees the same words. If theirs are different, someone may be in between: close this board, and pair again.',

  // ReplyPanel
  checkWords: 'Check these words together',
  pairingFailed: 'The pairing did not connect',
  sendReply: 'Send this reply back',
  copyReplyCode: 'Copy reply code',
  replyHelp:
    'Paste it into your call’s chat. You are connected as soon as the person who sent you the pairing code pastes it on their side.',
  waitingForReply: 'Waiting for them to paste the reply…',

  /**
   * `Copy invitation` (invitation.ts): the first paragraph, by the role the
   * code gives, in the invitation's own voice. The person reading it may
   * not have the extension yet.
   */
  invitationFor: {
    partner: (title: string) =>
      `Here is my invitation to “${title}”, our board in Common Ground for our boundaries, expectations and celebrations.`,
    facilitator: (title: string) =>
      `Here is my invitation to “${title}”, our board in Common Ground for our boundaries, expectations and celebrations. You are invited as our therapist or facilitator: you can guide us and add to the board.`,
    observer: (title: string) =>
      `Here is my invitation to “${title}”, our board in Common Ground for our boundaries, expectations and celebrations. You are invited as an observer: you can read the board.`,
  } satisfies Record<Role, (title: string) => string> as Record<Role, (title: string) => string>,
  /** The invitation's second paragraph; the code follows it. */
  invitationHowTo:
    'To join: get Common Ground, a free extension for Chrome and Firefox (search for it in your browser’s extension store). Open it, choose “Join a board” and paste this whole message.',
};
