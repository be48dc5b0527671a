import type { BoardHandle } from '@/lib/app/boardHandle';
import type { Library } from '@/lib/app/library';
import type { LibraryBoards } from '@/lib/app/library/boards';
import type { LibrarySettings } from '@/lib/app/library/settings';
import type { BoardRecord } from '@/lib/store/db';
import { isKeptInStep } from '@/lib/store/keepInStep';
import { readLinkMessage, type LinkPort } from '@/lib/app/keepInStep/linkMessages';
import { serveAttendance } from '@/lib/app/keepInStep/attend';
import { pinWhatVerifies } from '@/lib/app/keepInStep/pinning';

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
  /**
   * A panel asks to use the connection of a board held here (panelLink.ts):
   * served until either side closes, or the board is let go; told `absent`
   * if the board is not held or could not be opened.
   */
  attend(port: LinkPort): void;
  /** Stops following the rows and closes every board held; resolves once all are closed (their last writes made). */
  close(): Promise<void>;
}

/** How long a panel's question waits for its board to be held (the rows read, a board just turned on opened). */
const HELD_WAIT_MS = 2000;

/** One board held: the room it joined, and its handle once open (null if it could not be opened). */
interface Held {
  room: string;
  opening: Promise<BoardHandle | null>;
  /** Ends each panel attending it. */
  attending: Set<() => void>;
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
        const board = opened.value;
        // Both end with the board's doc, when `release` closes it.
        pinWhatVerifies(board, (error) => onError('could not check who is on a board kept in step', error));
        heldNow(board);
        return board;
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
    // Their panels connect on their own from here (panelLink.ts, onLost).
    for (const end of held.attending) end();
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
      if (!holding.has(boardId)) holding.set(boardId, { room, opening: open(boardId), attending: new Set() });
    }
    for (const waiter of [...waiting]) if (holding.has(waiter.boardId)) waiter.found();
  };

  /**
   * A panel may ask just before the rows are read, or just after turning a
   * board on: it is answered once the board is held, or `absent` after
   * HELD_WAIT_MS.
   */
  const waiting = new Set<{ boardId: string; found: () => void }>();
  const whenHeld = (boardId: string) =>
    new Promise<Held | undefined>((resolve) => {
      if (holding.has(boardId) || stopped) return resolve(holding.get(boardId));
      const waiter = {
        boardId,
        found: () => {
          clearTimeout(timer);
          waiting.delete(waiter);
          resolve(holding.get(boardId));
        },
      };
      const timer = setTimeout(waiter.found, HELD_WAIT_MS);
      waiting.add(waiter);
    });

  const stopWatching = library.watchBoards(follow, (error) => onError('could not read the boards to keep in step', error));

  const attend = (port: LinkPort) => {
    let asked = false;
    /** What the panel sends while the board is found (its sync request): handed on once served. */
    const early: unknown[] = [];
    let serving = false;
    port.onMessage((raw) => {
      if (asked) {
        if (!serving) early.push(raw);
        return;
      }
      asked = true;
      const message = readLinkMessage(raw);
      const absent = () => {
        port.post({ kind: 'absent' });
        port.close();
      };
      if (!message.ok || message.value.kind !== 'attend') return absent();
      void whenHeld(message.value.board).then(async (held) => {
        if (!held || stopped) return absent();
        const board = await held.opening;
        // Let go, or re-opened in another room, while it opened.
        if (!board || board.closed() || holding.get(board.boardId) !== held) return absent();
        serving = true;
        const end = serveAttendance(port, board, early.splice(0));
        held.attending.add(end);
        port.onClose(() => held.attending.delete(end));
      });
    });
  };

  return {
    held: () => [...holding.keys()],
    attend,
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

/**
 * The keeper of a page that keeps boards in step (Chrome's offscreen
 * document, Firefox's sidebar), each board held also noting whose changes
 * arrive while no panel shows it: the toolbar badge's "new from Alex".
 */
export const keepBoardsHere = (library: Library): Keeper =>
  makeKeeper(library, undefined, (handle) => void library.watchNewFromOthers(handle));
