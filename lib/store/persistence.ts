import * as Y from 'yjs';
import { origins } from '@/lib/board/origins';
import { makeEmitter } from '@/lib/util/emitter';
import type { CommonGroundDB } from '@/lib/store/db';
import { describeSaveError } from '@/lib/store/saveErrors';
import { BoardGoneError, appendUpdate, compactUpdates } from '@/lib/store/updateLog';

export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string; unsavedChanges: number };

export interface PersistenceOptions {
  /** Compact the board's rows after this many appended rows. */
  compactEvery?: number;
  /**
   * Compact once the bytes appended since the last compaction exceed this or
   * the board's size after that compaction, whichever is larger.
   */
  compactBytesFloor?: number;
  /** Waits between automatic retries after a failed write, in ms; the last repeats. */
  retryDelays?: readonly number[];
  now?: () => number;
  /** Compaction is best-effort; where its failures go (defaults to console.warn). */
  onCompactionError?: (error: unknown) => void;
}

export interface Persistence {
  status(): SaveStatus;
  /** Calls `listener` on every status change; returns the unsubscribe. */
  onStatus(listener: (status: SaveStatus) => void): () => void;
  /** Resolves once everything edited so far is written (or the write failed). */
  flush(): Promise<void>;
  /** Tries a failed write again now instead of waiting for the next retry. */
  retryNow(): Promise<void>;
  /** Stops listening to the doc after a last attempt to write what is pending. */
  destroy(): Promise<void>;
}

/** 256 KiB: a log smaller than this is compacted by the row rule only, so small boards never compact for size. */
export const COMPACT_BYTES_FLOOR = 256 * 1024;

/**
 * Writes every update of `doc` that did not come from storage into the
 * board's update log. Writes are serial; updates made while one is in flight
 * are merged into the next row, so typing costs one transaction per write,
 * not per keystroke. A failed write keeps its updates in memory, reports
 * `failed` and retries with backoff until storage works again.
 *
 * The log is compacted (compactUpdates: rebuilt from the stored rows into
 * one) when any of these holds, so churn cannot grow storage without bound
 * (issue 13, case 3: a peer inserting and deleting 4 MiB twenty times left
 * 80 MiB for an empty board):
 * - `compactEvery` rows were appended since the last compaction;
 * - the bytes appended since then exceed max(`compactBytesFloor`, the size
 *   of the board right after it): the log stays within ~2x the board's own
 *   encoding while it grows, and each compaction's cost is paid for by as
 *   many bytes written;
 * - past the floor, more than half of what is stored has been deleted since
 *   then: deleted content is dropped by compaction (Yjs keeps only its
 *   length), so the log shrinks back to ~the board's encoding. Deletions are
 *   counted in Yjs units (characters of text, entries of maps and lists),
 *   which is roughly their bytes for text; a large map value overwritten
 *   counts as one, and is then caught by the rule above at the next large
 *   write.
 * Until the first compaction of this session the board's size is not known
 * and counts as zero: the floor decides.
 */
export function makePersistence(doc: Y.Doc, db: CommonGroundDB, boardId: string, options: PersistenceOptions = {}): Persistence {
  const {
    compactEvery = 500,
    compactBytesFloor = COMPACT_BYTES_FLOOR,
    retryDelays = [500, 1000, 2000, 5000, 10000],
    now = Date.now,
    onCompactionError = (error) => console.warn('Common Ground: compaction skipped', error),
  } = options;

  let pending: Uint8Array[] = [];
  let writing: Promise<void> | null = null;
  let status: SaveStatus = { kind: 'saved' };
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let rowsSinceCompaction = 0;
  let bytesSinceCompaction = 0;
  let deletedSinceCompaction = 0;
  let bytesAfterCompaction = 0;
  let stopped = false;
  const statusChanged = makeEmitter<SaveStatus>();

  const setStatus = (next: SaveStatus) => {
    status = next;
    statusChanged.emit(next);
  };

  const onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (origin === origins.storage) return;
    pending.push(update);
    deletedSinceCompaction += deletedLength(transaction.deleteSet);
    // While failing, new edits wait for the retry timer rather than hammering a broken store.
    if (status.kind !== 'failed') void write();
  };
  doc.on('update', onUpdate);

  function write(): Promise<void> {
    writing ??= drain().finally(() => {
      writing = null;
    });
    return writing;
  }

  async function drain(): Promise<void> {
    do {
      while (pending.length > 0) {
        const batch = pending;
        pending = [];
        // A retry after a failure stays `failed` until it succeeds: flipping to
        // `saving` and back on every retry would re-announce the failure.
        if (status.kind === 'saved') setStatus({ kind: 'saving' });
        const row = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
        try {
          await appendUpdate(db, boardId, row, now());
        } catch (error) {
          pending = batch.concat(pending);
          failures++;
          setStatus({ kind: 'failed', message: describeSaveError(error), unsavedChanges: pending.length });
          if (!(error instanceof BoardGoneError)) scheduleRetry();
          return;
        }
        failures = 0;
        rowsSinceCompaction++;
        bytesSinceCompaction += row.byteLength;
      }
      setStatus({ kind: 'saved' });
      if (!compactionDue()) return;
      await compact();
      // Edits made during the compaction are written now, not at the next edit.
    } while (pending.length > 0);
  }

  function compactionDue(): boolean {
    const stored = bytesAfterCompaction + bytesSinceCompaction;
    return (
      rowsSinceCompaction >= compactEvery ||
      bytesSinceCompaction > Math.max(compactBytesFloor, bytesAfterCompaction) ||
      (stored > compactBytesFloor && deletedSinceCompaction * 2 > stored)
    );
  }

  async function compact(): Promise<void> {
    // Counted afresh before the await: edits made meanwhile count toward the next one.
    rowsSinceCompaction = 0;
    bytesSinceCompaction = 0;
    deletedSinceCompaction = 0;
    try {
      bytesAfterCompaction = (await compactUpdates(db, boardId)).bytesAfter;
    } catch (error) {
      onCompactionError(error);
    }
  }

  function scheduleRetry() {
    if (stopped) return;
    clearTimeout(retryTimer);
    const delay = retryDelays[Math.min(failures - 1, retryDelays.length - 1)] ?? 1000;
    retryTimer = setTimeout(() => void write(), delay);
  }

  return {
    status: () => status,
    onStatus: statusChanged.on,
    flush: () => writing ?? (pending.length > 0 ? write() : Promise.resolve()),
    retryNow() {
      clearTimeout(retryTimer);
      return write();
    },
    async destroy() {
      stopped = true;
      clearTimeout(retryTimer);
      doc.off('update', onUpdate);
      await writing;
      if (pending.length > 0) await write();
      statusChanged.clear();
    },
  };
}

/** Characters and entries a transaction deleted (its delete set's ranges). */
function deletedLength(deleteSet: Y.Transaction['deleteSet']): number {
  let length = 0;
  deleteSet.clients.forEach((ranges) => ranges.forEach((range) => (length += range.len)));
  return length;
}
