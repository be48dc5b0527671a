import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Library } from '@/lib/app/library';
import type { KeptBoard } from '@/lib/app/library/keepInStep';

export interface KeptInStep {
  /** The boards this device keeps in step; undefined until first read. */
  boards: Accessor<KeptBoard[] | undefined>;
  /** Whether the rows could not be read. */
  failed: Accessor<boolean>;
}

const sameBoards = (a: KeptBoard[] | undefined, b: KeptBoard[] | undefined) =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((board, i) => board.id === b[i]!.id && board.name === b[i]!.name);

/**
 * The boards this device keeps in step, live; the subscription ends with the
 * owner. Every save on any board re-reads the rows: an equal list is not a
 * change, so the rows (and the focus on their buttons) stay as they are.
 */
export function createKeptInStep(library: Library): KeptInStep {
  const [boards, setBoards] = createSignal<KeptBoard[] | undefined>(undefined, { equals: sameBoards });
  const [failed, setFailed] = createSignal(false);
  onCleanup(
    library.watchKeptInStep(
      (next) => {
        setFailed(false);
        setBoards(next);
      },
      (cause) => {
        console.error('Common Ground: could not read which boards are kept in step', cause);
        setFailed(true);
      },
    ),
  );
  return { boards, failed };
}
