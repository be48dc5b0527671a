import type { LibraryDeps } from '@/lib/app/library/deps';
import { watchBoards } from '@/lib/store/boards';
import { isKeptInStep, setKeepInStep, stopKeepingAllInStep } from '@/lib/store/keepInStep';

/** A board this device keeps in step, as Settings lists it. */
export interface KeptBoard {
  id: string;
  name: string;
}

/** Keeping a board in step in the background, as the panel sees it (issue 19; lib/app/keepInStep). */
export interface LibraryKeepInStep {
  /** Whether this browser can keep a board in step with no panel open: Chrome's offscreen documents. */
  keepInStepSupported(): boolean;
  /** Whether only while this page is open (Firefox's sidebar), not while the browser is (Chrome). */
  keepInStepWhileOpen(): boolean;
  /** Turns it on or off for one board on this device; the background follows at once. */
  setKeepInStep(boardId: string, on: boolean): Promise<void>;
  /** The boards this device keeps in step, kept current (newest activity first, as the board list); returns the unsubscribe. */
  watchKeptInStep(onChange: (boards: KeptBoard[]) => void, onError: (error: unknown) => void): () => void;
  /** Turns it off for every board on this device; the background closes its document. */
  stopKeepingAllInStep(): Promise<void>;
}

export function makeKeepInStep({ db, platform, openHandles }: Pick<LibraryDeps, 'db' | 'platform' | 'openHandles'>): LibraryKeepInStep {
  // The worker creates or closes the offscreen document (lib/app/keepInStep/offscreenDocument.ts).
  const tellBackground = () => platform.keepInStepChanged?.();
  return {
    keepInStepSupported: () => platform.keepInStepChanged !== undefined,
    keepInStepWhileOpen: () => platform.keepInStepWhileOpen === true,
    async setKeepInStep(boardId, on) {
      await setKeepInStep(db, boardId, on);
      tellBackground();
      // An open panel moves onto the background's connection once it holds the board (or back onto its own).
      for (const handle of openHandles) if (handle.boardId === boardId) void handle.useKeeper(on);
    },
    watchKeptInStep: (onChange, onError) =>
      watchBoards(db, (records) => onChange(records.filter(isKeptInStep).map(({ id, name }) => ({ id, name }))), onError),
    async stopKeepingAllInStep() {
      // Told even when none was on: a document left by a failed close then goes too.
      await stopKeepingAllInStep(db);
      tellBackground();
      for (const handle of openHandles) void handle.useKeeper(false);
    },
  };
}
