/**
 * What this device's storage says when something goes wrong (lib/store).
 * People may be in a hard conversation when one of these appears: say what
 * happened, that nothing on screen is lost, and what happens next.
 */
export const store = {
  save: {
    boardGone: 'This board was deleted on this device (perhaps in another window), so new changes here can no longer be saved.',
    diskFull:
      'Your device is out of storage space, so your latest changes are not saved yet. They are safe in this window; free up some space and they will be saved automatically.',
    failed:
      'Your latest changes could not be saved to this device just now. They are safe in this window, and saving will be tried again automatically.',
  },
  /** Why a backup file cannot be imported; nothing is changed in any of these cases. */
  backup: {
    tooLarge: 'This file is far larger than any Common Ground backup.',
    notJson: 'This file is not a Common Ground backup: it is not JSON, or it was cut off.',
    notBackup: 'This file is not a Common Ground backup.',
    newerVersion: 'This backup was made by a newer version of Common Ground. Please update the extension and try again.',
    newerBoard: 'This backup holds a board from a newer version of Common Ground. Please update the extension and try again.',
    unreadable: 'This backup is damaged: its board data cannot be read.',
    noBoard: 'This backup is damaged: it does not hold a board.',
    incomplete: 'This backup is damaged: part of its board data is missing.',
    /** Put between this device's private notes and the notes a backup brought, when both have some. */
    notesFromBackup: '— From a backup —',
  },
  boardGone: 'This board is no longer on this device.',
  pickColour: 'Please pick one of the colours shown.',
  sessionGone: 'That session is no longer on this device.',
  sessionDamaged: 'That session’s saved copy is damaged and cannot be shown. The board itself is not affected.',
};
