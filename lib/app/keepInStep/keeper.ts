import type { BoardHandle } from '@/lib/app/boardHandle';
import type { LibraryBoards } from '@/lib/app/library/boards';
import type { LibrarySettings } from '@/lib/app/library/settings';
import type { BoardRecord } from '@/lib/store/db';
import { isKeptInStep } from '@/lib/store/keepInStep';

/**
 * Holds open, with no panel, every board this device keeps in step (issue
 * 19), exactly as the panel opens one (`Library.openBoard`: doc, storage, the
 * room with its trust checks and limits), so what the others send while the
 * panel is closed is saved here. It lives in the offscreen document
 * (entrypoints/offscreen) and follows the board rows: a board turned on is
 * opened, one turned off (or left, or re-invited into another room) closed.
 */
export interface Keeper {
  /** The boards held now, opening ones included. */
  held(): string[];
  /** Stops following the rows and closes every board held; resolves once all are closed (their last writes made). */
  close(): Promise<void>;
}

/** One board held: the room it joined, and its handle once open (null if it could not be opened). */
interface Held {
  room: string;
  opening: Promise<BoardHandle | null>;
}

export function makeKeeper(
  library: Pick<LibraryBoards, 'openBoard' | 'watchBoards'> & Pick<LibrarySettings, 'loadDevice'>,
  onError: (what: string, error: unknown) => void = (what, error) => console.error(`Common Ground: ${what}`, error),
  /** Each board once open here (the toolbar badge's "new from Alex" watches it, lib/app/library/newFrom.ts); what it starts must end with the board. */
  onHeld: (handle: BoardHandle) => void = () => {},
): Keeper {
  const holding = new Map<string, Held>();
  const closing = new Set<Promise<void>>();
  let device: ReturnType<LibrarySettings['loadDevice']> | null = null;
  let stopped: Promise<void> | null = null;

  // A board that cannot be opened is reported and left until it is turned off and on again, or the document starts again.
  const open = async (boardId: string): Promise<BoardHandle | null> => {
    try {
      device ??= library.loadDevice();
      const opened = await library.openBoard(boardId, await device, { inBackground: true });
      if (opened.ok) {
        heldNow(opened.value);
        return opened.value;
      }
      onError(`could not keep a board in step (${opened.error.kind})`, opened.error);
    } catch (error) {
      // The next board asks for the device again, should that be what failed.
      device = null;
      onError('could not keep a board in step', error);
    }
    return null;
  };

  // Apart from the opening's own catch: the board is open, and held (and closed) whatever this does.
  const heldNow = (handle: BoardHandle) => {
    try {
      onHeld(handle);
    } catch (error) {
      onError('could not watch a board kept in step for news', error);
    }
  };

  // Closing waits for the opening: a board let go while it opens is closed once open.
  const release = (boardId: string, held: Held) => {
    holding.delete(boardId);
    const closed = held.opening.then((handle) => handle?.close());
    closing.add(closed);
    void closed.finally(() => closing.delete(closed));
  };

  // A peer's edit arriving on a board held here reaches the toolbar badge through `onHeld` (the row, then the worker's count).
  const follow = (records: BoardRecord[]) => {
    if (stopped) return;
    const wanted = new Map(records.filter(isKeptInStep).map((record) => [record.id, record.share!.room]));
    for (const [boardId, held] of holding) if (wanted.get(boardId) !== held.room) release(boardId, held);
    for (const [boardId, room] of wanted) {
      // A board re-opened just after it was let go waits in connectBoard for its room to be free (lib/sync/room).
      if (!holding.has(boardId)) holding.set(boardId, { room, opening: open(boardId) });
    }
  };

  const stopWatching = library.watchBoards(follow, (error) => onError('could not read the boards to keep in step', error));

  return {
    held: () => [...holding.keys()],
    close() {
      stopped ??= (async () => {
        stopWatching();
        for (const [boardId, held] of holding) release(boardId, held);
        await Promise.allSettled([...closing]);
      })();
      return stopped;
    },
  };
}
