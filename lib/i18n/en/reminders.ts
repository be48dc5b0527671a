import { plural } from '@/lib/i18n/format';
import { manifestEn } from '@/lib/i18n/manifest/en';

/**
 * The toolbar button's count of what is due, its notifications
 * (lib/app/reminders) and their part of Settings. A notification never
 * names a board or quotes its words: it can show on a shared or locked screen.
 */
export const reminders = {
  /** The button's title when nothing is due: the manifest's own (`action.default_title`, lib/i18n/manifest), which the count puts back. */
  nothingDue: manifestEn.openPanel,
  /** The button's title: what the number on it counts (ui-contract.md). */
  due: (count: number) =>
    plural(count, {
      one: 'Common Ground: # thing due for a revisit or check-in',
      other: 'Common Ground: # things due for a revisit or check-in',
    }),
  /**
   * The button's title with news (issue 19): changes from others reached a
   * board kept in step while no panel showed it. `what` is `newFrom` or
   * `newFromOnBoards`. The title names the board: it shows only when the
   * pointer rests on the button, never on a locked screen, unlike a notification.
   */
  news: (what: string) => `Common Ground: ${what}`,
  newsAndDue: (what: string, count: number) =>
    `Common Ground: ${what}; ${plural(count, { one: '# thing due for a revisit or check-in', other: '# things due for a revisit or check-in' })}`,
  /** `names`: a list (formatList), e.g. "Alex and Sam"; `board`: its title (ui-contract.md). */
  newFrom: (names: string, board: string) => `new from ${names} on “${board}”`,
  newFromOnBoards: (names: string, boards: number) => `new from ${names} on ${plural(boards, { one: '# board', other: '# boards' })}`,
  /** The last of a list of names too long to give whole: "Alex, Sam, Kim and 2 others". */
  others: (count: number) => plural(count, { one: '# other', other: '# others' }),
  /** A notification's words for what came due since the last count. */
  cameDue: {
    revisits: (count: number) =>
      plural(count, {
        one: 'When it suits you: an agreement to look at again together.',
        other: 'When it suits you: # agreements to look at again together.',
      }),
    checkIns: (count: number) => plural(count, { one: 'When it suits you: a check-in.', other: 'When it suits you: # check-ins.' }),
    both: (revisits: number, checkIns: number) =>
      `When it suits you: ${plural(revisits, { one: 'an agreement to look at again together', other: '# agreements to look at again together' })} and ${plural(checkIns, { one: 'a check-in', other: '# check-ins' })}.`,
  },
  settings: {
    /** Region and heading (ui-contract.md). */
    title: 'Reminders',
    about:
      'The number on the Common Ground button in your browser’s toolbar counts the agreements due for a revisit and the check-ins due on your boards on this device. It is worked out on this device; nothing is sent anywhere.',
    /** The checkbox (ui-contract.md). */
    notify: 'Notify me when a revisit or check-in is due',
    notifyHelp:
      'A short note from your browser, once for each thing as it comes due. It never shows a board’s name or words. Your browser asks you first.',
    refused: 'Your browser did not allow notifications, so they stay off. The number on the Common Ground button still shows what is due.',
  },
};
