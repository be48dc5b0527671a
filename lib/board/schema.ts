import * as Y from 'yjs';
import { FORMAT_VERSION, type RelationshipKind } from '@/lib/board/format';
import { origins } from '@/lib/board/origins';

/**
 * The top-level shared types of a board's Y.Doc (docs/board-format.md).
 * Getting them by name is idempotent, so this is safe on any doc.
 */
export interface BoardMaps {
  meta: Y.Map<unknown>;
  people: Y.Map<Y.Map<unknown>>;
  items: Y.Map<Y.Map<unknown>>;
}

export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    meta: doc.getMap('meta'),
    people: doc.getMap('people'),
    items: doc.getMap('items'),
  };
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
