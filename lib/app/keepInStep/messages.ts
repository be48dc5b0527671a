/**
 * The messages between the extension's pages about keeping boards in step
 * (runtime messaging, which offscreen documents and the service worker both
 * have). Imports nothing: the service worker reads it.
 */

/** A page changed whether a board is kept in step: the background looks again at whether the offscreen document should exist. */
export const KEEP_IN_STEP_CHANGED = 'common-ground/keep-in-step-changed';

/** The background, before closing the offscreen document: close every board held, so their last writes are made. */
export const RELEASE_BOARDS = 'common-ground/release-boards';

export type KeepInStepMessage = { type: typeof KEEP_IN_STEP_CHANGED } | { type: typeof RELEASE_BOARDS };

/** Whether a runtime message (from any of the extension's pages, so of any shape) is this one. */
export const isMessage = (message: unknown, type: KeepInStepMessage['type']): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
