/** Performance marks the panel sets (local only: read by the benchmark, never sent anywhere). */
export const BOARD_RENDERED_MARK = 'common-ground:board-rendered';
