/**
 * Every Yjs transaction names where it came from. The undo manager tracks only
 * `localEdit`, so undo never touches another person's work; persistence skips
 * `storage`, so what it just read is not written back.
 */
export const origins = {
  /** A change this person made in this panel. */
  localEdit: 'common-ground:local-edit',
  /** Bytes read back from IndexedDB. */
  storage: 'common-ground:storage',
  /** An upgrade of an older document format. */
  migration: 'common-ground:migration',
  /** Setting up a brand-new board (not undoable). */
  init: 'common-ground:init',
  /** Agreeing or withdrawing: personal acts, changed only by Agree / Withdraw, never by undo. */
  consent: 'common-ground:consent',
  /** Suggesting or agreeing to a change of someone's role (by the partners, never undone). */
  roles: 'common-ground:roles',
  /** A person's own check-in, or reaction to a celebration: personal acts, not undoable edits. */
  personal: 'common-ground:personal',
  /** Keeping what peers sent within the board's limits (an over-long text cut back; lib/sync/receive/gate.ts). Not undoable. */
  limits: 'common-ground:limits',
} as const;

export type Origin = (typeof origins)[keyof typeof origins];
