import type { BoardHandle } from '@/lib/app/boardHandle';
import { checkAndPin } from '@/lib/app/trustPins';

/** How long changes settle before the board is checked again (a joiner's first sync is many messages). */
const SETTLE_MS = 300;

/**
 * For a board held in the background: checks its signatures after each burst
 * of changes and pins what verified (lib/app/trustPins.ts), as the panel's
 * view does. Without it, someone who joined while no panel was open had no
 * key known here, so a panel using this connection (panelLink.ts) showed
 * them as an unconfirmed visitor. Stops when the board's doc goes (its
 * close), or with the returned function.
 */
export function pinWhatVerifies(board: BoardHandle, onError: (error: unknown) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => void checkAndPin(board).catch(onError);
  const onUpdate = () => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };
  const stop = () => {
    clearTimeout(timer);
    board.doc.off('update', onUpdate);
    board.doc.off('destroy', stop);
  };
  board.doc.on('update', onUpdate);
  board.doc.on('destroy', stop);
  check();
  return stop;
}
