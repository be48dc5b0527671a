/** Performance marks the panel sets (local only: read by the benchmark, never sent anywhere). */
/** The board's first screen is in the DOM: its header and the first items of every section. */
export const BOARD_RENDERED_MARK = 'common-ground:board-rendered';
/** Every item of the board is in the DOM (big boards render in steps, see reveal.ts). */
export const BOARD_COMPLETE_MARK = 'common-ground:board-complete';
