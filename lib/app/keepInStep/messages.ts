/**
 * The messages between the extension's pages about keeping boards in step,
 * over runtime messaging: it wakes a stopped service worker, and it is the
 * one extension API an offscreen document has. Imports nothing: the service
 * worker reads it.
 */
const CHANGED = 'common-ground/keep-in-step-changed';

/** The name of a panel's port to the offscreen document, to use its connection (linkMessages.ts says what goes over it). */
export const KEEPER_PORT = 'common-ground/keeper';
const RELEASE = 'common-ground/release-boards';

export interface KeepInStepMessage {
  kind: typeof CHANGED | typeof RELEASE;
}

/** A page changed whether a board is kept in step: the background looks again at whether the offscreen document should exist. */
export const keepInStepChanged = (): KeepInStepMessage => ({ kind: CHANGED });

/** The background, before closing the offscreen document: close every board held, so their last writes are made. */
export const releaseBoards = (): KeepInStepMessage => ({ kind: RELEASE });

const kindOf = (message: unknown): unknown =>
  typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : undefined;

/** Whether a runtime message (anything may arrive there) is the one or the other. */
export const isKeepInStepChanged = (message: unknown): boolean => kindOf(message) === CHANGED;
export const isReleaseBoards = (message: unknown): boolean => kindOf(message) === RELEASE;
