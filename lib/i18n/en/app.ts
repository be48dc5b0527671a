/**
 * What the panel's own layer says (lib/app): a board that cannot be
 * reached, Settings' server lists, invites and pairing as the panel sees them.
 */
export const app = {
  /** The name this device goes by on a board before its person gives one. */
  someone: 'Someone',
  /** A board joined with a short code that carried no title, until the board's own arrives. */
  sharedBoard: 'Shared board',
  boardGone: 'This board is no longer on this device.',
  cannotPrint: 'This board could not be opened, so it cannot be printed.',
  cannotRename: 'This board could not be opened, so it cannot be renamed.',
  /** `problem`: what is wrong with the list, already a sentence (lib/sync/room/netSettings.ts). */
  signalingProblem: (problem: string) => `Signaling servers: ${problem}`,
  iceProblem: (problem: string) => `ICE servers: ${problem}`,
  directNow:
    'This board is connected directly right now (paired without a server). To make or reset an invite code, go back to all boards and open this one again: the direct connection ends then, and pairing again later works as before.',
  couldNotConnect:
    'The devices could not connect. Please start a new pairing. If it keeps failing, one of you may be behind a network that needs a TURN server (see Settings).',
  /** `reason`: why, a sentence of lib/sync/direct/pairing.ts without its full stop. */
  couldNotConnectBecause: (reason: string) =>
    `The devices could not connect (${reason}). Please start a new pairing. If it keeps failing, one of you may be behind a network that needs a TURN server (see Settings).`,
  closedBeforeConnected: 'The board was closed before the devices connected. Please start a new pairing.',
  notArrived: 'This board has not arrived here yet, so it cannot be paired.',
  pairingNotAllowed: 'A pairing code could not be made here: this browser did not allow a direct connection.',
  pairingUsed: 'This pairing code was already used on this device. To connect again, ask for a fresh one.',
};
