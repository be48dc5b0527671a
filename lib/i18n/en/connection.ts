import { plural } from '@/lib/i18n/format';

/** What a pasted pairing or reply code can be wrong with: one set of words for each kind of code (lib/sync/direct/pairingCode.ts). */
export interface CodeProblems {
  empty: string;
  tooLong: string;
  /** The other kind of code, pasted in the wrong place. */
  otherKind: string;
  newer: string;
  /** `prefix`: how this kind of code starts (`CGP1-`). */
  notOne: (prefix: string) => string;
  badCharacters: string;
  incomplete: string;
  changed: string;
  damaged: string;
}

/**
 * How devices reach each other (lib/sync): the `Connection` status, which
 * servers learn this device's address, and what is wrong with a pasted
 * invite or pairing code, or with the servers typed into Settings.
 * The status texts are in docs/ui-contract.md: keep them exactly.
 */
export const connection = {
  status: {
    notShared: 'Not shared yet — saved on this device',
    noSignaling: 'Not connecting: no signaling servers are set in Settings — saved on this device',
    offline: 'Offline — saved on this device',
    connecting: 'Connecting…',
    unreachable: 'Cannot reach the signaling server — retrying. Your changes are saved on this device.',
    waiting: 'Waiting for others to join',
    directClosed: 'The direct connection closed — saved on this device. Pair again to reconnect.',
    /** `names`: the people and visitors, already a list (formatList). */
    connectedWith: (names: string) => `Connected with ${names}`,
    /** One entry of that list: the others connected whose presence is not proved. */
    unconfirmedVisitors: (count: number) => plural(count, { one: '# unconfirmed visitor', other: '# unconfirmed visitors' }),
    /**
     * Connected only with browsers keeping the board in step, nobody at them:
     * `browsers` is a list (formatList) of `browserOf`, `count` how many.
     */
    waitingKeptInStep: (browsers: string, count: number) =>
      `Waiting for others to join — ${browsers} ${count === 1 ? 'keeps' : 'keep'} this board in step`,
    browserOf: (name: string) => `${name}’s browser`,
    /** Connected, no names known yet. */
    connectedWithCount: (count: number) => plural(count, { one: 'Connected with # other person', other: 'Connected with # other people' }),
  },

  /** Who learns this device's address (lib/sync/whoLearns.ts); `signaling` and `ice` are lists of host names (formatList). */
  address: {
    none: 'To connect, no server sees this device’s internet address: only the people you connect with do.',
    signaling: (signaling: string) =>
      `To connect, ${signaling} (to introduce your devices) will see this device’s internet address, but never your board.`,
    ice: (ice: string) =>
      `To connect, ${ice} (to help your devices reach each other) will see this device’s internet address, but never your board.`,
    both: (signaling: string, ice: string) =>
      `To connect, ${signaling} (to introduce your devices) and ${ice} (to help them reach each other) will see this device’s internet address, but never your board.`,
    pairingNoServer:
      'No server is asked anything: your devices look for each other only on the network they are on, so both need to be on the same one.',
    /** `hosts`: the STUN or TURN servers asked (formatList); `count`: how many. */
    pairingStun: (hosts: string, count: number) =>
      plural(count, {
        one: `No signaling server is involved, but to find a path between your devices, this device asks ${hosts} for its internet address, so that server learns it (never your board).`,
        other: `No signaling server is involved, but to find a path between your devices, this device asks ${hosts} for its internet address, so they learn it (never your board).`,
      }),
  },

  /** A pasted invite code (lib/sync/room/invite*.ts). */
  invite: {
    empty: 'Please paste the invite code you were sent.',
    tooLong: 'That is much longer than an invite code. Please copy just the code.',
    notOne: 'That does not look like a Common Ground invite code (they start with “CG” and a number, like “CG2-”).',
    newer: 'This invite code was made by a newer version of Common Ground. Please update the extension and try again.',
    unknownVersion: 'This invite code’s version is not one we know.',
    badCharacters: 'This invite code has characters that do not belong in it. Please copy it again, whole.',
    unknownRole: 'This invite code names a role we do not know. Please ask for a fresh code.',
    damaged: 'This invite code is incomplete or damaged. Please copy it again, whole.',
    noTitle: 'This invite code has no valid board name in it.',
    badSignaling: 'This invite code’s signaling servers are not valid.',
    versionMismatch: 'This invite code’s version does not match its contents.',
    noRoom: 'This invite code has no valid room in it.',
    noSecret: 'This invite code has no valid secret in it.',
    badFingerprint: 'This invite code’s key fingerprint is damaged. Please copy it again, whole.',
    badBoard: 'This invite code’s board identity is damaged. Please copy it again, whole.',
  },

  /** A pasted pairing code (the offer), as the device joining reads it. */
  pairingCode: {
    empty: 'Please paste the pairing code you were sent.',
    tooLong: 'That is much longer than a pairing code. Please copy just the code.',
    otherKind: 'That is a reply code: it goes back to the person who started the pairing, on their board.',
    newer: 'This pairing code was made by a newer version of Common Ground. Please update the extension and try again.',
    notOne: (prefix: string) => `That does not look like a pairing code (they start with “${prefix}”).`,
    badCharacters: 'This pairing code has characters that do not belong in it. Please copy it again, whole.',
    incomplete: 'This pairing code is incomplete. Please copy it again, whole.',
    changed: 'This pairing code was changed or damaged on the way. Please copy it again, whole, or ask for a fresh one.',
    damaged: 'This pairing code is damaged. Please copy it again, whole, or ask for a fresh one.',
  } satisfies CodeProblems as CodeProblems,

  /** A pasted reply code (the answer), as the device that started the pairing reads it. */
  replyCode: {
    empty: 'Please paste the reply code you were sent.',
    tooLong: 'That is much longer than a reply code. Please copy just the code.',
    otherKind: 'That is a pairing code: it goes into “Join a board” on the other device. Here, paste the reply code they sent back.',
    newer: 'This reply code was made by a newer version of Common Ground. Please update the extension and try again.',
    notOne: (prefix: string) => `That does not look like a reply code (they start with “${prefix}”).`,
    badCharacters: 'This reply code has characters that do not belong in it. Please copy it again, whole.',
    incomplete: 'This reply code is incomplete. Please copy it again, whole.',
    changed: 'This reply code was changed or damaged on the way. Please copy it again, whole, or ask for a fresh one.',
    damaged: 'This reply code is damaged. Please copy it again, whole.',
  } satisfies CodeProblems as CodeProblems,

  /** Pairing without a server (lib/sync/direct/pairing.ts). */
  pairing: {
    expiredCode: 'This pairing code has expired: codes last 15 minutes, while the other person’s panel waits. Please ask for a fresh one.',
    otherPairing:
      'This reply answers a different pairing code. Ask the other person to paste the newest pairing code into “Join a board” again.',
    replyUsed: 'This reply code was already used. To connect again, start a new pairing.',
    expired: 'This pairing has expired. Please start a new pairing.',
    closedBeforeReach: 'The connection closed before the devices could reach each other. Please start a new pairing.',
    replyUnusable: 'This reply code could not be used. Please ask for it again, copied whole.',
    codeUnusable: 'This pairing code could not be used here. Please ask for a fresh one.',
    // Why a pairing did not connect: said inside “The devices could not connect (…)” (lib/app/pairings.ts).
    timedOut: 'The devices could not reach each other in time.',
    closedBeforeOpen: 'The connection closed before it opened.',
    unreachable: 'The devices could not reach each other.',
    replyNotPasted: 'the reply code was not pasted on the other side in time',
  },

  /** The servers typed into Settings (lib/sync/room/netSettings.ts); `text`, `url`, `line`: what the person typed. */
  servers: {
    notAddress: (text: string) => `“${text}” is not a web address.`,
    notWebSocket: (text: string) => `“${text}” must start with wss:// (or ws:// for a server on this computer or network).`,
    credentialsInAddress: (text: string) => `“${text}” must not contain a user name or password.`,
    tooManySignaling: (max: number) => `Please list at most ${max} signaling servers.`,
    tooManyIce: (max: number) => `Please list at most ${max} ICE servers.`,
    notIce: (url: string) => `“${url}” must start with stun: or turn:.`,
    tooManyParts: (line: string) => `“${line}” has more parts than a server, a user name and a password.`,
    turnNeedsCredentials: (url: string) => `The TURN server “${url}” needs a user name and a password after it.`,
    stunTakesNoCredentials: (url: string) => `The STUN server “${url}” takes no user name or password.`,
    practiceMissing: 'Please give your practice’s server address (it starts with wss://).',
    chooseSignaling: 'Please choose which signaling servers to use.',
  },
};
