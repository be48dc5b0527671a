import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Library } from '@/lib/app/library';
import type { BoardRecord } from '@/lib/store/db';
import { t } from '@/lib/i18n/messages';

export interface BoardList {
  /** The boards on this device, newest activity first; undefined until first read. */
  boards: Accessor<BoardRecord[] | undefined>;
  error: Accessor<string | null>;
}

/** The live board list; the IndexedDB subscription ends with the owner. */
export function createBoardList(library: Library): BoardList {
  const [boards, setBoards] = createSignal<BoardRecord[] | undefined>(undefined);
  const [error, setError] = createSignal<string | null>(null);
  onCleanup(
    library.watchBoards(
      (next) => {
        setError(null);
        setBoards(next);
      },
      (cause) => {
        console.error('Common Ground: could not read the board list', cause);
        setError(t.board.boardListUnreadable);
      },
    ),
  );
  return { boards, error };
}
