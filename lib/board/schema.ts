import type * as Y from 'yjs';
import { BOARD_ROOTS, type BoardRoot } from '@/lib/board/docKeys';
import { FORMAT_VERSION, type RelationshipKind } from '@/lib/board/format';
import { origins } from '@/lib/board/origins';

/**
 * The top-level shared types of a board's Y.Doc (docs/board-format.md), by
 * the names docKeys.ts gives them: every one a Y.Map, those of people and
 * items holding a Y.Map each (as written; reads still check). Getting them
 * by name is idempotent, so this is safe on any doc.
 */
export type BoardMaps = { [Root in BoardRoot]: Root extends 'people' | 'items' ? Y.Map<Y.Map<unknown>> : Y.Map<unknown> };

/** One top-level map; for code that has the name in hand (the signed maps, the receive gate). */
export const boardMap = <Root extends BoardRoot>(doc: Y.Doc, root: Root): BoardMaps[Root] => doc.getMap(root) as BoardMaps[Root];

// A doc's top-level types never change once made, and this is asked on every
// keystroke and every received update: made once per doc, not per call.
const made = new WeakMap<Y.Doc, BoardMaps>();

export function boardMaps(doc: Y.Doc): BoardMaps {
  let maps = made.get(doc);
  if (!maps) made.set(doc, (maps = Object.fromEntries(BOARD_ROOTS.map((root) => [root, boardMap(doc, root)])) as BoardMaps));
  return maps;
}

export interface NewBoard {
  title: string;
  kind: RelationshipKind;
  createdAt: number;
  createdBy: string;
}

/** Writes the meta of a brand-new board. Not undoable: it is the board's birth. */
export function initBoard(doc: Y.Doc, board: NewBoard): void {
  const { meta } = boardMaps(doc);
  doc.transact(() => {
    meta.set('formatVersion', FORMAT_VERSION);
    meta.set('title', board.title);
    meta.set('kind', board.kind);
    meta.set('createdAt', board.createdAt);
    meta.set('createdBy', board.createdBy);
  }, origins.init);
}
