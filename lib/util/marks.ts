/**
 * Performance marks the panel sets while it opens a board, so the benchmark
 * can say where the time goes. Local only: read by bench/openBoard.measure.ts
 * through DevTools, never sent anywhere.
 */
export const MARKS = {
  /** The panel's code has loaded and starts running. */
  start: 'common-ground:start',
  /** The board's stored rows are read and applied to its Y.Doc. */
  boardRead: 'common-ground:board-read',
  /** The board's first screen is in the DOM: its header and the first items of every section. */
  boardRendered: 'common-ground:board-rendered',
  /** Every item of the board is on the page, its words at least (big boards render in steps, see components/common/reveal.ts). */
  boardComplete: 'common-ground:board-complete',
  /** Every item has its whole card (status, next step, menu): the last of those steps. */
  boardBuilt: 'common-ground:board-built',
} as const;

export function mark(name: (typeof MARKS)[keyof typeof MARKS]): void {
  // `performance` exists in browsers and Node; marks are cheap and bounded (a few per board opened).
  performance.mark(name);
}
