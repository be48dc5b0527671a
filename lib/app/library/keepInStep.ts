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
  /** Turns it on or off for one board on this device; the background follows at once. */
  setKeepInStep(boardId: string, on: boolean): Promise<void>;
  /** The boards this device keeps in step, kept current (newest activity first, as the board list); returns the unsubscribe. */
  watchKeptInStep(onChange: (boards: KeptBoard[]) => void, onError: (error: unknown) => void): () => void;
  /** Turns it off for every board on this device; the background closes its document. */
  stopKeepingAllInStep(): Promise<void>;
}

export function makeKeepInStep({ db, platform }: Pick<LibraryDeps, 'db' | 'platform'>): LibraryKeepInStep {
  // The worker creates or closes the offscreen document (lib/app/keepInStep/offscreenDocument.ts).
  const tellBackground = () => platform.keepInStepChanged?.();
  return {
    // TODO(#19): Firefox, where the background page holds the connection only while kept awake (docs/keep-in-step.md).
    keepInStepSupported: () => platform.keepInStepChanged !== undefined,
    async setKeepInStep(boardId, on) {
      await setKeepInStep(db, boardId, on);
      tellBackground();
    },
    watchKeptInStep: (onChange, onError) =>
      watchBoards(db, (records) => onChange(records.filter(isKeptInStep).map(({ id, name }) => ({ id, name }))), onError),
    async stopKeepingAllInStep() {
      // Told even when none was on: a document left by a failed close then goes too.
      await stopKeepingAllInStep(db);
      tellBackground();
    },
  };
}
