import { isCounter } from '@/lib/board/agreement/signedValues';
import { splitCounterKey } from '@/lib/board/docKeys';
import type { CommonGroundDB } from '@/lib/store/db';

/**
 * The newest statement counters this device saw verified on one board (by
 * `counterKey`, lib/board/docKeys.ts), kept on the board's row beside the
 * pinned keys. They only ever rise: a statement below one never counts here
 * again, whatever the shared document later holds.
 */
export async function loadCounters(db: CommonGroundDB, boardId: string): Promise<Map<string, number>> {
  const record = await db.boards.get(boardId);
  // Entries of a damaged row that are no counter, or at no key of a signed map, are left out: nothing asks for them.
  return new Map(Object.entries(record?.counters ?? {}).filter(([key, n]) => splitCounterKey(key) !== null && isCounter(n)));
}

/** Raises the stored counters to those seen (never lowers one), in one transaction, so two windows never undo each other. */
export async function rememberCounters(db: CommonGroundDB, boardId: string, seen: ReadonlyMap<string, number>): Promise<void> {
  await db.transaction('rw', db.boards, async () => {
    const record = await db.boards.get(boardId);
    if (!record) return;
    const counters = { ...record.counters };
    let rose = false;
    for (const [key, n] of seen) {
      if (n > (counters[key] ?? 0)) {
        counters[key] = n;
        rose = true;
      }
    }
    if (rose) await db.boards.update(boardId, { counters });
  });
}
