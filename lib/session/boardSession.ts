import type * as Y from 'yjs';
import {
  addItem,
  deleteItem,
  moveItem,
  renameBoard,
  setItemText,
  setPersonName,
} from '../board/actions';
import type { Section } from '../board/format';
import { makeUndoManager } from '../board/undo';
import { readMeta } from '../board/read';
import type { Result } from '../board/result';
import { makeBoardObserver } from '../board/observe';
import { setBoardName } from '../store/boards';
import type { CommonGroundDB } from '../store/db';
import type { Device } from '../store/device';
import { loadBoardDoc, type LoadProblem } from '../store/loadBoard';
import { makePersistence, type Persistence, type PersistenceOptions } from '../store/persistence';

/**
 * One open board: owns its Y.Doc, its persistence and its undo manager, and
 * tears them down together in `close()`. The UI talks to a board only through
 * this object (and lib/solid, which reads `doc` and `undoManager`).
 */
export interface BoardSession {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly undoManager: Y.UndoManager;
  readonly persistence: Persistence;
  addItem(section: Section): string;
  setText(itemId: string, value: string): void;
  deleteItem(itemId: string): void;
  moveItem(itemId: string, toIndex: number): void;
  rename(title: string): Result<string>;
  undo(): void;
  redo(): void;
  close(): Promise<void>;
}

export async function openBoardSession(
  db: CommonGroundDB,
  boardId: string,
  device: Device,
  options: PersistenceOptions = {},
): Promise<Result<BoardSession, LoadProblem>> {
  const loaded = await loadBoardDoc(db, boardId);
  if (!loaded.ok) return loaded;
  const doc = loaded.value;
  const persistence = makePersistence(doc, db, boardId, options);
  const undoManager = makeUndoManager(doc);
  const now = options.now ?? Date.now;
  if (device.displayName) setPersonName(doc, device.personId, device.displayName, now());

  // Keep the board list's name in step with the shared title, whoever changed it.
  let listedTitle: string | null = null;
  const stopObserving = makeBoardObserver(doc, (change) => {
    if (!change.meta) return;
    const meta = readMeta(doc);
    if (meta.ok && meta.value.title !== listedTitle) {
      listedTitle = meta.value.title;
      setBoardName(db, boardId, meta.value.title).catch((error: unknown) =>
        console.warn('Common Ground: could not update the board list name', error),
      );
    }
  });

  // Typing merges into one undo step; adding, deleting, moving and renaming
  // are always steps of their own, so undo after a delete brings back just the item.
  const ownStep = <T>(edit: () => T): T => {
    undoManager.stopCapturing();
    const result = edit();
    undoManager.stopCapturing();
    return result;
  };

  let closed: Promise<void> | null = null;
  return {
    ok: true,
    value: {
      boardId,
      doc,
      undoManager,
      persistence,
      addItem: (section) => ownStep(() => addItem(doc, { section, author: device.personId, now: now() })),
      setText: (itemId, value) => void setItemText(doc, itemId, value, now()),
      deleteItem: (itemId) => void ownStep(() => deleteItem(doc, itemId)),
      moveItem: (itemId, toIndex) => void ownStep(() => moveItem(doc, itemId, toIndex)),
      rename: (title) => ownStep(() => renameBoard(doc, title)),
      undo: () => void undoManager.undo(),
      redo: () => void undoManager.redo(),
      close() {
        closed ??= (async () => {
          stopObserving();
          undoManager.destroy();
          await persistence.destroy();
          doc.destroy();
        })();
        return closed;
      },
    },
  };
}
