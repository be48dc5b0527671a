import * as Y from 'yjs';
import { origins } from '@/lib/board/origins';
import { boardMaps } from '@/lib/board/schema';

/**
 * An undo manager that only ever sees this person's own edits: other
 * people's changes (and what storage replays) are never undone from here.
 * Typing within `captureTimeout` ms is one step, as in any editor.
 */
export function makeUndoManager(doc: Y.Doc, captureTimeout = 600): Y.UndoManager {
  const { items, meta } = boardMaps(doc);
  return new Y.UndoManager([items, meta], {
    trackedOrigins: new Set([origins.localEdit]),
    captureTimeout,
  });
}
