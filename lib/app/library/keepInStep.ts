import type { LibraryDeps } from '@/lib/app/library/deps';
import { setKeepInStep } from '@/lib/store/keepInStep';

/** Keeping a board in step in the background, as the panel sees it (issue 19; lib/app/keepInStep). */
export interface LibraryKeepInStep {
  /** Whether this browser can keep a board in step with no panel open: Chrome's offscreen documents. */
  keepInStepSupported(): boolean;
  /** Whether only while this page is open (Firefox's sidebar), not while the browser is (Chrome). */
  keepInStepWhileOpen(): boolean;
  /** Turns it on or off for one board on this device; the background follows at once. */
  setKeepInStep(boardId: string, on: boolean): Promise<void>;
}

// TODO(#19): Settings lists the boards kept in step on this device, and turns them all off at once.
export function makeKeepInStep({ db, platform, openHandles }: Pick<LibraryDeps, 'db' | 'platform' | 'openHandles'>): LibraryKeepInStep {
  return {
    keepInStepSupported: () => platform.keepInStepChanged !== undefined,
    keepInStepWhileOpen: () => platform.keepInStepWhileOpen === true,
    async setKeepInStep(boardId, on) {
      await setKeepInStep(db, boardId, on);
      // The worker creates or closes the offscreen document (lib/app/keepInStep/offscreenDocument.ts).
      platform.keepInStepChanged?.();
      // An open panel moves onto the background's connection once it holds the board (or back onto its own).
      for (const handle of openHandles) if (handle.boardId === boardId) void handle.useKeeper(on);
    },
  };
}
