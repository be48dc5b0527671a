import { plural } from '@/lib/i18n/format';

/**
 * The board list, the panel's start view: the saved boards (open, rename,
 * delete), a new board, joining one by code, and importing a backup.
 */
export const boards = {
  // The board list (BoardListView)
  /** The start view's heading (ui-contract.md). */
  title: 'Boards',
  /** Opens settings (ui-contract.md). */
  settings: 'Settings',
  /** Opens the new-board form, and names it (ui-contract.md). */
  newBoard: 'New board',
  /** Opens the join form, and names it (ui-contract.md). */
  joinBoard: 'Join a board',
  /** The list's accessible name (ui-contract.md). */
  savedBoards: 'Saved boards',
  storageNote: 'Boards are kept in this browser’s storage on this device.',
  /** When the browser has agreed to keep the panel's storage (navigator.storage.persisted). */
  storageNotePersisted: 'Boards are kept in this browser’s storage on this device, marked to be kept even when space runs low.',

  // One saved board (BoardRow)
  /** After the board's kind and last activity; `size` from formatBytes ("12 kB"). */
  sizeOnDevice: (size: string) => `${size} on this device`,
  rename: 'Rename',
  delete: 'Delete',
  newName: 'New name',
  saveName: 'Save name',
  cancel: 'Cancel',
  deleteFailed: 'The board could not be deleted just now. Nothing was removed; please try again.',
  deleteTitle: (name: string) => `Delete “${name}”?`,
  deleteBoard: 'Delete board',
  keepIt: 'Keep it',
  deleteText:
    'This removes the board and everything on it from this device, with its past sessions and your private notes. It cannot be undone. Anyone you shared it with keeps their own copy.',

  // Import backup (ImportBackup)
  /** The button's accessible name (ui-contract.md). */
  importBackup: 'Import backup',
  importUnreadable: 'That file could not be read. Nothing was changed.',
  /** `reason`: why the backup was refused, a whole sentence (lib/store/backup). */
  importRefused: (reason: string) => `${reason} Nothing was changed.`,
  /** In place of a board's name that could not be read back. */
  theBoard: 'the board',
  importMerged: (name: string) => `The backup was merged into “${name}”: everything from both is kept.`,
  importAdded: (name: string) => `“${name}” was added to your boards.`,
  importSaveFailed: 'The backup could not be saved on this device just now. Nothing was changed.',

  // Joining by code (JoinForm)
  /** The code box's accessible name (ui-contract.md). */
  inviteCode: 'Invite code',
  pasteHelp:
    'Paste the code the other person sent you: an invite code (it starts with “CG2-”, or “CG1-” if it is older) or a pairing code (“CGP1-”).',
  /**
   * `role`: from t.board.roleInSentence, shown in bold wherever the sentence
   * puts it (JoinForm finds it there), so each language orders its own.
   */
  joiningNamed: (title: string, role: string) => `You are joining “${title}” as ${role}.`,
  /** The same, when a short code had no room for the board's name (it arrives with the board). */
  joiningUnnamed: (role: string) => `You are joining a shared board as ${role}.`,
  pairingCodeNote:
    'This is a pairing code: you will connect directly with the person who sent it, with no server in between. After you join, you get a reply code to send back to them.',
  /** The submit button (ui-contract.md). */
  join: 'Join',

  // A new board (NewBoardForm)
  /** The name box's accessible name (ui-contract.md). */
  boardName: 'Board name',
  boardNamePlaceholder: 'Us, this year',
  /** `reason`: why the name was refused, a whole sentence. */
  boardNameProblem: (reason: string) => `Board name: ${reason}`,
  /** The kind's accessible name (ui-contract.md). */
  relationship: 'Relationship',
  /** The role's accessible name (ui-contract.md). */
  yourRole: 'Your role',
  roleHelp:
    'Partners agree to the board’s boundaries and expectations. A therapist or facilitator guides and may write items but does not agree to them. An observer only reads.',
  /** The submit button (ui-contract.md). */
  createBoard: 'Create board',

  // A temporary Firefox install (TemporaryInstallNotice, docs/firefox-data.md)
  temporaryInstall: {
    /** The note's accessible name (ui-contract.md). */
    name: 'Temporary add-on',
    gone: 'Firefox has Common Ground as a temporary add-on, so it will be gone when Firefox restarts.',
    stays:
      'Your boards stay in this Firefox: load it again the same way, or install it for good, and they are all here. Removing it by hand in about:debugging deletes them, so a backup is worth having.',
    /** Buttons (ui-contract.md). */
    backUp: 'Back up every board',
    remindLater: 'Remind me in a month',
    nothingYet: 'There was nothing to back up yet.',
    saved: (count: number) =>
      plural(count, {
        one: 'The backup is in your downloads. Keep it somewhere safe: anyone with the file can read the board.',
        other: 'The # backups are in your downloads, one file a board. Keep them somewhere safe: anyone with a file can read its board.',
      }),
    notesOut: 'Private notes stay out; a board’s Export can include them.',
    rawData: 'A board that could not be opened was saved as its raw data.',
    failed: 'The backups could not be made just now. Nothing was changed; please try again.',
  },
};
