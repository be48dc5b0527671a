import { plural } from '@/lib/i18n/format';

/**
 * Check-ins, the board's rhythm, sessions and private notes
 * (components/checkins). A check-in is a short moment to say how you are:
 * never a test, never a score to be judged by.
 */
export const checkins = {
  title: 'Check-ins',
  /** `cadence` is one of `cadences` or `everyDays` below. */
  hint: (cadence: string) =>
    `A short, regular moment to say how you are doing and whether your agreements still fit. This board suggests one ${cadence}.`,
  forPartners: 'Check-ins are for the partners; you can see how they have felt over time here.',
  dueAgain: 'It is time for your next check-in.',
  dueFirst: 'You have not checked in on this board yet.',
  /** Button (ui-contract.md). */
  checkIn: 'Check in',
  thanks: 'Thank you for checking in. It is on the chart below.',
  /** The form's accessible name (ui-contract.md). */
  form: 'Your check-in',
  question: 'How do you feel about the relationship right now?',
  ownWords: 'In your own words (optional)',
  ownWordsPlaceholder: 'I feel… when… / I would like…',
  save: 'Save check-in',
  notNow: 'Not now',
  chart: {
    /** The chart's accessible name (ui-contract.md). */
    title: 'How each person has felt over time',
    /** One person's sentence in the chart's written description; `feeling` is the scale's word for their latest check-in. */
    personSummary: (name: string, count: number, feeling: string, date: string) =>
      `${name}: ${plural(count, { one: '# check-in', other: '# check-ins' })}, most recently ${feeling.toLowerCase()} on ${date}.`,
    /** A check-in by someone no longer on the board's list of people. */
    someone: 'Someone',
    asList: 'Every check-in, as a list',
    when: 'When',
    who: 'Who',
    feeling: 'Feeling',
    inTheirWords: 'In their words',
  },
  /** How often revisits and check-ins come round, by days (lib/board/agreement/revisit.ts's CADENCE_DAYS). */
  cadences: {
    7: 'every week',
    14: 'every 2 weeks',
    30: 'every month',
    91: 'every 3 months',
    182: 'every 6 months',
    365: 'every year',
  },
  /** A cadence not in the list above (set by a newer version, or by hand). */
  everyDays: (days: number) => plural(days, { one: 'every # day', other: 'every # days' }),
  rhythm: {
    /** The disclosure's summary (ui-contract.md: `This board’s rhythm: …`). */
    summary: (revisits: string, checkIns: string) => `This board’s rhythm: revisits ${revisits}, check-ins ${checkIns}`,
    editorsOnly: 'The people who edit this board set its rhythm.',
    help: 'Agreements come due for a revisit this long after everyone last agreed to them (each one can have its own date too). The rhythm is shared by everyone on the board.',
    /** Combobox (ui-contract.md). */
    revisits: 'Revisit agreements',
    /** Combobox (ui-contract.md). */
    checkIns: 'Suggest a check-in',
  },
  session: {
    /** The status's accessible name (ui-contract.md). */
    label: 'Session',
    none: 'No session going on.',
    /** `time` is when it started (hours and minutes). */
    since: (time: string) => `Session since ${time}. When it ends, this device keeps a copy of the board as it is then.`,
    /** `names` is the others here, already a list (formatList). */
    sinceWith: (time: string, names: string) =>
      `Session since ${time} with ${names}. When it ends, this device keeps a copy of the board as it is then.`,
    start: 'Start session',
    end: 'End session',
  },
  notes: {
    /** Region name (ui-contract.md). */
    title: 'Private notes',
    /** The text box's accessible name (ui-contract.md). */
    label: 'Private notes',
    hint: 'Only for you, on this device. They are not part of the shared board, never sent to anyone, and left out of exports unless you include them. A good place for reflections, or a therapist’s session notes.',
    readFailed: 'Your private notes could not be read from this device just now. Nothing was changed.',
    saved: 'Saved on this device only.',
    saveFailed: 'Your notes could not be saved just now. They are still here; keep this panel open and try typing again.',
  },
};
