/** netSettings.ts's SignalingMode, written out: importing it would make a cycle (that module reads these words). */
type SignalingMode = 'defaults' | 'practice' | 'list';

/**
 * Settings: this device's name, colour, language (t.common), and how
 * peers find each other (signaling and ICE servers).
 */
export const settings = {
  back: 'Back',
  /** The view's heading, as the button that opens it is named (ui-contract.md). */
  title: 'Settings',
  loading: 'Loading settings…',
  /** The name box's accessible name, here and in the new-board and join forms (ui-contract.md). */
  yourName: 'Your name',
  /** `reason`: why the name was refused, a whole sentence. */
  yourNameProblem: (reason: string) => `Your name: ${reason}`,
  yourColour: 'Your colour',
  yourColourProblem: (reason: string) => `Your colour: ${reason}`,
  colourHelp:
    'Others see this colour, with its shape, beside your name and on the check-in chart, and the item you are typing in takes the colour. If someone on a board has it already, you get the next free one there.',
  signalingLegend: 'Which signaling servers to use',
  /** The radios under `signalingLegend` (ui-contract.md). */
  signalingChoices: {
    defaults: 'Common Ground’s defaults',
    practice: 'Only my practice’s server',
    list: 'A list of my own',
  } satisfies Record<SignalingMode, string> as Record<SignalingMode, string>,
  practiceServer: 'Your practice’s server',
  /** The box's accessible name (ui-contract.md). */
  signalingServers: 'Signaling servers',
  /** `defaults`: the default servers' host names, joined as a list (formatList). */
  signalingHelp: (defaults: string) =>
    `A signaling server only introduces your devices to each other: it passes on encrypted connection requests for a board’s room and cannot read them, and it never sees the board. It does see your device’s internet address, that two devices met, and when. Common Ground’s defaults: ${defaults}, y-webrtc’s free public server and the only public one still running that we know of. Many apps share it, so now and then it is full or down. Your practice’s own server is steadier, and with it no other is asked (your practice can run one: see the README). A list of your own is one ws:// or wss:// address per line.`,
  /** The box's accessible name (ui-contract.md). */
  iceServers: 'ICE servers',
  iceHelp:
    'One per line, used by invites and by pairing without a server alike. STUN (stun:host:port) helps your devices find a direct path to each other; it sees your addresses, never what you write. TURN (turn:host:port username password) relays the encrypted connection when no direct path exists, as on some office, hotel or mobile networks: add one if connecting keeps failing. Leave empty to connect only within your own network.',
  saved: 'Saved. Boards you open from now on use these settings.',
  /** The submit button (ui-contract.md). */
  saveSettings: 'Save settings',
  /** The boards this device keeps in step (KeepInStepSetting; Chrome only). */
  keptInStep: {
    /** Region, heading and list (ui-contract.md). */
    title: 'Boards kept in step',
    about:
      'While your browser is open, these boards keep up with the others even when this panel is closed, and the signaling server can see that this device is online.',
    none: 'No board is kept in step on this device. A board kept in step keeps up with the others while your browser is open, even when this panel is closed. You can turn it on for a shared board, under People on this board.',
    /** A board's button: its visible words, and its accessible name (ui-contract.md). */
    stop: 'Stop',
    stopOne: (board: string) => `Stop keeping “${board}” in step`,
    /** The button for every board at once (ui-contract.md). */
    stopAll: 'Stop keeping all in step',
    stopProblem: 'That did not go through, so nothing changed. Please try again.',
    unreadable: 'Which boards are kept in step could not be read from this device just now.',
  },
};
