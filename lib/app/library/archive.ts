import { t } from '@/lib/i18n/messages';
import { err, ok, type Result } from '@/lib/util/result';
import { boardToMarkdown } from '@/lib/board/review/markdown';
import { exportRawBoard, getBoard, listBoards } from '@/lib/store/boards';
import { awaitsSync } from '@/lib/store/db';
import { loadPersonId } from '@/lib/store/device';
import { loadBoardDoc } from '@/lib/store/loadBoard';
import { loadNotes } from '@/lib/store/notes';
import { encodeBackup, parseBackup } from '@/lib/store/backup/backup';
import { importBackup, type Imported } from '@/lib/store/backup/importBackup';
import { storageUse } from '@/lib/store/usage';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { readPastBoard, type PastBoard } from '@/lib/app/pastBoard';
import type { LibraryDeps } from '@/lib/app/library/deps';
import { refreshStoredReminders } from '@/lib/app/reminders/refreshStored';

/** One file of `backupEveryBoard`: a board's JSON backup, or its raw rows when it cannot be opened. */
export interface BoardFile {
  boardName: string;
  kind: 'backup' | 'raw';
  text: string;
}

/** A board taken out of the panel (Markdown, backup, raw rows, print) or brought in (backup), and what boards take up here. */
export interface LibraryArchive {
  exportRawBoard(boardId: string): Promise<Result<string>>;
  exportMarkdown(board: BoardHandle, withNotes: boolean, formatDate: (time: number) => string): Promise<string>;
  exportBackup(board: BoardHandle, withNotes: boolean): Promise<string>;
  /**
   * A JSON backup of every board on this device, read from storage (private
   * notes left out, as in every export unless asked); a board that cannot be
   * opened gives its raw data instead, so nothing is left behind. A joined
   * board still waiting for its first sync holds nothing yet and gives no file.
   */
  backupEveryBoard(now?: Date): Promise<BoardFile[]>;
  /** Reads a backup file and brings it in (merged into the same board if it is here); nothing changes on error. */
  importBackup(text: string): Promise<Result<Imported>>;
  /** The board as it is now, read-only, for the print view (with this device's notes only if asked). */
  printable(boardId: string, withNotes: boolean): Promise<Result<PastBoard & { notes: string }>>;
  /** Bytes each board takes on this device (its data and its past sessions). */
  storageUse(): Promise<Map<string, number>>;
}

export function makeArchive({ db, platform }: LibraryDeps): LibraryArchive {
  return {
    exportRawBoard: (boardId) => exportRawBoard(db, boardId),
    async exportMarkdown(board, withNotes, formatDate) {
      const privateNotes = withNotes ? await loadNotes(db, board.boardId) : undefined;
      return boardToMarkdown(board.doc, { trust: await board.trust(), privateNotes, formatDate, now: Date.now() });
    },
    async exportBackup(board, withNotes) {
      const record = await getBoard(db, board.boardId);
      const notes = withNotes ? await loadNotes(db, board.boardId) : null;
      return encodeBackup(board.doc, { name: record?.name ?? board.listedName, kind: record?.kind ?? 'partners' }, notes, new Date());
    },
    async backupEveryBoard(now = new Date()) {
      const files: BoardFile[] = [];
      for (const record of await listBoards(db)) {
        const loaded = await loadBoardDoc(db, record.id, { awaitingSync: awaitsSync(record) });
        if (loaded.ok) {
          if (loaded.value.store.clients.size > 0) {
            files.push({ boardName: record.name, kind: 'backup', text: encodeBackup(loaded.value, record, null, now) });
          }
          loaded.value.destroy();
          continue;
        }
        const raw = await exportRawBoard(db, record.id);
        // Not there any more: deleted from another window while this ran.
        if (raw.ok) files.push({ boardName: record.name, kind: 'raw', text: raw.value });
      }
      return files;
    },
    async importBackup(text) {
      const backup = parseBackup(text);
      if (!backup.ok) return backup;
      const imported = await importBackup(db, backup.value, Date.now());
      // A board merged into one here may have new things due; a new one has none worked out yet.
      // Best effort: the board is in either way, and the background works out a row without reminders itself.
      const personId = await loadPersonId(db);
      if (personId) {
        await refreshStoredReminders(db, imported.boardId, personId).catch((error: unknown) =>
          console.warn('Common Ground: could not work out what is due on the imported board', error),
        );
      }
      platform.remindersChanged();
      return ok(imported);
    },
    async printable(boardId, withNotes) {
      const record = await getBoard(db, boardId);
      if (!record) return err(t.app.boardGone);
      const loaded = await loadBoardDoc(db, boardId, { awaitingSync: awaitsSync(record) });
      if (!loaded.ok) return err(t.app.cannotPrint);
      const board = await readPastBoard(loaded.value);
      loaded.value.destroy();
      return ok({ ...board, title: board.title || record.name, notes: withNotes ? await loadNotes(db, boardId) : '' });
    },
    storageUse: () => storageUse(db),
  };
}
