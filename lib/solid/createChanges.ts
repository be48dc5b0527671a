import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { changesBetween, type BoardChange } from '@/lib/board/review/changes';
import { checkTrust } from '@/lib/board/agreement/trust';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { Library } from '@/lib/app/library';
import type { SessionSummary } from '@/lib/store/sessions';

export interface ChangesSince {
  /** The last session before this opening of the board. */
  session: SessionSummary;
  changes: BoardChange[];
}

/** How long to wait after a change before comparing again: a comparison reads the whole board twice. */
const SETTLE_MS = 250;

/**
 * "What changed since last session": the board now against the board as
 * it was at the end of this device's last session before it was opened.
 * Kept up to date as edits arrive (from peers too), a moment after they settle.
 * Null while loading or when there was no earlier session. While `wanted`
 * is false (the person hid the list) nothing is compared: each comparison
 * reads the whole board twice, and edits would otherwise pay for it.
 */
export function createChanges(library: Library, board: BoardHandle, wanted: Accessor<boolean>): Accessor<ChangesSince | null> {
  const [changes, setChanges] = createSignal<ChangesSince | null>(null);
  let last: { session: SessionSummary; doc: Y.Doc } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  // Signatures are checked asynchronously; a comparison that finishes after
  // a newer one started is dropped.
  let comparisons = 0;
  const compare = async () => {
    timer = undefined;
    if (!last) return;
    const { session: since, doc: before } = last;
    const mine = ++comparisons;
    // The board now is checked as the panel checks it (pinned keys, no statement older than one seen); the
    // last session's copy with the pinned keys only, as its agreements stood then.
    const pins = new Map(board.known().map((person) => [person.id, person.key]));
    const trust = { before: await checkTrust(before, pins), after: await board.trust() };
    if (!disposed && mine === comparisons) setChanges({ session: since, changes: changesBetween(before, board.doc, trust) });
  };
  const onUpdate = () => {
    if (last && timer === undefined && wanted()) timer = setTimeout(() => void compare(), SETTLE_MS);
  };
  void library.lastSessionBefore(board.boardId, board.openedAt).then((found) => {
    if (disposed) return found?.doc.destroy();
    last = found;
    void compare();
  });
  board.doc.on('update', onUpdate);
  onCleanup(() => {
    disposed = true;
    clearTimeout(timer);
    board.doc.off('update', onUpdate);
    last?.doc.destroy();
  });
  return changes;
}
