import * as Y from 'yjs';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { checkTrust } from '@/lib/board/agreement/trust';
import { readPeople } from '@/lib/board/read';
import { changesBetween } from '@/lib/board/review/changes';
import { encodeBoardState } from '@/lib/store/encodeState';

/**
 * "New from Alex" (issue 19): on a board held open in the background to
 * keep it in step, whose changes arrived while no panel showed it. Whose is
 * found the way "What changed since last session" finds it
 * (lib/solid/createChanges.ts): the board before the changes against the
 * board after (`changesBetween`), each change's author named from the
 * board's people. That way, and not by which connection an update came over:
 * a change this person made in their own panel reaches the background over
 * the same BroadcastChannel as a peer's, so only its author tells them apart.
 */
export interface NewFromOthersDeps {
  /** Whether a panel of this browser shows the board now (shownBoards.ts): the person sees the changes there. */
  isShown(boardId: string): Promise<boolean>;
  /** Keeps on the board's row whose changes arrived (and has the badge counted again). */
  record(boardId: string, names: string[]): Promise<void>;
  onError(error: unknown): void;
  /** How long after the first change of a batch to compare (tests shorten it). */
  settleMs?: number;
}

/**
 * A moment after a peer's change, once the rest of its batch is in: each
 * comparison reads the whole board twice and checks its signatures, and a
 * person typing sends a change every few keystrokes. The badge can wait a second.
 */
export const SETTLE_MS = 1000;

type Watched = Pick<BoardHandle, 'boardId' | 'doc' | 'personId' | 'known' | 'trust' | 'closed'>;

/** The board's integrated state in a doc of its own: what it was before a batch of changes. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, encodeBoardState(doc));
  return copy;
}

/**
 * Watches a board held in the background until its doc is destroyed (the
 * handle's close), or until the returned stop. The board as it was is
 * copied only when a change from elsewhere begins (`transaction.local` is
 * false for every update applied from a connection, and for nothing this
 * device does itself), and dropped when it changed nothing.
 */
export function watchNewFromOthers(handle: Watched, deps: NewFromOthersDeps): () => void {
  const { doc, boardId } = handle;
  const settleMs = deps.settleMs ?? SETTLE_MS;
  /** The board before the current batch of changes from elsewhere. */
  let batch: { before: Y.Doc } | null = null;
  let startedBy: Y.Transaction | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const shownNow = () =>
    deps.isShown(boardId).catch((error: unknown) => {
      deps.onError(error);
      // Unknown: news said once too often is better than news lost.
      return false;
    });

  const onBefore = (transaction: Y.Transaction) => {
    if (transaction.local || batch) return;
    batch = { before: copyOf(doc) };
    startedBy = transaction;
  };
  const onAfter = (transaction: Y.Transaction) => {
    if (transaction.local || !batch) return;
    const began = transaction === startedBy;
    if (began) startedBy = null;
    if (transaction.changed.size > 0) {
      timer ??= setTimeout(() => void compare().catch(deps.onError), settleMs);
    } else if (began) {
      // A sync that brought nothing new (every reconnection makes one).
      batch.before.destroy();
      batch = null;
    }
  };

  const compare = async () => {
    timer = undefined;
    const taken = batch;
    batch = null;
    if (!taken) return;
    const { before } = taken;
    try {
      if (stopped || handle.closed()) return;
      // Signatures checked as createChanges checks them: the board now as the panel would, before with the pinned keys.
      const pins = new Map(handle.known().map((person) => [person.id, person.key]));
      const trust = { before: await checkTrust(before, pins), after: await handle.trust() };
      if (stopped || handle.closed()) return;
      const authors = new Set<string>();
      for (const change of changesBetween(before, doc, trust)) {
        if ('by' in change && change.by && change.by !== handle.personId) authors.add(change.by);
      }
      if (authors.size === 0) return;
      const names = readPeople(doc, trust.after, handle.known())
        .filter((person) => authors.has(person.id))
        .map((person) => person.name);
      // Asked last, just before writing, so a panel that opened the board meanwhile (and cleared its news) is seen.
      // Whether one showed it when the batch began is not asked: a change from someone else in the same
      // second, after that panel closed, would be lost with it; noting once what the person saw is the lesser harm.
      if (names.length > 0 && !(await shownNow())) await deps.record(boardId, names);
    } finally {
      before.destroy();
    }
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    doc.off('beforeTransaction', onBefore);
    doc.off('afterTransaction', onAfter);
    doc.off('destroy', stop);
    batch?.before.destroy();
    batch = null;
  };
  doc.on('beforeTransaction', onBefore);
  doc.on('afterTransaction', onAfter);
  // The doc's end is the board's (BoardHandle.close destroys it last): what watches it goes with it.
  doc.on('destroy', stop);
  return stop;
}
