import * as Y from 'yjs';
import { renameBoard } from '../board/actions';
import type { RelationshipKind } from '../board/format';
import type { Result } from '../board/result';
import { err, ok } from '../board/result';
import {
  createBoard,
  deleteBoard,
  exportRawBoard,
  getBoard,
  setBoardName,
  watchBoards,
} from '../store/boards';
import type { BoardRecord, CommonGroundDB } from '../store/db';
import { loadDevice, saveDisplayName, type Device } from '../store/device';
import { loadBoardDoc } from '../store/loadBoard';
import { appendUpdate } from '../store/updateLog';
import { openBoardSession, type BoardSession } from './boardSession';
import type { LoadProblem } from '../store/loadBoard';

/**
 * Everything the panel does with the boards on this device, as one narrow
 * API. Components receive it through context and never touch Dexie or Yjs.
 */
export interface Library {
  loadDevice(): Promise<Device>;
  saveDisplayName(name: string): Promise<Result<string>>;
  watchBoards(onChange: (boards: BoardRecord[]) => void, onError: (error: unknown) => void): () => void;
  getBoard(boardId: string): Promise<BoardRecord | undefined>;
  createBoard(name: string, kind: RelationshipKind, device: Device): Promise<Result<BoardRecord>>;
  renameBoard(boardId: string, name: string): Promise<Result<string>>;
  deleteBoard(boardId: string): Promise<void>;
  exportRawBoard(boardId: string): Promise<Result<string>>;
  openBoard(boardId: string, device: Device): Promise<Result<BoardSession, LoadProblem>>;
}

export function makeLibrary(db: CommonGroundDB): Library {
  return {
    loadDevice: () => loadDevice(db),
    saveDisplayName: (name) => saveDisplayName(db, name),
    watchBoards: (onChange, onError) => watchBoards(db, onChange, onError),
    getBoard: (boardId) => getBoard(db, boardId),
    createBoard: (name, kind, device) =>
      createBoard(db, {
        name,
        kind,
        personId: device.personId,
        personName: device.displayName ?? '',
        now: Date.now(),
      }),
    async renameBoard(boardId, name) {
      // The title lives in the shared doc; the list row follows it.
      const loaded = await loadBoardDoc(db, boardId);
      if (!loaded.ok) return err('This board could not be opened, so it cannot be renamed.');
      const doc = loaded.value;
      try {
        const before = Y.encodeStateVector(doc);
        const renamed = renameBoard(doc, name);
        if (!renamed.ok) return renamed;
        await appendUpdate(db, boardId, Y.encodeStateAsUpdate(doc, before), Date.now());
        await setBoardName(db, boardId, renamed.value);
        return ok(renamed.value);
      } finally {
        doc.destroy();
      }
    },
    deleteBoard: (boardId) => deleteBoard(db, boardId),
    exportRawBoard: (boardId) => exportRawBoard(db, boardId),
    openBoard: (boardId, device) => openBoardSession(db, boardId, device),
  };
}
