import { createSignal, onCleanup } from 'solid-js';
import { readAllReactions, type Reaction } from '@/lib/board/reactions';
import { boardMap } from '@/lib/board/schema';
import type { BoardHandle } from '@/lib/app/boardHandle';

export interface ReactionsView {
  of(itemId: string): Reaction[];
}

/** Reactions to celebrations as Solid state: one index, rebuilt per reaction (a click, not a keystroke). */
export function createReactions(board: BoardHandle): ReactionsView {
  const map = boardMap(board.doc, 'reactions');
  const [index, setIndex] = createSignal(readAllReactions(board.doc));
  const onChange = () => setIndex(readAllReactions(board.doc));
  map.observe(onChange);
  onCleanup(() => map.unobserve(onChange));
  return { of: (itemId) => index().get(itemId) ?? [] };
}
