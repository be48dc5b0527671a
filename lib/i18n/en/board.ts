import type { Role } from '@/lib/board/format';
import { plural } from '@/lib/i18n/format';

/**
 * The open board and the panel's shell: its head, people and roles, how it
 * is saved and connected, leaving it, a board that cannot be opened, and
 * the words the shell (App.tsx) and components/common show.
 */
export const board = {
  // The shell (App.tsx)
  openingBoards: 'Opening your boards…',
  storageUnreadable:
    'Your boards could not be read from this device. Your browser may be blocking storage for extensions; please check its settings and open the panel again.',
  replacedTitle: 'Common Ground was updated',
  replacedText:
    'A newer version of Common Ground opened your boards in another window. Everything you did here is saved. Reload this panel to keep working.',
  reloadPanel: 'Reload panel',

  // components/common and lib/solid
  formSaveFailed: 'The board could not be saved on this device just now. Please try again.',
  boardListUnreadable: 'The saved boards could not be read from this device just now.',

  // Opening a board (BoardScreen, BoardProblem)
  openingBoard: 'Opening the board…',
  /** Back to the board list (ui-contract.md). */
  allBoards: 'All boards',
  /** A board whose name could not be read either. */
  thisBoard: 'This board',
  problemTitle: 'This board could not be opened',
  problemDamaged:
    'Its saved data on this device is damaged, so it cannot be shown. Your other boards are not affected. You can keep a copy of the raw data (for example to ask for help recovering it), or delete it from this device.',
  problemNewer: 'It was saved by a newer version of Common Ground. Please update the extension to open it; nothing has been changed.',
  exportRaw: 'Export raw data',
  /** The downloaded file's name. */
  rawFileName: (name: string) => `${name} (raw data).json`,
  rawSaved: 'The raw data was saved as a file in your downloads.',
  deleteBoard: 'Delete board',
  deleteTitle: (name: string) => `Delete “${name}”?`,
  deleteText: "This removes the board's damaged data from this device. It cannot be undone.",
  keepIt: 'Keep it',

  // The board's head (BoardView)
  /** Accessible names (ui-contract.md); the titles explain the symbols on hover, with the platform's chord. */
  undo: 'Undo',
  undoTitle: (chord: string) => `Undo your last change (${chord})`,
  redo: 'Redo',
  redoTitle: (chord: string) => `Redo (${chord})`,
  settings: 'Settings',
  invite: 'Invite',
  history: 'History',
  export: 'Export',
  pairWithoutServer: 'Pair without a server',

  // Notices on the board (BoardView)
  unreadableChanges: 'Some changes sent from another device could not be read, so they were left out.',
  /** `from`: names already joined as a list (formatList), or `unconfirmedDevice` among them. */
  unreadableChangesFrom: (from: string) =>
    `Some changes sent from another device could not be read, so they were left out (they came from ${from}).`,
  unconfirmedDevice: 'a device that is not confirmed',
  unreadableNothingLost:
    'Nothing of this board was lost: everything else on it is here and saved. If it keeps happening, the other person may need to update Common Ground.',
  inviterUnconfirmed:
    'We could not confirm that this board comes from the person who sent you the invite: it is not signed by the device key their code names. If you did not expect this, check with them on your call before adding anything personal, and ask for a fresh code.',
  observerNote: 'You are an observer on this board: you can read everything on it, but not change it.',
  awaitingSync:
    'Waiting to receive this board from the person who invited you. Keep this panel open: it arrives as soon as you are both connected, and anything you add meanwhile is kept.',
  leaveUnsavedTitle: 'Leave without saving?',
  leaveUnsavedText:
    'Your latest changes could not be saved to this device yet. If you leave this board now, they will be lost. Staying keeps them here and saving keeps being tried.',
  leaveAnyway: 'Leave anyway',
  stayOnBoard: 'Stay on this board',

  // Saving and connection (SaveStatusBar, ConnectionBar)
  saving: 'Saving…',
  saved: 'Saved on this device',
  retrySave: 'Try saving again',
  /** The connection status's accessible name (ui-contract.md). */
  connection: 'Connection',
  connectionApart:
    'Everything here works as usual: read, edit, look back. Your edits are kept on this device and merge with the others’ when you are connected again.',

  // Keeping a shared board in step in the background (KeepInStep)
  /** The checkbox's accessible name (ui-contract.md). */
  keepInStep: 'Keep in step',
  keepInStepHint:
    'While your browser is open, this board keeps up with the others even when this panel is closed, and the signaling server can see that this device is online.',
  /** Firefox: only while the sidebar is open (it puts an extension's background to sleep). */
  keepInStepHintWhileOpen:
    'While this sidebar is open, this board keeps up with the others even when the sidebar shows something else, and the signaling server can see that this device is online. Firefox cannot keep it up to date once the sidebar is closed.',

  // Agreements in one line (AgreementSummary)
  agreements: 'Agreements',
  agreementSummary: (agreed: number, waiting: number, changed: number) =>
    `Agreements: ${plural(agreed, { other: '# agreed by everyone' })} · ${plural(waiting, { other: '# waiting' })} · ${plural(changed, { other: '# changed since agreed' })}`,

  // Leaving a shared board (LeaveBoard)
  leaveBoard: 'Leave board',
  leaveTitle: (name: string) => `Leave “${name}”?`,
  leaveText: 'This disconnects you and removes the board from this device. The others keep their copies and can invite you again.',
  stay: 'Stay',

  // People and roles (PeopleList)
  /** The list's accessible name (ui-contract.md). */
  people: 'People on this board',
  /** This person's own row. */
  me: (name: string) => `${name} (you)`,
  invitedYou: 'invited you · confirmed by their key',
  hereNow: 'here now',
  away: 'away',
  changeRole: 'Change role',
  changeRoleFor: (name: string) => `Change role for ${name}`,
  changeMyRole: 'Change role for yourself',
  notConfirmed:
    'Not confirmed yet: their device has not signed their place on this board. Until it does, they count as a partner, so nothing is agreed without them, and agreements in their name do not count.',
  /** A role as it reads inside a sentence ("Kai becomes therapist or facilitator"). */
  roleInSentence: {
    partner: 'partner',
    facilitator: 'therapist or facilitator',
    observer: 'observer',
  } satisfies Record<Role, string> as Record<Role, string>,
  /** `role`: from `roleInSentence`. */
  suggestedForMe: (role: string) => `Suggested: you become ${role}.`,
  suggestedFor: (name: string, role: string) => `Suggested: ${name} becomes ${role}.`,
  /** Names already joined as lists (formatList); "you" among them is `you`. */
  roleVotes: (agreed: string, waiting: string) => `Agreed by ${agreed}; waiting for ${waiting}.`,
  you: 'you',
  someone: 'someone',
  agreeForMe: (role: string) => `Agree that you become ${role}`,
  agreeFor: (name: string, role: string) => `Agree that ${name} becomes ${role}`,
  takeBackAgreement: 'Take back my agreement',
  newRoleForMe: 'New role for you',
  newRoleFor: (name: string) => `New role for ${name}`,
  roleChangeRule: 'It changes once every partner has agreed.',
  suggest: 'Suggest',
  cancel: 'Cancel',
};
