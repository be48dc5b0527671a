import { BOARD_ROOTS, type BoardRoot } from '@/lib/board/docKeys';
import { MAX_ITEM_TEXT_LENGTH } from '@/lib/board/format';

/**
 * What a board may hold, enforced on receipt (lib/sync/receive/gate.ts) so that no
 * peer can make every device store and re-read without end. The figures sit
 * far above anything a couple or a practice writes by hand (the benchmarks
 * open 5,000 items) and far below what freezes a panel (a map of 1.3 million
 * entries took ~15 s to open). docs/board-format.md lists them.
 */
export const BOARD_LIMITS = {
  /** The top-level shared types a board has; a change that makes any other is refused. */
  roots: BOARD_ROOTS,
  /**
   * Keys one change may add to each top-level map, on top of what is there.
   * A key counts once, when first made (later writes to it carry no parent).
   */
  keys: {
    meta: 32,
    people: 200,
    items: 10_000,
    consent: 50_000,
    roleVotes: 2_000,
    checkIns: 20_000,
    reactions: 50_000,
  } satisfies Record<BoardRoot, number>,
  /** An item's words; a longer text from a peer is cut back to this. */
  itemText: MAX_ITEM_TEXT_LENGTH,
};
