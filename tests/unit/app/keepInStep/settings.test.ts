import { describe, expect, it, vi } from 'vitest';
import { makeLibrary } from '@/lib/app/library';
import type { KeptBoard } from '@/lib/app/library/keepInStep';
import { NO_PLATFORM } from '@/lib/app/library/deps';
import type { CommonGroundDB } from '@/lib/store/db';
import { anyKeptInStep } from '@/lib/store/keepInStep';
import { freshDb } from '@/tests/support/db';

async function addRow(db: CommonGroundDB, id: string, { shared = true, keep = false, at = 1 } = {}) {
  await db.boards.add({
    id,
    name: `Board ${id}`,
    kind: 'partners',
    createdAt: 1,
    lastActivityAt: at,
    ...(shared ? { share: { room: `r-${id}`, secret: 's' } } : {}),
    ...(keep ? { keepInStep: true } : {}),
  });
}

/** The lists the library hands to Settings, in order, and a way to wait for the next one. */
function watching(library: ReturnType<typeof makeLibrary>) {
  const seen: KeptBoard[][] = [];
  const stop = library.watchKeptInStep(
    (boards) => seen.push(boards),
    (error) => expect.fail(String(error)),
  );
  return { seen, stop, latest: () => seen.at(-1) };
}

describe('Settings: the boards this device keeps in step', () => {
  it('lists, by title, the shared boards kept in step (newest activity first), and follows the rows', async () => {
    const db = freshDb();
    await addRow(db, 'a', { keep: true, at: 1 });
    await addRow(db, 'b', { keep: true, at: 3 });
    await addRow(db, 'not-kept', { at: 2 });
    // A row with the flag but no share has no room to keep (the background ignores it too).
    await addRow(db, 'never-shared', { shared: false, keep: true });
    const library = makeLibrary(db, { ...NO_PLATFORM, keepInStepChanged: () => {} });
    const list = watching(library);
    await vi.waitFor(() =>
      expect(list.latest()).toEqual([
        { id: 'b', name: 'Board b' },
        { id: 'a', name: 'Board a' },
      ]),
    );
    await library.setKeepInStep('b', false);
    await vi.waitFor(() => expect(list.latest()).toEqual([{ id: 'a', name: 'Board a' }]));
    list.stop();
  });

  it('none kept: an empty list', async () => {
    const db = freshDb();
    await addRow(db, 'a');
    const list = watching(makeLibrary(db));
    await vi.waitFor(() => expect(list.latest()).toEqual([]));
    list.stop();
  });

  it('Stop keeping all in step turns every board off, leaves the rest of each row alone, and tells the background once', async () => {
    const db = freshDb();
    await addRow(db, 'a', { keep: true });
    await addRow(db, 'b', { keep: true });
    await addRow(db, 'c');
    const keepInStepChanged = vi.fn();
    const library = makeLibrary(db, { ...NO_PLATFORM, keepInStepChanged });
    await library.stopKeepingAllInStep();
    expect(keepInStepChanged).toHaveBeenCalledOnce();
    const rows = await db.boards.orderBy('id').toArray();
    expect(rows.map((row) => row.keepInStep)).toEqual([false, false, undefined]);
    expect(rows.map((row) => row.share?.room)).toEqual(['r-a', 'r-b', 'r-c']);
    // What the background reads with plain IndexedDB: nothing kept, so it closes its document.
    expect(await anyKeptInStep(indexedDB, db.name)).toBe(false);
  });

  it('with nothing kept, it still tells the background (a document left behind then closes)', async () => {
    const db = freshDb();
    const keepInStepChanged = vi.fn();
    await makeLibrary(db, { ...NO_PLATFORM, keepInStepChanged }).stopKeepingAllInStep();
    expect(keepInStepChanged).toHaveBeenCalledOnce();
  });
});
