import * as Y from 'yjs';
import { origins } from '../board/origins';
import type { CommonGroundDB } from './db';
import { describeSaveError } from './saveErrors';
import { BoardGoneError, appendUpdate, compactUpdates } from './updateLog';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; unsavedChanges: number };

export interface PersistenceOptions {
  /** Compact the board's rows after this many appended rows. */
  compactEvery?: number;
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

/**
 * Writes every update of `doc` that did not come from storage into the
 * board's update log. Writes are serial; updates made while one is in flight
 * are merged into the next row, so typing costs one transaction per write,
 * not per keystroke. A failed write keeps its updates in memory, reports
 * `failed` and retries with backoff until storage works again.
 */
export function makePersistence(
  doc: Y.Doc,
  db: CommonGroundDB,
  boardId: string,
  options: PersistenceOptions = {},
): Persistence {
  const {
    compactEvery = 500,
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
  let stopped = false;
  const listeners = new Set<(status: SaveStatus) => void>();

  const setStatus = (next: SaveStatus) => {
    status = next;
    listeners.forEach((listener) => listener(next));
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === origins.storage) return;
    pending.push(update);
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
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      // A retry after a failure stays `failed` until it succeeds: flipping to
      // `saving` and back on every retry would re-announce the failure.
      if (status.kind === 'saved') setStatus({ kind: 'saving' });
      try {
        await appendUpdate(db, boardId, batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch), now());
      } catch (error) {
        pending = batch.concat(pending);
        failures++;
        setStatus({ kind: 'failed', message: describeSaveError(error), unsavedChanges: pending.length });
        if (!(error instanceof BoardGoneError)) scheduleRetry();
        return;
      }
      failures = 0;
      rowsSinceCompaction++;
    }
    setStatus({ kind: 'saved' });
    if (rowsSinceCompaction >= compactEvery) {
      rowsSinceCompaction = 0;
      await compactUpdates(db, boardId).catch(onCompactionError);
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
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: () => (writing ?? (pending.length > 0 ? write() : Promise.resolve())),
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
      listeners.clear();
    },
  };
}
