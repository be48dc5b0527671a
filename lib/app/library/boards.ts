import { t } from '@/lib/i18n/messages';
import * as Y from 'yjs';
import { renameBoard } from '@/lib/board/actions';
import { isRelationshipKind, type RelationshipKind, type Role } from '@/lib/board/format';
import { err, ok, type Result } from '@/lib/util/result';
import { createBoard, deleteBoard, getBoard, setBoardListing, setBoardName, watchBoards } from '@/lib/store/boards';
import { awaitsSync, type BoardRecord } from '@/lib/store/db';
import type { Device } from '@/lib/store/device';
import { loadBoardDoc, type LoadProblem } from '@/lib/store/loadBoard';
import { appendUpdate, loadUpdates } from '@/lib/store/updateLog';
import { openBoardHandle, type BoardHandle } from '@/lib/app/boardHandle';
import type { LibraryDeps } from '@/lib/app/library/deps';
import type { SessionTracker } from '@/lib/app/sessionTracker';
import { isKeptInStep } from '@/lib/store/keepInStep';

/** The board list, and opening a board. */
export interface LibraryBoards {
  watchBoards(onChange: (boards: BoardRecord[]) => void, onError: (error: unknown) => void): () => void;
  getBoard(boardId: string): Promise<BoardRecord | undefined>;
  createBoard(name: string, kind: RelationshipKind, device: Device, role?: Role): Promise<Result<BoardRecord>>;
  renameBoard(boardId: string, name: string): Promise<Result<string>>;
  deleteBoard(boardId: string): Promise<void>;
  /** Opens a board for the panel, or (`inBackground`) for keeping it in step with no panel open (lib/app/keepInStep). */
  openBoard(boardId: string, device: Device, options?: { inBackground?: boolean }): Promise<Result<BoardHandle, LoadProblem>>;
  /**
   * Starts reading a board before the device is loaded (the panel opened
   * straight into a board, as on a reload); the next `openBoard` of it, if
   * it comes within moments, starts from what was read.
   */
  readBoardEarly(boardId: string): void;
}

/** An early read older than this is not used: another window may have written since. */
const EARLY_READ_MS = 2000;

export function makeBoards({ db, loadNetSettings, pairings, openHandles, platform }: LibraryDeps): LibraryBoards {
  const readBoard = (boardId: string) => Promise.all([getBoard(db, boardId), loadNetSettings(), loadUpdates(db, boardId)] as const);
  let early: { boardId: string; at: number; read: ReturnType<typeof readBoard> } | null = null;

  return {
    watchBoards: (onChange, onError) => watchBoards(db, onChange, onError),
    getBoard: (boardId) => getBoard(db, boardId),
    createBoard: (name, kind, device, role) =>
      createBoard(db, {
        name,
        kind,
        role,
        personId: device.personId,
        personName: device.displayName ?? '',
        personColour: device.colour,
        now: Date.now(),
      }),
    async renameBoard(boardId, name) {
      // The title lives in the shared doc; the list row follows it.
      const record = await getBoard(db, boardId);
      const loaded = await loadBoardDoc(db, boardId, { awaitingSync: awaitsSync(record) });
      if (!loaded.ok) return err(t.app.cannotRename);
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
    async deleteBoard(boardId) {
      await deleteBoard(db, boardId);
      // What was due on it no longer is.
      platform.remindersChanged();
    },
    readBoardEarly(boardId) {
      const read = readBoard(boardId);
      // Whoever opens the board sees a failure; one never opened is not an unhandled rejection.
      read.catch(() => {});
      early = { boardId, at: Date.now(), read };
    },
    async openBoard(boardId, device, { inBackground = false } = {}) {
      const fresh = early?.boardId === boardId && Date.now() - early.at < EARLY_READ_MS;
      const read = fresh && early ? early.read : readBoard(boardId);
      early = null;
      const [record, net, stored] = await read;
      if (!record) return err({ kind: 'missing' });
      const listing = {
        name: record.name,
        share: record.share,
        role: record.role,
        invitedBy: record.invitedBy,
        joined: record.joined,
        known: record.known,
      };
      // A panel opening a board kept in step uses the offscreen document's connection, if it holds it.
      const openKeeperPort = inBackground ? undefined : platform.openKeeperPort;
      const opened = await openBoardHandle(db, boardId, listing, device, {
        net,
        stored,
        inBackground,
        keptInStep: isKeptInStep(record),
        keeperInPage: platform.keepInStepWhileOpen === true,
        // Loaded only for a board kept in step: most panels never need it.
        ...(openKeeperPort
          ? {
              linkToKeeper: (doc: Y.Doc, onLost: () => void, sessions: SessionTracker) =>
                import('@/lib/app/keepInStep/panelLink').then(({ linkToKeeper }) =>
                  linkToKeeper(doc, boardId, openKeeperPort(), onLost, sessions),
                ),
            }
          : {}),
        onMetaChange: (title, kind) =>
          void setBoardListing(db, boardId, { name: title, ...(isRelationshipKind(kind) ? { kind } : {}) }).catch((error: unknown) =>
            console.warn('Common Ground: could not update the board list', error),
          ),
        onClose: (handle) => openHandles.delete(handle),
        onRemindersChanged: platform.remindersChanged,
      });
      if (opened.ok) {
        openHandles.add(opened.value);
        pairings.attach(opened.value);
      }
      return opened;
    },
  };
}
