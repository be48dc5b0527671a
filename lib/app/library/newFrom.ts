import type { BoardHandle } from '@/lib/app/boardHandle';
import type { LibraryDeps } from '@/lib/app/library/deps';
import { makeShownBoards } from '@/lib/app/keepInStep/shownBoards';
import { watchNewFromOthers } from '@/lib/app/keepInStep/newFromOthers';
import { addNewFrom, clearNewFrom } from '@/lib/store/newFrom';

/**
 * "New from Alex" on the toolbar badge (issue 19): the offscreen document
 * notes whose changes reached a board it keeps in step while no panel
 * showed it, and a panel showing the board clears that (lib/store/newFrom.ts).
 */
export interface LibraryNewFrom {
  /**
   * This panel shows the board until the returned function is called: the
   * news on it is seen (cleared, and the badge counted again), and the
   * background notes none while it is shown.
   */
  showBoard(boardId: string): () => void;
  /** Notes on the board's row whose changes arrive while no panel shows it (the keeper's boards); stops when the board closes. */
  watchNewFromOthers(board: BoardHandle): () => void;
}

export function makeNewFrom({ db, platform }: Pick<LibraryDeps, 'db' | 'platform'>): LibraryNewFrom {
  const shown = makeShownBoards(platform.locks);
  const warn = (what: string) => (error: unknown) => console.warn(`Common Ground: ${what}`, error);
  return {
    showBoard(boardId) {
      const showing = shown.show(boardId);
      // Once the background can see the board is shown: news it noted before then is cleared, none comes after.
      void showing.granted
        .then(() => clearNewFrom(db, boardId))
        .then((cleared) => cleared && platform.remindersChanged())
        .catch(warn('could not clear what was new on a board'));
      return showing.release;
    },
    watchNewFromOthers: (board) =>
      watchNewFromOthers(board, {
        isShown: shown.isShown,
        async record(boardId, names) {
          if (await addNewFrom(db, boardId, names)) platform.remindersChanged();
        },
        onError: warn('could not note what is new on a board kept in step'),
      }),
  };
}
