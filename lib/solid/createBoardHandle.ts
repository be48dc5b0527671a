import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { Library } from '@/lib/app/library';
import type { Device } from '@/lib/store/device';
import type { LoadProblem } from '@/lib/store/loadBoard';

export type OpenedBoard = { state: 'loading' } | { state: 'open'; board: BoardHandle } | { state: 'problem'; problem: LoadProblem };

/**
 * Opens a board for the lifetime of the current owner and closes it (doc,
 * storage, undo) when the owner goes, even if that happens while opening.
 * Meanwhile the board counts as shown (`Library.showBoard`): its "new from
 * Alex" is cleared from the toolbar badge.
 */
export function createBoardHandle(library: Library, boardId: string, device: Device): Accessor<OpenedBoard> {
  const [opened, setOpened] = createSignal<OpenedBoard>({ state: 'loading' });
  let disposed = false;
  let board: BoardHandle | undefined;
  // Shown from the start: what is new on it is seen now, and the background notes no more while it shows (issue 19).
  onCleanup(library.showBoard(boardId));
  onCleanup(() => {
    disposed = true;
    void board?.close();
  });
  library.openBoard(boardId, device).then(
    (result) => {
      if (!result.ok) return setOpened({ state: 'problem', problem: result.error });
      if (disposed) return void result.value.close();
      board = result.value;
      setOpened({ state: 'open', board });
    },
    (error: unknown) => {
      console.error('Common Ground: could not read a board', error);
      setOpened({
        state: 'problem',
        problem: { kind: 'corrupt', detail: error instanceof Error ? error.message : String(error) },
      });
    },
  );
  return opened;
}
