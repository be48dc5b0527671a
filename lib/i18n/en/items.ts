import type { Section } from '@/lib/board/format';

export interface SectionItemWords {
  /** The fold-away hint's summary line. */
  about: string;
  /** Accessible name of the section's list of prompts. */
  prompts: string;
  /** Announced after an item of this section is deleted. */
  deleted: string;
}

/**
 * The words of a section and its items (components/items): where an item
 * stands with the partners, its menu, its date and reactions, and the
 * agreements due for a revisit. Accessible names here are in
 * docs/ui-contract.md: keep the English exactly.
 */
export const items = {
  sections: {
    boundary: { about: 'About boundaries', prompts: 'Prompts for boundaries', deleted: 'Boundary deleted. Undo brings it back.' },
    expectation: {
      about: 'About expectations',
      prompts: 'Prompts for expectations',
      deleted: 'Expectation deleted. Undo brings it back.',
    },
    celebration: {
      about: 'About celebrations',
      prompts: 'Prompts for celebrations',
      deleted: 'Celebration deleted. Undo brings it back.',
    },
    support: { about: 'About support', prompts: 'Prompts for support', deleted: 'Support deleted. Undo brings it back.' },
  } satisfies Record<Section, SectionItemWords> as Record<Section, SectionItemWords>,
  addFromPrompt: 'Add from a prompt',
  promptsHelp: 'Pick a question to start from. It becomes a new item with its first words written; finish it in your own words.',
  /** Announced after a move, by keys or by dragging. */
  moved: (position: number, count: number) => `Moved to position ${position} of ${count}.`,

  // The item's card.
  /** `up` and `down` are the keys with the platform's modifier (lib/i18n/platform.ts). */
  dragHint: (up: string, down: string) => `Drag to reorder (or ${up} / ${down} in the text)`,
  keyUp: 'Up',
  keyDown: 'Down',
  /** `names` is a list (formatList) of the people whose cursor is in the item; English needs no count, other languages agree the verb with it. */
  editing: (names: string, _count: number) => `${names} editing`,

  // Its `Item actions` menu.
  itemActions: 'Item actions',
  moveUp: 'Move up',
  moveDown: 'Move down',
  changeRevisitDate: 'Change revisit date',
  forWhom: 'For',
  delete: 'Delete',

  // What a menu choice opens under the words.
  revisitDate: 'Revisit date',
  whoItIsFor: 'Who it is for',
  revisitOn: 'Revisit on',
  useBoardRhythm: 'Use the board’s rhythm',
  forLabel: 'For',
  everyone: 'Everyone',
  done: 'Done',

  // Where a boundary or expectation stands.
  checkingAgreements: 'Checking agreements…',
  agreedByEveryone: 'Agreed by everyone',
  waitingFor: (name: string) => `Waiting for ${name}`,
  /** Beside a person whose agreement is shown but does not count (lib/board/agreement/consent.ts `NotCounted`). */
  notCounted: {
    unverified: (name: string) => `Waiting for ${name} (an agreement in their name could not be verified, so it does not count)`,
    older: (name: string) => `Waiting for ${name} (an older agreement was written back, so it does not count)`,
    'old-format': (name: string) => `Waiting for ${name} to agree again to confirm (their earlier agreement was saved in an older form)`,
  },
  changedSinceAgreed: 'Changed since agreed',
  noPartnersYet: 'No partners on this board yet',
  /** `date` is formatted (formatDate). */
  revisitDueSince: (date: string) => `Due for a revisit since ${date}`,
  revisitDueSinceAgreedAgain: (date: string) => `Due for a revisit since ${date} · you agreed again`,
  agree: 'Agree',
  agreeAgain: 'Agree again',
  withdrawAgreement: 'Withdraw agreement',
  lastAgreedWording: 'Last agreed wording:',
  whatChanged: 'What changed',
  whatChangedLead: 'What changed:',

  // A celebration.
  added: (date: string) => `Added ${date}`,
  addedFor: (date: string, name: string) => `Added ${date} · for ${name}`,
  reactions: 'Reactions',
  react: 'React',

  // Agreements due for a revisit, at the top of the board.
  dueTitle: 'Due for a revisit',
  dueHelp:
    'Agreements change as people do. Look at these together: if they still fit, each partner agrees again; if not, change the words and agree to the new ones.',
  dueListLabel: 'Agreements due for a revisit',
  dueSince: (date: string) => `Due since ${date}`,
  dueSinceAgreedAgain: (date: string) => `Due since ${date} · you agreed again; waiting for the others`,
  goToIt: 'Go to it',
};
