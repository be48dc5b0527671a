import { plural } from '@/lib/i18n/format';

/**
 * The kinds of lib/board/review/changes.ts's BoardChange, written out: importing
 * the type would make a cycle (that module reads these words). Where the
 * words are used, `t.history…[change.kind]` stops the build if a kind is missing.
 */
type ChangeKind = 'added' | 'celebrated' | 'edited' | 'removed' | 'agreed' | 'withdrawn';

/** One kind of change, said of whoever made it. */
export interface ChangeWords {
  byYou: string;
  by: (name: string) => string;
  /** Made by someone this board no longer knows by name. */
  bySomeone: string;
  /** The document does not say who. */
  byNobody: string;
}

/**
 * History, what changed since the last session, exports and the print
 * view. Lists of names keep the plain commas English has always shown
 * ("with Sam, Alex": outside tests read it); other languages join them as
 * their own grammar does (formatList).
 */
export const history = {
  title: 'History',
  opening: 'Opening…',
  keptHere: 'At the end of every session this device keeps a copy of the board as it was then (only here, never shared).',
  noSessions: 'No past sessions on this device yet.',
  /** The list's accessible name (docs/ui-contract.md). */
  pastSessions: 'Past sessions',
  session: (date: string, time: string, minutes: number) => `${date}, ${time} (${plural(minutes, { other: '# min' })})`,
  sessionWith: (...names: string[]) => `with ${names.join(', ')}`,
  allSessions: 'All sessions',
  closeHistory: 'Close history',
  asItWas: (date: string) => `As it was on ${date}`,
  asTheyWere: (sectionTitle: string) => `${sectionTitle} as they were`,
  useAgain: 'Use this wording again',
  addBack: 'Add it back',

  agreedByEveryone: 'Agreed by everyone',
  notYetAgreed: 'Not yet agreed by everyone',

  whatChanged: 'What changed since last session',
  since: (date: string) => `Since ${date}.`,
  /** `names` has `you` for this person. */
  sinceWith: (date: string, ...names: string[]) => `Since ${date}, with ${names.join(', ')}.`,
  you: 'you',
  nothingChanged: 'Nothing has changed since then.',
  changesLabel: 'Changes since last session',
  hide: 'Hide',
  changes: {
    added: { byYou: 'Added by you', by: (name: string) => `Added by ${name}`, bySomeone: 'Added by someone', byNobody: 'Added' },
    celebrated: {
      byYou: 'Celebrated by you',
      by: (name: string) => `Celebrated by ${name}`,
      bySomeone: 'Celebrated by someone',
      byNobody: 'Celebrated',
    },
    edited: { byYou: 'Edited by you', by: (name: string) => `Edited by ${name}`, bySomeone: 'Edited by someone', byNobody: 'Edited' },
    removed: { byYou: 'Removed by you', by: (name: string) => `Removed by ${name}`, bySomeone: 'Removed by someone', byNobody: 'Removed' },
    agreed: { byYou: 'Agreed by you', by: (name: string) => `Agreed by ${name}`, bySomeone: 'Agreed by someone', byNobody: 'Agreed' },
    withdrawn: {
      byYou: 'Withdrew agreement by you',
      by: (name: string) => `Withdrew agreement by ${name}`,
      bySomeone: 'Withdrew agreement by someone',
      byNobody: 'Withdrew agreement',
    },
  } satisfies Record<ChangeKind, ChangeWords>,
  /** Read out before the words a draft added or removed (the marks are not seen by everyone). */
  diffAdded: 'added: ',
  diffRemoved: 'removed: ',

  exportTitle: 'Export this board',
  /** The checkbox and buttons are named in docs/ui-contract.md. */
  includeNotes: 'Include my private notes',
  notesStayOut: 'Your private notes stay out of every export unless you tick this.',
  markdown: 'Markdown',
  printView: 'Print view',
  jsonBackup: 'JSON backup',
  close: 'Close',
  markdownDone: 'The Markdown file is in your downloads.',
  backupDone: 'The backup is in your downloads. Keep it somewhere safe: anyone with the file can read the board.',

  printed: (date: string, ...names: string[]) => `Printed ${date}. People: ${names.join(', ')}.`,
  myNotes: 'My private notes',

  /** The Markdown export (lib/board/review/markdown.ts): a document for people to read, in their language. */
  file: {
    untitled: 'Board',
    someone: 'someone',
    exported: (date: string) => `Exported ${date}.`,
    /** Each entry is a name with its role: "Sam (partner)". */
    people: (...people: string[]) => `People: ${people.join(', ')}.`,
    changedSinceAgreed: 'Changed since agreed',
    waitingFor: (name: string) => `waiting for ${name}`,
    addedFor: (name: string, date: string) => `For ${name}, added ${date}`,
    added: (date: string) => `Added ${date}`,
    checkIns: 'Check-ins',
    checkIn: (date: string, name: string, score: string) => `${date}, ${name}: ${score}`,
    checkInSaid: (date: string, name: string, score: string, words: string) => `${date}, ${name}: ${score}: “${words}”`,
  },
};
